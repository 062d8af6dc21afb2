import { Download, Plus, Star, Trash2 } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { PageHeader } from '../../components/ui/PageHeader';
import { Skeleton, SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { SortHeader, Table, tdClass, thClass, useSort } from '../../components/ui/Table';
import { toast } from '../../components/ui/toast';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useSparkline, useWatchlist, useWatchlistToggle, type AssetClass, type WatchlistItem } from './api';
import { InstrumentPicker } from './InstrumentPicker';
import { LiveIndicator } from './LiveIndicator';
import { changeTone, formatChangePercent, formatPrice, formatSignedPrice, priceDecimals, quoteSymbol } from './marketFormat';
import { Sparkline } from './Sparkline';
import type { LiveQuote } from './stream/marketStream';
import { useMarketStream } from './stream/useMarketStream';
import { DEFAULT_TICKER } from './TickerStrip';

interface Row {
  item: WatchlistItem;
  quote: WatchlistItem['quote'] | LiveQuote;
}

type SortKey = 'symbol' | 'price' | 'change';
const MISSING = -Number.MAX_VALUE;
const rowSort: Record<SortKey, (row: Row) => string | number> = {
  symbol: (r) => r.item.symbol,
  price: (r) => r.quote?.price ?? MISSING,
  change: (r) => r.quote?.changePercent ?? MISSING,
};

function Trend({ row }: { row: Row }) {
  const { t, i18n } = useTranslation();
  const closes = useSparkline(row.item.symbol);
  if (closes.isPending) return <Skeleton className="ms-auto h-7 w-24" />;
  if (!closes.data || closes.data.length < 2) return <span className="block text-end text-subtle">—</span>;
  // The newest daily close is today's so far: let it follow the live price.
  const values = row.quote ? [...closes.data.slice(0, -1), row.quote.price] : closes.data;
  const change = ((values[values.length - 1]! - values[0]!) / values[0]!) * 100;
  return <Sparkline values={values} label={t('watchlist.trendLabel', { symbol: row.item.symbol, change: formatChangePercent(i18n.language, change) })} className="ms-auto w-16 sm:w-24" />;
}

function Prices({ row }: { row: Row }) {
  const { i18n } = useTranslation();
  const q = row.quote;
  if (!q) return <span className="text-subtle">—</span>;
  const decimals = priceDecimals(q.price, row.item.symbol);
  return (
    <>
      <span className="block text-fg">{formatPrice(i18n.language, q.price, row.item.currency, decimals)}</span>
      {q.change !== null && q.change !== undefined && (
        <span className={`block text-xs ${changeTone(q.change)}`}>{formatSignedPrice(i18n.language, q.change, row.item.currency, decimals)}</span>
      )}
    </>
  );
}

function ChangePercent({ row }: { row: Row }) {
  const { i18n } = useTranslation();
  const value = row.quote?.changePercent;
  if (value === null || value === undefined) return <span className="text-subtle">—</span>;
  return <span className={changeTone(value)}>{formatChangePercent(i18n.language, value)}</span>;
}

export function WatchlistPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const watchlist = useWatchlist();
  const toggle = useWatchlistToggle();
  const items = useMemo(() => watchlist.data?.items ?? [], [watchlist.data]);
  const live = useMarketStream(items.map((i) => i.symbol));
  const rows = useMemo<Row[]>(
    () =>
      items.map((item) => {
        const streamed = live.quotes.get(quoteSymbol(item.symbol));
        const quote = streamed && (!item.quote || Date.parse(streamed.timestamp) >= Date.parse(item.quote.timestamp)) ? streamed : item.quote;
        return { item, quote };
      }),
    [items, live.quotes],
  );
  const { sorted, sort, toggle: toggleSort } = useSort(rows, rowSort, { key: 'symbol', direction: 'asc' });
  const taken = useMemo(() => new Set(items.map((i) => quoteSymbol(i.symbol))), [items]);

  const change = (symbol: string, watched: boolean) =>
    toggle.mutate(
      { symbol, watched },
      {
        onSuccess: () => toast.success(t(watched ? 'watchlist.added' : 'watchlist.removed', { symbol })),
        onError: (error) => toast.error(errorMessage(t, error)),
      },
    );

  const exportCsv = () =>
    downloadCsv(
      'watchlist.csv',
      toCsv(
        ['symbol', 'name', 'exchange', 'assetClass', 'currency', 'price', 'change', 'changePercent'],
        sorted.map(({ item, quote }) => [item.symbol, item.name, item.exchange, item.assetClass, item.currency, quote?.price, quote?.change, quote?.changePercent]),
      ),
    );

  const full = !!watchlist.data && items.length >= watchlist.data.maxItems;
  const picker = <InstrumentPicker label={t('watchlist.addPlaceholder')} taken={taken} onPick={(i) => (full ? toast.error(t('watchlist.full')) : change(i.symbol, true))} className="w-full sm:w-72" />;

  let body;
  if (watchlist.isPending) body = <SkeletonRows rows={6} label={t('common.loading')} />;
  else if (watchlist.isError) body = <ErrorState message={errorMessage(t, watchlist.error)} onRetry={() => void watchlist.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        icon={<Star className="size-5" aria-hidden="true" />}
        title={t('watchlist.emptyTitle')}
        description={t('watchlist.emptyBody')}
        action={
          <ul aria-label={t('watchlist.suggested')} className="flex flex-wrap justify-center gap-2">
            {DEFAULT_TICKER.map((symbol) => (
              <li key={symbol}>
                <Button variant="secondary" size="sm" onClick={() => change(symbol, true)} disabled={toggle.isPending} aria-label={t('watchlist.addSymbol', { symbol })}>
                  <Plus className="size-3.5" aria-hidden="true" />
                  <span className="font-mono" dir="ltr">
                    {symbol}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        }
      />
    );
  else
    body = (
      <>
        <div className="hidden md:block">
          <Table label={t('watchlist.title')}>
            <thead className="border-b border-line">
              <tr>
                <SortHeader label={t('markets.col.symbol')} sortKey="symbol" sort={sort} onSort={toggleSort} />
                <th scope="col" className={thClass}>
                  {t('markets.col.exchange')}
                </th>
                <SortHeader label={t('markets.col.price')} sortKey="price" sort={sort} onSort={toggleSort} className="text-end!" />
                <SortHeader label={t('markets.col.change')} sortKey="change" sort={sort} onSort={toggleSort} className="text-end!" />
                <th scope="col" className={`${thClass} text-end!`}>
                  {t('watchlist.trend')}
                </th>
                <th scope="col" className={`${thClass} text-end`}>
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {sorted.map((row) => (
                <tr key={row.item.symbol} className="transition hover:bg-white/[0.02]" data-testid={`watch-${quoteSymbol(row.item.symbol)}`}>
                  <td className={tdClass}>
                    <Link to={`/markets/${quoteSymbol(row.item.symbol)}`} className="group block rounded">
                      <span className="font-mono font-semibold text-fg group-hover:text-accent" dir="ltr">
                        {row.item.symbol}
                      </span>
                      <span className="block max-w-64 truncate text-xs text-muted">{row.item.name}</span>
                    </Link>
                  </td>
                  <td className={tdClass}>
                    <span className="me-2 font-mono text-xs text-muted">{row.item.exchange}</span>
                    <Badge>{t(`markets.class.${row.item.assetClass as AssetClass}`)}</Badge>
                  </td>
                  <td className={`${tdClass} num whitespace-nowrap`} dir="ltr">
                    <Prices row={row} />
                  </td>
                  <td className={`${tdClass} num whitespace-nowrap`} dir="ltr">
                    <ChangePercent row={row} />
                  </td>
                  <td className={tdClass}>
                    <Trend row={row} />
                  </td>
                  <td className={`${tdClass} text-end`}>
                    <Button variant="ghost" size="sm" onClick={() => change(row.item.symbol, false)} aria-label={t('watchlist.remove', { symbol: row.item.symbol })}>
                      <Trash2 className="size-4" aria-hidden="true" />
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <ul aria-label={t('watchlist.title')} className="divide-y divide-line md:hidden">
          {sorted.map((row) => (
            <li key={row.item.symbol} className="flex items-center gap-3 px-4 py-3">
              <Link to={`/markets/${quoteSymbol(row.item.symbol)}`} className="min-w-0 flex-1 rounded">
                <span className="whitespace-nowrap font-mono font-semibold text-fg" dir="ltr">
                  {row.item.symbol}
                </span>
                <span className="block truncate text-xs text-muted">{row.item.name}</span>
              </Link>
              <div className="shrink-0">
                <Trend row={row} />
              </div>
              <div className="num w-28 shrink-0 text-end text-sm" dir="ltr">
                <Prices row={row} />
                <span className="block text-xs">
                  <ChangePercent row={row} />
                </span>
              </div>
              <Button variant="ghost" size="sm" className="-me-2 px-2" onClick={() => change(row.item.symbol, false)} aria-label={t('watchlist.remove', { symbol: row.item.symbol })}>
                <Trash2 className="size-4" aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <div className="animate-enter">
      <PageHeader
        eyebrow={t('markets.eyebrow')}
        title={t('watchlist.title')}
        description={t('watchlist.subtitle')}
        actions={<LiveIndicator state={items.length ? live.connection : 'idle'} />}
      />
      <GlassCard>
        <CardHeader
          title={t('watchlist.symbols')}
          description={watchlist.data ? t('watchlist.count', { n: format.number(items.length), max: format.number(watchlist.data.maxItems) }) : undefined}
          actions={
            <>
              {picker}
              <Button variant="secondary" size="sm" onClick={exportCsv} disabled={items.length === 0}>
                <Download className="size-3.5" aria-hidden="true" />
                {t('common.exportCsv')}
              </Button>
            </>
          }
        />
        {body}
      </GlassCard>
    </div>
  );
}
