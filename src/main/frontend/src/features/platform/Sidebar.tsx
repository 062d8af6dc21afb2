import { ShieldCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Logo } from '../../components/ui/Logo';
import { cn } from '../../lib/cn';
import { isAdmin, useMe } from '../identity/api';
import { ACCOUNT_NAV, ADMIN_NAV, COMING_SOON, MEMBER_NAV, type NavItem } from './nav';

function SidebarLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const Icon = item.icon;
  return (
    <NavLink
      to={item.to}
      className={({ isActive }) =>
        cn(
          'group relative flex h-10 items-center gap-3 rounded-xl px-3 text-sm transition',
          isActive ? 'bg-white/[0.06] text-fg shadow-[inset_0_0_0_1px_rgb(255_255_255/0.06)]' : 'text-muted hover:bg-white/[0.04] hover:text-fg',
        )
      }
    >
      {({ isActive }) => (
        <>
          {isActive && <span aria-hidden="true" className="absolute inset-y-2 start-0 w-0.5 rounded-full bg-champagne" />}
          <Icon className={cn('size-[18px]', isActive ? 'text-accent' : 'text-subtle group-hover:text-fg')} aria-hidden="true" />
          <span className="flex-1">{t(`nav.${item.key}`)}</span>
          {COMING_SOON.includes(item.key) && (
            <span className="text-[10px] font-medium uppercase tracking-wider text-champagne/70">{t('common.soon')}</span>
          )}
        </>
      )}
    </NavLink>
  );
}

export function Sidebar() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <aside aria-label={t('nav.label')} className="fixed inset-y-0 start-0 z-40 hidden w-70 flex-col border-e border-line bg-surface/70 backdrop-blur-2xl md:flex">
      <div className="flex h-18 items-center px-6">
        <Logo />
      </div>
      <div className="hairline-gold mx-6 opacity-60" />
      <nav className="flex-1 space-y-6 overflow-y-auto px-4 py-6">
        <div>
          <p className="mb-2 px-3 text-[11px] font-medium uppercase tracking-[0.18em] text-subtle">{t('nav.workspace')}</p>
          <ul className="space-y-1">
            {MEMBER_NAV.map((item) => (
              <li key={item.key}>
                <SidebarLink item={item} />
              </li>
            ))}
          </ul>
        </div>
        <div>
          <p className="mb-2 px-3 text-[11px] font-medium uppercase tracking-[0.18em] text-subtle">{t('nav.you')}</p>
          <ul className="space-y-1">
            <li>
              <SidebarLink item={ACCOUNT_NAV} />
            </li>
          </ul>
        </div>
        {isAdmin(me.data) && (
          <div>
            <p className="mb-2 px-3 text-[11px] font-medium uppercase tracking-[0.18em] text-subtle">{t('nav.admin')}</p>
            <ul className="space-y-1">
              {ADMIN_NAV.map((item) => (
                <li key={item.key}>
                  <SidebarLink item={item} />
                </li>
              ))}
            </ul>
          </div>
        )}
      </nav>
      <div className="m-4 rounded-xl border border-line bg-white/[0.02] p-4">
        <p className="flex items-center gap-2 text-xs font-medium text-champagne-soft">
          <ShieldCheck className="size-3.5" aria-hidden="true" />
          {t('nav.paperTitle')}
        </p>
        <p className="mt-1 text-xs leading-relaxed text-muted">{t('nav.paperBody')}</p>
      </div>
    </aside>
  );
}
