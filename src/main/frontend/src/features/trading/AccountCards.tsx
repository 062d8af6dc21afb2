import { useTranslation } from 'react-i18next';
import { Skeleton } from '../../components/ui/Skeleton';
import { cn } from '../../lib/cn';
import { changeTone } from '../markets/marketFormat';
import type { Account } from './api';
import { useMoney } from './useMoney';

function SummaryCard({ label, value, detail, tone, testId }: { label: string; value: string; detail?: string; tone?: string; testId?: string }) {
  return (
    <div className="glass min-w-0 rounded-2xl px-4 py-3.5 sm:px-5" data-testid={testId}>
      <dt className="text-[11px] font-medium uppercase tracking-[0.14em] text-subtle">{label}</dt>
      <dd className={cn('num mt-1.5 truncate text-lg font-medium text-fg sm:text-xl', tone)} dir="ltr">
        {value}
      </dd>
      {detail && (
        <dd className="num mt-0.5 truncate text-xs text-muted" dir="ltr">
          {detail}
        </dd>
      )}
    </div>
  );
}

/** Balance, equity, today's P&L, buying power and open trades of the selected account. */
export function AccountCards({ account }: { account: Account | undefined }) {
  const { t } = useTranslation();
  const m = useMoney(account?.currency ?? 'USD');
  if (!account)
    return (
      <div role="status" aria-label={t('common.loading')} className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-[86px] rounded-2xl" />
        ))}
      </div>
    );
  const dayPercent = account.lastEquity > 0 ? (account.dayPnl / account.lastEquity) * 100 : null;
  const total = account.equity - account.startingBalance;
  return (
    <dl aria-label={t('trade.summary')} className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
      <SummaryCard label={t('trade.cash')} value={m.money(account.cash)} detail={t('trade.reserved', { amount: m.money(account.reservedByOrders) })} testId="account-cash" />
      <SummaryCard label={t('trade.equity')} value={m.money(account.equity)} detail={t('trade.sinceStart', { amount: m.pnl(total) })} testId="account-equity" />
      <SummaryCard
        label={t('trade.dayPnl')}
        value={m.pnl(account.dayPnl)}
        detail={dayPercent === null ? undefined : m.percent(dayPercent)}
        tone={changeTone(account.dayPnl)}
        testId="account-day-pnl"
      />
      <SummaryCard
        label={t('trade.buyingPower')}
        value={m.money(account.buyingPower)}
        detail={account.type === 'MARGIN' ? t('trade.dayTradingBp', { amount: m.money(account.daytradingBuyingPower) }) : t(`trade.type.${account.type}`)}
        testId="account-buying-power"
      />
      <SummaryCard
        label={t('trade.openTrades')}
        value={String(account.openPositions)}
        detail={t('trade.ordersCount', { count: account.openOrders })}
        testId="account-open-trades"
      />
    </dl>
  );
}
