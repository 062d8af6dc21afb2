import { Activity, Download } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { PageHeader } from '../../components/ui/PageHeader';
import { SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { SortHeader, Table, tdClass, thClass, useSort } from '../../components/ui/Table';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useMarketHealth, type MarketHealth } from './api';

type Feed = MarketHealth['feeds'][number];
type Tone = 'emerald' | 'red' | 'amber' | 'neutral';

const FEED_TONE: Record<string, Tone> = { CONNECTED: 'emerald', CONNECTING: 'amber', RECONNECTING: 'amber', DISCONNECTED: 'red', STOPPED: 'neutral' };
const BREAKER_TONE: Record<string, Tone> = { CLOSED: 'emerald', HALF_OPEN: 'amber', OPEN: 'red' };

const feedSort = {
  provider: (f: Feed) => f.provider,
  state: (f: Feed) => f.state,
  symbols: (f: Feed) => f.symbols,
  lastMessage: (f: Feed) => f.lastMessageAt ?? '',
  reconnects: (f: Feed) => f.reconnects,
  lag: (f: Feed) => f.lagMillis,
};

const num = `${tdClass} num whitespace-nowrap text-end`;

/** Feeds, circuit breakers and caches of the market data module, re-read every 10 seconds. */
export function MarketHealthPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  const health = useMarketHealth();
  const data = health.data;
  const { sorted, sort, toggle } = useSort(data?.feeds ?? [], feedSort, { key: 'provider', direction: 'asc' });
  const serverNow = data ? Date.parse(data.serverTime) : Date.now();

  const exportCsv = () =>
    downloadCsv('market-feeds.csv', toCsv(['provider', 'state', 'mode', 'symbols', 'lastMessageAt', 'reconnects', 'lagMillis', 'detail'], sorted.map((f) => [f.provider, f.state, f.mode, f.symbols, f.lastMessageAt, f.reconnects, f.lagMillis, f.detail])));

  if (health.isPending)
    return (
      <div>
        <PageHeader eyebrow={t('nav.admin')} title={t('health.title')} description={t('health.subtitle')} />
        <GlassCard>
          <SkeletonRows rows={5} label={t('common.loading')} />
        </GlassCard>
      </div>
    );
  if (!data)
    return (
      <div>
        <PageHeader eyebrow={t('nav.admin')} title={t('health.title')} description={t('health.subtitle')} />
        <GlassCard>
          <ErrorState message={errorMessage(t, health.error)} onRetry={() => void health.refetch()} />
        </GlassCard>
      </div>
    );

  const th = (label: string, end = false) => (
    <th scope="col" className={`${thClass} ${end ? 'text-end' : ''}`}>
      {label}
    </th>
  );
  return (
    <div className="animate-enter space-y-6">
      <PageHeader eyebrow={t('nav.admin')} title={t('health.title')} description={t('health.subtitle')} />
      <GlassCard>
        <CardHeader
          title={t('health.feeds')}
          description={t('health.refreshed', { time: format.dateTime(data.serverTime) })}
          actions={
            <Button variant="secondary" size="sm" onClick={exportCsv} disabled={sorted.length === 0}>
              <Download className="size-3.5" aria-hidden="true" />
              {t('common.exportCsv')}
            </Button>
          }
        />
        {sorted.length === 0 ? (
          <EmptyState icon={<Activity className="size-5" aria-hidden="true" />} title={t('health.noFeedsTitle')} description={t('health.noFeedsBody')} />
        ) : (
          <Table label={t('health.feeds')}>
            <thead className="border-b border-line">
              <tr>
                <SortHeader label={t('health.col.provider')} sortKey="provider" sort={sort} onSort={toggle} />
                <SortHeader label={t('health.col.state')} sortKey="state" sort={sort} onSort={toggle} />
                {th(t('health.col.mode'))}
                <SortHeader label={t('health.col.symbols')} sortKey="symbols" sort={sort} onSort={toggle} className="text-end" />
                <SortHeader label={t('health.col.lastMessage')} sortKey="lastMessage" sort={sort} onSort={toggle} />
                <SortHeader label={t('health.col.reconnects')} sortKey="reconnects" sort={sort} onSort={toggle} className="text-end" />
                <SortHeader label={t('health.col.lag')} sortKey="lag" sort={sort} onSort={toggle} className="text-end" />
                {th(t('health.col.detail'))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {sorted.map((feed) => (
                <tr key={feed.provider} data-testid={`feed-${feed.provider}`} className="hover:bg-white/[0.02]">
                  <td className={`${tdClass} font-mono text-fg`} dir="ltr">
                    {feed.provider}
                  </td>
                  <td className={tdClass}>
                    <Badge tone={FEED_TONE[feed.state] ?? 'neutral'}>{feed.state}</Badge>
                  </td>
                  <td className={`${tdClass} font-mono text-xs text-muted`}>{feed.mode}</td>
                  <td className={num}>{format.number(feed.symbols)}</td>
                  <td className={`${tdClass} whitespace-nowrap text-muted`}>
                    {feed.lastMessageAt ? (
                      <time dateTime={feed.lastMessageAt} title={format.dateTime(feed.lastMessageAt)}>
                        {format.relative(feed.lastMessageAt, serverNow)}
                      </time>
                    ) : (
                      t('health.never')
                    )}
                  </td>
                  <td className={num}>{format.number(feed.reconnects)}</td>
                  <td className={num}>{feed.lagMillis < 0 ? t('health.unknown') : t('health.lagMs', { value: format.number(feed.lagMillis) })}</td>
                  <td className={`${tdClass} max-w-72 text-xs text-muted`}>
                    <span className="line-clamp-2" title={feed.detail ?? undefined}>
                      {feed.detail ?? '—'}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </GlassCard>
      <div className="grid gap-6 2xl:grid-cols-2">
        <GlassCard>
          <CardHeader title={t('health.breakers')} />
          {data.circuitBreakers.length === 0 ? (
            <p className="px-6 py-6 text-sm text-muted">{t('health.noBreakers')}</p>
          ) : (
            <Table label={t('health.breakers')}>
              <thead className="border-b border-line">
                <tr>
                  {th(t('health.col.provider'))}
                  {th(t('health.col.state'))}
                  {th(t('health.col.calls'), true)}
                  {th(t('health.col.failed'), true)}
                  {th(t('health.col.failureRate'), true)}
                  {th(t('health.col.rejected'), true)}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {data.circuitBreakers.map((b) => (
                  <tr key={b.provider}>
                    <td className={`${tdClass} font-mono text-fg`}>{b.provider}</td>
                    <td className={tdClass}>
                      <Badge tone={BREAKER_TONE[b.state] ?? 'neutral'}>{b.state}</Badge>
                    </td>
                    <td className={num}>{format.number(b.bufferedCalls)}</td>
                    <td className={num}>{format.number(b.failedCalls)}</td>
                    <td className={num}>{b.failureRate < 0 ? <span title={t('health.notEnoughCalls')}>—</span> : percent.format(b.failureRate / 100)}</td>
                    <td className={num}>{format.number(b.notPermittedCalls)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </GlassCard>
        <GlassCard>
          <CardHeader title={t('health.caches')} />
          {data.caches.length === 0 ? (
            <p className="px-6 py-6 text-sm text-muted">{t('health.noCaches')}</p>
          ) : (
            <Table label={t('health.caches')}>
              <thead className="border-b border-line">
                <tr>
                  {th(t('health.col.tier'))}
                  {th(t('health.col.up'))}
                  {th(t('health.col.entries'), true)}
                  {th(t('health.col.hitRate'), true)}
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {data.caches.map((c) => (
                  <tr key={c.tier}>
                    <td className={`${tdClass} font-mono text-fg`}>{c.tier}</td>
                    <td className={tdClass}>
                      <Badge tone={c.up ? 'emerald' : 'red'}>{c.up ? t('health.up') : t('health.down')}</Badge>
                    </td>
                    <td className={num}>{c.entries < 0 ? '—' : format.number(c.entries)}</td>
                    <td className={num}>{percent.format(c.hitRate)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </GlassCard>
      </div>
    </div>
  );
}
