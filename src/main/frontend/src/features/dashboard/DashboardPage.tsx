import { ArrowRight, CheckCircle2, Circle, MailWarning, Target, TrendingUp, Wallet, Layers } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { PageHeader } from '../../components/ui/PageHeader';
import { Skeleton } from '../../components/ui/Skeleton';
import { ErrorState } from '../../components/ui/States';
import { toast } from '../../components/ui/toast';
import { cn } from '../../lib/cn';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useMe, useResendVerification } from '../identity/api';
import { changeTone } from '../markets/marketFormat';
import { ACCOUNT_KEY, useAccounts } from '../trading/api';
import { stored } from '../../lib/storage';
import { useMoney } from '../trading/useMoney';

function greetingKey(hour: number) {
  if (hour < 12) return 'dashboard.greeting.morning' as const;
  if (hour < 18) return 'dashboard.greeting.afternoon' as const;
  return 'dashboard.greeting.evening' as const;
}

function StatCard({ icon, label, empty, hint, testId, value, detail, tone, to }: { icon: ReactNode; label: string; empty: string; hint: string; testId: string; value?: string; detail?: string; tone?: string; to?: string }) {
  const body = (
    <>
      <div className="flex items-start justify-between gap-2">
        <p className="text-xs text-muted sm:text-sm">{label}</p>
        <span className="grid size-7 shrink-0 place-items-center rounded-lg border border-line bg-white/[0.03] text-champagne sm:size-8">{icon}</span>
      </div>
      {value === undefined ? (
        <>
          <p className="num mt-3 text-xl text-subtle sm:mt-5 sm:text-2xl" aria-hidden="true">
            —
          </p>
          <p className="mt-1 text-sm font-medium text-fg/90">{empty}</p>
          <p className="mt-1 hidden text-xs text-subtle sm:block">{hint}</p>
        </>
      ) : (
        <>
          <p className={cn('num mt-3 truncate text-xl text-fg sm:mt-5 sm:text-2xl', tone)} dir="ltr">
            {value}
          </p>
          {detail && <p className="mt-1 truncate text-xs text-subtle sm:text-sm">{detail}</p>}
        </>
      )}
    </>
  );
  const card = 'group block p-4 transition duration-300 hover:-translate-y-0.5 hover:shadow-lift sm:p-5';
  return to ? (
    <Link to={to} className={cn('glass rounded-2xl', card)} data-testid={testId}>
      {body}
    </Link>
  ) : (
    <GlassCard className={card} data-testid={testId}>
      {body}
    </GlassCard>
  );
}

/** The member's trading account the dashboard reports on: the one last used in the terminal, else the first. */
function usePrimaryAccount() {
  const accounts = useAccounts();
  const remembered = stored.get(ACCOUNT_KEY);
  const list = accounts.data ?? [];
  return { account: list.find((a) => a.id === remembered) ?? list[0], count: list.length };
}

function VerifyBanner() {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <div role="region" aria-label={t('dashboard.verify.title')} className="mb-8 flex flex-col gap-4 rounded-2xl border border-warn/25 bg-warn/[0.07] p-5 sm:flex-row sm:items-center">
      <div className="flex flex-1 items-start gap-3">
        <MailWarning className="mt-0.5 size-5 shrink-0 text-warn" aria-hidden="true" />
        <div>
          <p className="font-medium text-fg">{t('dashboard.verify.title')}</p>
          <p className="mt-0.5 text-sm text-muted">{t('dashboard.verify.body')}</p>
        </div>
      </div>
      <Button
        variant="secondary"
        loading={resend.isPending}
        disabled={resend.isSuccess}
        onClick={() =>
          resend.mutate(undefined, {
            onSuccess: () => toast.success(t('dashboard.verify.sent')),
            onError: (error) => toast.error(errorMessage(t, error)),
          })
        }
      >
        {resend.isSuccess ? t('dashboard.verify.sentShort') : t('dashboard.verify.resend')}
      </Button>
    </div>
  );
}

function DashboardSkeleton() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-label={t('common.loading')} className="space-y-6">
      <Skeleton className="h-12 w-80" />
      <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-40" />
        ))}
      </div>
      <Skeleton className="h-64" />
    </div>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { account, count } = usePrimaryAccount();
  const m = useMoney(account?.currency ?? 'USD');

  if (me.isPending) return <DashboardSkeleton />;
  if (me.isError) return <ErrorState message={errorMessage(t, me.error)} onRetry={() => void me.refetch()} />;
  const user = me.data;

  const steps = [
    { done: true, label: t('dashboard.steps.account') },
    { done: user.emailVerified, label: t('dashboard.steps.verify') },
    { done: count > 0, label: t('dashboard.steps.paper') },
    { done: false, label: t('dashboard.steps.challenge'), soon: true },
  ];

  return (
    <div className="animate-enter">
      <PageHeader
        eyebrow={format.date(new Date())}
        title={
          <>
            {t(greetingKey(new Date().getHours()))}, <span className="text-champagne">{user.displayName}</span>
          </>
        }
        description={t('dashboard.subtitle')}
      />

      {!user.emailVerified && <VerifyBanner />}

      <section aria-label={t('dashboard.stats')} className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
        <StatCard testId="stat-equity" icon={<Wallet className="size-4" aria-hidden="true" />} label={t('dashboard.stat.equity')} empty={t('dashboard.stat.noAccount')} hint={t('dashboard.stat.equityHint')} value={account && m.money(account.equity)} detail={account?.name} to="/trade" />
        <StatCard testId="stat-pnl" icon={<TrendingUp className="size-4" aria-hidden="true" />} label={t('dashboard.stat.pnl')} empty={t('dashboard.stat.noTrades')} hint={t('dashboard.stat.pnlHint')} value={account && m.pnl(account.dayPnl)} tone={changeTone(account?.dayPnl)} detail={account && t('dashboard.stat.realized', { amount: m.pnl(account.realizedPnl) })} to="/trade" />
        <StatCard testId="stat-positions" icon={<Layers className="size-4" aria-hidden="true" />} label={t('dashboard.stat.positions')} empty={t('dashboard.stat.noPositions')} hint={t('dashboard.stat.positionsHint')} value={account && String(account.openPositions)} detail={account && t('trade.ordersCount', { count: account.openOrders })} to="/trade" />
        <StatCard testId="stat-challenge" icon={<Target className="size-4" aria-hidden="true" />} label={t('dashboard.stat.challenge')} empty={t('dashboard.stat.noChallenge')} hint={t('dashboard.stat.challengeHint')} />
      </section>

      <div className="mt-6 grid gap-6 lg:grid-cols-5">
        <GlassCard className="lg:col-span-3">
          <CardHeader title={t('dashboard.steps.title')} description={t('dashboard.steps.subtitle')} />
          <ol className="divide-y divide-line">
            {steps.map((step) => (
              <li key={step.label} className="flex items-center gap-3 px-5 py-4 sm:px-6">
                {step.done ? <CheckCircle2 className="size-5 text-accent" aria-hidden="true" /> : <Circle className="size-5 text-subtle" aria-hidden="true" />}
                <span className={cn('flex-1 text-sm', step.done ? 'text-muted line-through decoration-white/20' : 'text-fg')}>{step.label}</span>
                <span className="sr-only">{step.done ? t('dashboard.steps.done') : t('dashboard.steps.todo')}</span>
                {step.soon && <Badge tone="champagne">{t('common.soon')}</Badge>}
              </li>
            ))}
          </ol>
        </GlassCard>
        <GlassCard className="relative overflow-hidden p-6 lg:col-span-2">
          <div aria-hidden="true" className="pointer-events-none absolute -end-20 -top-20 size-60 rounded-full bg-champagne/10 blur-3xl" />
          <p className="text-xs font-medium uppercase tracking-[0.2em] text-champagne">{t('dashboard.next.eyebrow')}</p>
          <h2 className="mt-3 text-2xl font-medium text-fg">{t('dashboard.next.title')}</h2>
          <p className="mt-2 text-sm leading-relaxed text-muted">{t('dashboard.next.body')}</p>
          <Link to="/account" className="mt-6 inline-flex items-center gap-2 text-sm font-medium text-champagne hover:text-champagne-soft">
            {t('dashboard.next.cta')}
            <ArrowRight className="size-4 rtl:-scale-x-100" aria-hidden="true" />
          </Link>
        </GlassCard>
      </div>
    </div>
  );
}
