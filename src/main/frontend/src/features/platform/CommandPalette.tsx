import { CornerDownLeft, Search } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../components/ui/Dialog';
import { cn } from '../../lib/cn';
import { isAdmin, useMe } from '../identity/api';
import { ACCOUNT_NAV, ADMIN_NAV, MEMBER_NAV } from './nav';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Opens on "/" (outside text fields) or Ctrl/Cmd+K. */
export function useCommandPaletteShortcut(open: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const combo = (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !isTyping(event.target);
      if (combo || slash) {
        event.preventDefault();
        open();
      }
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

  const items = useMemo(() => {
    const all = [...MEMBER_NAV, ACCOUNT_NAV, ...(isAdmin(me.data) ? ADMIN_NAV : [])];
    const q = query.trim().toLocaleLowerCase();
    return all.filter((item) => !q || t(`nav.${item.key}`).toLocaleLowerCase().includes(q) || item.to.includes(q));
  }, [me.data, query, t]);

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

  return (
    <div onKeyDown={onKeyDown}>
      <div className="relative">
        <Search className="pointer-events-none absolute start-3.5 top-1/2 size-4 -translate-y-1/2 text-muted" aria-hidden="true" />
        <input
          data-autofocus
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-results"
          aria-activedescendant={items[active] ? `palette-${items[active].key}` : undefined}
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
      <ul id="palette-results" role="listbox" aria-label={t('palette.results')} className="mt-3 max-h-80 overflow-y-auto">
        {items.length === 0 && <li className="px-3 py-6 text-center text-sm text-muted">{t('palette.empty')}</li>}
        {items.map((item, index) => {
          const Icon = item.icon;
          return (
            <li
              key={item.key}
              id={`palette-${item.key}`}
              role="option"
              aria-selected={index === active}
              onMouseEnter={() => setActive(index)}
              onClick={() => go(item.to)}
              className={cn('flex cursor-pointer items-center gap-3 rounded-lg px-3 py-2.5 text-sm', index === active ? 'bg-white/[0.07] text-fg' : 'text-muted')}
            >
              <Icon className={cn('size-4', index === active ? 'text-accent' : 'text-subtle')} aria-hidden="true" />
              <span className="flex-1">{t(`nav.${item.key}`)}</span>
              {index === active && <CornerDownLeft className="size-3.5 text-subtle rtl:-scale-x-100" aria-hidden="true" />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
