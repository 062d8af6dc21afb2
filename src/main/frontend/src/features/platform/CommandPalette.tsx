import { ChartCandlestick, CornerDownLeft, Search } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../components/ui/Dialog';
import { cn } from '../../lib/cn';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { isAdmin, useMe } from '../identity/api';
import { useInstrumentSearch, type Instrument } from '../markets/api';
import { quoteSymbol } from '../markets/marketFormat';
import { ACCOUNT_NAV, ADMIN_NAV, MEMBER_NAV, type NavItem } from './nav';

type Entry = { kind: 'page'; id: string; to: string; item: NavItem } | { kind: 'instrument'; id: string; to: string; instrument: Instrument };

const MAX_INSTRUMENTS = 6;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** A page's own search field, marked `data-search-shortcut`, that "/" focuses instead of opening the palette. */
function pageSearchField(): HTMLElement | null {
  const field = document.querySelector<HTMLElement>('[data-search-shortcut]');
  return field && field.offsetParent !== null ? field : null;
}

/** Opens on Ctrl/Cmd+K, and on "/" (outside text fields) unless the page has a search field of its own. */
export function useCommandPaletteShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const combo = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target);
      if (!combo && !slash) return;
      event.preventDefault();
      const field = slash ? pageSearchField() : null;
      if (field) field.focus();
      else open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}

export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('palette.title')} className="max-w-lg">
      <PaletteBody onClose={onClose} />
    </Dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const q = useDebouncedValue(query.trim(), 150);
  const instruments = useInstrumentSearch(q, undefined, q.length > 0);

  const items = useMemo<Entry[]>(() => {
    const all = [...MEMBER_NAV, ACCOUNT_NAV, ...(isAdmin(me.data) ? ADMIN_NAV : [])];
    const text = query.trim().toLocaleLowerCase();
    const pages = all
      .filter((item) => !text || t(`nav.${item.key}`).toLocaleLowerCase().includes(text) || item.to.includes(text))
      .map((item): Entry => ({ kind: 'page', id: `palette-${item.key}`, to: item.to, item }));
    const found = q && text ? (instruments.data?.items ?? []).slice(0, MAX_INSTRUMENTS) : [];
    return [
      ...pages,
      ...found.map((instrument): Entry => ({ kind: 'instrument', id: `palette-i-${quoteSymbol(instrument.symbol)}`, to: `/markets/${quoteSymbol(instrument.symbol)}`, instrument })),
    ];
  }, [me.data, query, q, instruments.data, t]);

  const go = (to: string) => {
    onClose();
    navigate(to);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const delta = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (items.length ? (i + delta + items.length) % items.length : 0));
    } else if (event.key === 'Enter') {
      const item = items[Math.min(active, items.length - 1)];
      if (item) go(item.to);
    }
  };

  const firstInstrument = items.findIndex((e) => e.kind === 'instrument');
  const searching = q.length > 0 && instruments.isFetching;

  return (
    <div onKeyDown={onKeyDown}>
      <div className="relative">
        <Search className="pointer-events-none absolute start-3.5 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
        <input
          data-autofocus
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-results"
          aria-activedescendant={items[active]?.id}
          aria-label={t('palette.placeholder')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          className="h-12 w-full rounded-xl border border-line-strong bg-onyx/60 ps-10 pe-3 text-[15px] text-fg placeholder:text-subtle focus:border-accent/70 focus:outline-none"
        />
      </div>
      <ul id="palette-results" role="listbox" aria-label={t('palette.results')} className="mt-3 max-h-96 overflow-y-auto">
        {items.length === 0 && <li className="px-3 py-6 text-center text-sm text-muted">{searching ? t('common.loading') : t('palette.empty')}</li>}
        {items.map((entry, index) => {
          const selected = index === active;
          const Icon = entry.kind === 'page' ? entry.item.icon : ChartCandlestick;
          return (
            <li key={entry.id} role="presentation">
              {index === firstInstrument && (
                <p role="presentation" className="mt-2 mb-1 px-3 text-[11px] font-medium uppercase tracking-[0.18em] text-subtle">
                  {t('palette.instruments')}
                </p>
              )}
              <div
                id={entry.id}
                role="option"
                aria-selected={selected}
                onMouseEnter={() => setActive(index)}
                onClick={() => go(entry.to)}
                className={cn('flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 text-sm', selected ? 'bg-white/[0.07] text-fg' : 'text-muted')}
              >
                <Icon className={cn('size-4 shrink-0', selected ? 'text-accent' : 'text-subtle')} aria-hidden="true" />
                {entry.kind === 'page' ? (
                  <span className="flex-1">{t(`nav.${entry.item.key}`)}</span>
                ) : (
                  <span className="flex min-w-0 flex-1 items-baseline gap-2.5">
                    <span className="font-mono font-semibold text-fg" dir="ltr">
                      {entry.instrument.symbol}
                    </span>
                    <span className="truncate">{entry.instrument.name}</span>
                    <span className="ms-auto shrink-0 font-mono text-[11px] text-subtle">{entry.instrument.exchange}</span>
                  </span>
                )}
                {selected && <CornerDownLeft className="size-3.5 shrink-0 text-subtle rtl:-scale-x-100" aria-hidden="true" />}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
