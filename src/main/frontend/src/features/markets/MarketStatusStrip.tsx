import { CalendarOff, Clock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/Badge';
import { GlassCard } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { ErrorState } from '../../components/ui/States';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useNow } from '../../lib/useDebouncedValue';
import type { ExchangeStatus } from './api';
import { sessionTone } from './marketFormat';
import { useLiveMarketStatus } from './stream/useMarketStream';

const ALWAYS_OPEN_AFTER_MS = 7 * 24 * 3600_000;

function StatusCard({ status, now }: { status: ExchangeStatus; now: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const open = status.session === 'OPEN';
  const when = open ? status.nextClose : status.nextOpen;
  /** Venues that trade around the clock (crypto) report a close far away: say so instead of "closes in 365 days". */
  const alwaysOpen = open && new Date(status.nextClose).getTime() - now > ALWAYS_OPEN_AFTER_MS;
  const titleId = `market-status-${status.exchange}`;
  return (
    <li>
      <GlassCard className="h-full p-4" role="group" aria-labelledby={titleId}>
        <div className="flex items-start justify-between gap-2">
          <h3 id={titleId} className="font-mono text-sm font-semibold tracking-wide text-fg">
            {status.exchange}
          </h3>
          <Badge tone={sessionTone[status.session]}>
            {open && <span aria-hidden="true" className="size-1.5 rounded-full bg-gain" />}
            {t(`markets.session.${status.session}`)}
          </Badge>
        </div>
        <p className="mt-3 flex items-center gap-1.5 text-xs text-muted">
          <Clock className="size-3.5 shrink-0" aria-hidden="true" />
          <time dateTime={when} title={format.dateTime(when)}>
            {alwaysOpen ? t('markets.alwaysOpen') : t(open ? 'markets.closes' : 'markets.opens', { when: format.relative(when, now) })}
          </time>
        </p>
        {(status.isHoliday || status.earlyClose) && (
          <p className="mt-1.5 flex items-center gap-1.5 text-xs text-champagne-soft">
            <CalendarOff className="size-3.5 shrink-0" aria-hidden="true" />
            {t(status.isHoliday ? 'markets.holiday' : 'markets.earlyClose')}
          </p>
        )}
      </GlassCard>
    </li>
  );
}

export function MarketStatusStrip() {
  const { t } = useTranslation();
  const status = useLiveMarketStatus();
  const now = useNow();

  let body;
  if (status.isPending)
    body = (
      <div role="status" aria-label={t('common.loading')} className="grid grid-cols-2 gap-3 sm:grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))]">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-24 rounded-2xl" />
        ))}
      </div>
    );
  else if (status.isError)
    body = (
      <GlassCard>
        <ErrorState message={errorMessage(t, status.error)} onRetry={() => void status.refetch()} className="py-8" />
      </GlassCard>
    );
  else if (status.data.length === 0) body = <p className="text-sm text-muted">{t('markets.noStatus')}</p>;
  else
    body = (
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))]">
        {status.data.map((s) => (
          <StatusCard key={s.exchange} status={s} now={now} />
        ))}
      </ul>
    );

  return (
    <section aria-labelledby="market-status-title" className="mb-6">
      <h2 id="market-status-title" className="mb-3 text-xs font-medium uppercase tracking-[0.2em] text-subtle">
        {t('markets.statusTitle')}
      </h2>
      {body}
    </section>
  );
}
