import { Plus, Search } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/Badge';
import { fieldClass } from '../../components/ui/Input';
import { Spinner } from '../../components/ui/Spinner';
import { cn } from '../../lib/cn';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useInstrumentSearch, type Instrument } from './api';
import { quoteSymbol } from './marketFormat';

/**
 * A search box that proposes instruments as you type (combobox with a listbox): arrow keys move, Enter picks,
 * Esc closes the list. `taken` symbols are shown but cannot be picked again.
 */
export function InstrumentPicker({ onPick, taken, label, className }: { onPick: (instrument: Instrument) => void; taken: ReadonlySet<string>; label: string; className?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 200);
  const search = useInstrumentSearch(q, undefined, q.length > 0);
  const items = q ? (search.data?.items ?? []).slice(0, 8) : [];
  const showList = open && q.length > 0;

  const pick = (instrument: Instrument | undefined) => {
    if (!instrument || taken.has(quoteSymbol(instrument.symbol))) return;
    onPick(instrument);
    setText('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (items.length ? (i + delta + items.length) % items.length : 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(items[Math.min(active, items.length - 1)]);
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className={cn('relative', className)}>
      <label htmlFor={`${id}-input`} className="sr-only">
        {label}
      </label>
      <Search className="pointer-events-none absolute start-3.5 top-1/2 size-4 -translate-y-1/2 text-subtle" aria-hidden="true" />
      <input
        id={`${id}-input`}
        data-search-shortcut
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && items[active] ? `${id}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={label}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={cn(fieldClass, 'h-10 ps-10 text-sm')}
      />
      {showList && (
        <ul id={`${id}-list`} role="listbox" aria-label={t('watchlist.results')} className="glass absolute inset-x-0 top-full z-20 mt-1.5 max-h-80 overflow-y-auto rounded-xl p-1 shadow-lift">
          {search.isFetching && items.length === 0 && (
            <li className="flex items-center justify-center gap-2 px-3 py-4 text-sm text-muted">
              <Spinner /> {t('common.loading')}
            </li>
          )}
          {!search.isFetching && items.length === 0 && <li className="px-3 py-4 text-center text-sm text-muted">{t('markets.emptyTitle')}</li>}
          {items.map((instrument, index) => {
            const already = taken.has(quoteSymbol(instrument.symbol));
            return (
              <li
                key={instrument.symbol}
                id={`${id}-${index}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={already || undefined}
                onMouseEnter={() => setActive(index)}
                // mousedown, not click: the input's blur would close the list first
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(instrument);
                }}
                className={cn('flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2 text-sm', index === active ? 'bg-white/[0.07] text-fg' : 'text-muted', already && 'cursor-default opacity-60')}
              >
                <span className="w-20 shrink-0 font-mono font-semibold text-fg" dir="ltr">
                  {instrument.symbol}
                </span>
                <span className="min-w-0 flex-1 truncate">{instrument.name}</span>
                {already ? <Badge tone="champagne">{t('watchlist.watching')}</Badge> : <Plus className="size-4 shrink-0 text-accent" aria-hidden="true" />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
