import { ChevronDown, LogOut, UserRound } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from './useSignOut';
import { useMe } from '../identity/api';
import { Avatar } from './Avatar';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    rootRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const onMenuKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
    items[next]?.focus();
  };

  const user = me.data;
  if (!user) return null;
  const itemClass = 'flex w-full items-center gap-2.5 rounded-lg px-3 py-2 text-sm text-fg/90 hover:bg-white/[0.06] focus:bg-white/[0.06] focus:outline-none';

  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        onClick={() => setOpen((v) => !v)}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('userMenu.open')}
        className="flex h-10 items-center gap-2.5 rounded-xl px-1 text-sm text-fg transition hover:bg-white/[0.05] sm:ps-1.5 sm:pe-2.5"
      >
        <Avatar name={user.displayName} />
        <span className="hidden max-w-40 truncate font-medium sm:block" data-testid="user-name">
          {user.displayName}
        </span>
        <ChevronDown className="hidden size-4 text-muted sm:block" aria-hidden="true" />
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={t('userMenu.label')} onKeyDown={onMenuKey} className="glass absolute end-0 top-12 z-50 w-64 animate-enter rounded-xl p-1.5 shadow-lift">
          <div className="border-b border-line px-3 pt-2 pb-3">
            <p className="truncate text-sm font-medium text-fg">{user.displayName}</p>
            <p className="truncate text-xs text-muted">{user.email}</p>
          </div>
          <div className="pt-1.5">
            <Link role="menuitem" to="/account" className={itemClass} onClick={() => setOpen(false)}>
              <UserRound className="size-4 text-muted" aria-hidden="true" />
              {t('nav.account')}
            </Link>
            <button role="menuitem" type="button" className={itemClass} onClick={() => void signOut()}>
              <LogOut className="size-4 text-muted" aria-hidden="true" />
              {t('userMenu.signOut')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
