import { Ellipsis, LogOut, Search } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { Dialog } from '../../components/ui/Dialog';
import { Logo } from '../../components/ui/Logo';
import { cn } from '../../lib/cn';
import { TickerStrip } from '../markets/TickerStrip';
import { isAdmin, useMe } from '../identity/api';
import { CommandPalette, useCommandPaletteShortcut } from './CommandPalette';
import { LocaleSwitcher } from './LocaleSwitcher';
import { ACCOUNT_NAV, ADMIN_NAV, BOTTOM_NAV, MEMBER_NAV } from './nav';
import { Sidebar } from './Sidebar';
import { UserMenu } from './UserMenu';
import { useSignOut } from './useSignOut';

function TopBar({ onSearch }: { onSearch: () => void }) {
  const { t } = useTranslation();
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <header className="flex h-16 items-center gap-3 border-b border-line bg-onyx/70 px-4 backdrop-blur-xl sm:px-6 md:h-18 md:px-8">
      <Logo className="md:hidden" />
      <button
        type="button"
        onClick={onSearch}
        className="hidden h-10 w-full max-w-sm items-center gap-2.5 rounded-xl border border-line bg-white/[0.03] px-3.5 text-sm text-subtle transition hover:border-line-strong hover:text-muted md:flex"
      >
        <Search className="size-4" aria-hidden="true" />
        <span className="flex-1 text-start">{t('palette.trigger')}</span>
        <kbd className="rounded-md border border-line-strong px-1.5 py-0.5 font-mono text-[11px] text-muted" dir="ltr">
          {mac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </button>
      <div className="ms-auto flex items-center gap-2">
        <button type="button" onClick={onSearch} className="grid size-10 place-items-center rounded-xl text-muted hover:bg-white/[0.05] hover:text-fg md:hidden" aria-label={t('palette.title')}>
          <Search className="size-5" aria-hidden="true" />
        </button>
        <LocaleSwitcher />
        <UserMenu />
      </div>
    </header>
  );
}

function BottomNav({ onMore }: { onMore: () => void }) {
  const { t } = useTranslation();
  const items = MEMBER_NAV.filter((item) => BOTTOM_NAV.includes(item.key));
  const itemClass = 'flex flex-1 flex-col items-center justify-center gap-1 text-[11px] font-medium transition';
  return (
    <nav aria-label={t('nav.mobileLabel')} data-testid="bottom-nav" className="fixed inset-x-0 bottom-0 z-40 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur-2xl md:hidden">
      <ul className="flex h-16 items-stretch">
        {items.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.key} className="flex flex-1">
              <NavLink to={item.to} className={({ isActive }) => cn(itemClass, isActive ? 'text-accent' : 'text-muted')}>
                <Icon className="size-5" aria-hidden="true" />
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          );
        })}
        <li className="flex flex-1">
          <button type="button" onClick={onMore} className={cn(itemClass, 'text-muted')}>
            <Ellipsis className="size-5" aria-hidden="true" />
            {t('nav.more')}
          </button>
        </li>
      </ul>
    </nav>
  );
}

function MoreSheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const items = [...MEMBER_NAV.filter((item) => !BOTTOM_NAV.includes(item.key)), ACCOUNT_NAV, ...(isAdmin(me.data) ? ADMIN_NAV : [])];
  return (
    <Dialog open={open} onClose={onClose} title={t('nav.more')} variant="sheet">
      <ul className="grid grid-cols-3 gap-2">
        {items.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.key}>
              <NavLink
                to={item.to}
                onClick={onClose}
                className={({ isActive }) =>
                  cn('flex flex-col items-center gap-2 rounded-xl border border-line px-2 py-4 text-xs', isActive ? 'bg-white/[0.06] text-fg' : 'bg-white/[0.02] text-muted')
                }
              >
                <Icon className="size-5 text-champagne" aria-hidden="true" />
                {t(`nav.${item.key}`)}
              </NavLink>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => void signOut()} className="mt-4 flex w-full items-center justify-center gap-2 rounded-xl border border-line py-3 text-sm text-muted hover:text-fg">
        <LogOut className="size-4" aria-hidden="true" />
        {t('userMenu.signOut')}
      </button>
    </Dialog>
  );
}

export function MemberLayout() {
  const { t } = useTranslation();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useCommandPaletteShortcut(openPalette);

  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-[70] focus:rounded-lg focus:bg-surface-2 focus:px-4 focus:py-2">
        {t('nav.skip')}
      </a>
      <Sidebar />
      <div className="md:ps-70">
        <div className="sticky top-0 z-30">
          <TopBar onSearch={openPalette} />
          <TickerStrip />
        </div>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 pt-6 pb-28 focus:outline-none sm:px-6 md:px-10 md:pt-10 md:pb-16">
          <Outlet />
        </main>
      </div>
      <BottomNav onMore={() => setMoreOpen(true)} />
      <MoreSheet open={moreOpen} onClose={() => setMoreOpen(false)} />
      <CommandPalette open={paletteOpen} onClose={() => setPaletteOpen(false)} />
    </div>
  );
}
