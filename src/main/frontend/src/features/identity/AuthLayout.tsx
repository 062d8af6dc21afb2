import { BarChart3, GraduationCap, ShieldCheck, Trophy } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { GlassCard } from '../../components/ui/Card';
import { Logo } from '../../components/ui/Logo';
import { LocaleSwitcher } from '../platform/LocaleSwitcher';

export function AuthLayout() {
  const { t } = useTranslation();
  const highlights = [
    { icon: BarChart3, text: t('auth.highlight.markets') },
    { icon: Trophy, text: t('auth.highlight.challenges') },
    { icon: GraduationCap, text: t('auth.highlight.coach') },
  ];
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,1.05fr)_minmax(0,1fr)]">
      <aside className="relative hidden overflow-hidden border-e border-line lg:flex lg:flex-col lg:justify-between lg:p-12">
        <div aria-hidden="true" className="pointer-events-none absolute -start-32 -top-32 size-[520px] rounded-full bg-accent/10 blur-3xl" />
        <div aria-hidden="true" className="pointer-events-none absolute -bottom-40 end-0 size-[420px] rounded-full bg-champagne/[0.07] blur-3xl" />
        <Logo />
        <div className="relative max-w-lg">
          <p className="mb-5 text-xs font-medium uppercase tracking-[0.22em] text-champagne">{t('auth.eyebrow')}</p>
          <h1 className="text-5xl leading-[1.1] font-medium text-fg">{t('auth.tagline')}</h1>
          <p className="mt-5 text-base leading-relaxed text-muted">{t('auth.pitch')}</p>
          <div className="hairline-gold my-9 w-40" />
          <ul className="space-y-4">
            {highlights.map(({ icon: Icon, text }) => (
              <li key={text} className="flex items-center gap-3 text-sm text-fg/85">
                <span className="grid size-9 place-items-center rounded-xl border border-line bg-white/[0.03] text-accent">
                  <Icon className="size-4" aria-hidden="true" />
                </span>
                {text}
              </li>
            ))}
          </ul>
        </div>
        <p className="flex items-center gap-2 text-xs text-subtle">
          <ShieldCheck className="size-3.5" aria-hidden="true" />
          {t('auth.noRisk')}
        </p>
      </aside>
      <main className="flex flex-col px-4 py-6 sm:px-8">
        <div className="flex items-center justify-between lg:justify-end">
          <Logo className="lg:hidden" />
          <LocaleSwitcher />
        </div>
        <div className="flex flex-1 items-center justify-center py-10">
          <div className="w-full max-w-md animate-enter">
            <Outlet />
          </div>
        </div>
      </main>
    </div>
  );
}

export function AuthCard({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <>
      <GlassCard className="p-6 sm:p-8">
        <h1 className="text-3xl font-medium text-fg">{title}</h1>
        {subtitle && <p className="mt-2 text-sm text-muted">{subtitle}</p>}
        <div className="mt-7">{children}</div>
      </GlassCard>
      {footer && <div className="mt-6 text-center text-sm text-muted">{footer}</div>}
    </>
  );
}
