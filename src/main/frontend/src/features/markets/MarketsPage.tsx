import { Download, Search, SearchX } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Badge } from '../../components/ui/Badge';
import { Button } from '../../components/ui/Button';
import { CardHeader, GlassCard } from '../../components/ui/Card';
import { Input } from '../../components/ui/Input';
import { PageHeader } from '../../components/ui/PageHeader';
import { Skeleton, SkeletonRows } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { SortHeader, Table, tdClass, useSort } from '../../components/ui/Table';
import { cn } from '../../lib/cn';
import { downloadCsv, toCsv } from '../../lib/csv';
import { errorMessage } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { ASSET_CLASSES, useInstrumentSearch, type AssetClass, type Instrument, type Quote } from './api';
import { AssetClassFilter } from './AssetClassFilter';
import { MarketStatusStrip } from './MarketStatusStrip';
import { LiveIndicator } from './LiveIndicator';
import { changeTone, decimalsForTick, formatChangePercent, formatPrice, quoteSymbol } from './marketFormat';
import { useLiveQuotes } from './stream/useMarketStream';

interface Row {
  instrument: Instrument;
  quote: Quote | undefined;
}

type SortKey = 'symbol' | 'name' | 'exchange' | 'assetClass' | 'currency' | 'price' | 'change';

/** Rows without a quote sort below every priced row. */
const MISSING = -Number.MAX_VALUE;

const rowSort: Record<SortKey, (row: Row) => string | number> = {
  symbol: (r) => r.instrument.symbol,
  name: (r) => r.instrument.name,
  exchange: (r) => r.instrument.exchange,
  assetClass: (r) => r.instrument.assetClass,
  currency: (r) => r.instrument.currency,
  price: (r) => r.quote?.price ?? MISSING,
  change: (r) => r.quote?.changePercent ?? MISSING,
};

function readClass(value: string | null): AssetClass | undefined {
  return ASSET_CLASSES.includes(value as AssetClass) ? (value as AssetClass) : undefined;
}

function Price({ row, loading }: { row: Row; loading: boolean }) {
  const { i18n } = useTranslation();
  if (!row.quote) return loading ? <Skeleton className="ms-auto h-4 w-16" /> : <span className="text-subtle">—</span>;
  return <>{formatPrice(i18n.language, row.quote.price, row.instrument.currency, decimalsForTick(row.instrument.tickSize))}</>;
}

function Change({ row, loading }: { row: Row; loading: boolean }) {
  const { i18n } = useTranslation();
  const value = row.quote?.changePercent;
  if (value === null || value === undefined) return loading && !row.quote ? <Skeleton className="ms-auto h-4 w-12" /> : <span className="text-subtle">—</span>;
  return <span className={changeTone(value)}>{formatChangePercent(i18n.language, value)}</span>;
}

export function MarketsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(() => params.get('q') ?? '');
  const assetClass = readClass(params.get('class'));
  const q = useDebouncedValue(text.trim(), 300);

  /**
   * Writes one filter into the URL, keeping the other as the URL has it now: the router's functional update would
   * start from the params of the render that scheduled the write, which a click on a class may have changed since.
   */
  const writeParam = (name: 'q' | 'class', value: string | undefined) => {
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  // The typed text reaches the URL once typing pauses. Opening a row cancels a pending write: the instrument page
  // loads its code first, and a write in that moment would replace the navigation.
  const pendingWrite = useRef<number | undefined>(undefined);
  const cancelWrite = () => window.clearTimeout(pendingWrite.current);
  const onText = (value: string) => {
    setText(value);
    cancelWrite();
    pendingWrite.current = window.setTimeout(() => writeParam('q', value.trim()), 300);
  };
  useEffect(() => cancelWrite, []);

  const search = useInstrumentSearch(q, assetClass);
  const instruments = useMemo(() => search.data?.items ?? [], [search.data]);
  const symbols = useMemo(() => instruments.map((i) => i.symbol), [instruments]);
  const live = useLiveQuotes(symbols);
  const rows = useMemo<Row[]>(() => instruments.map((instrument) => ({ instrument, quote: live.quotes.get(quoteSymbol(instrument.symbol)) })), [instruments, live.quotes]);
  const { sorted, sort, toggle } = useSort(rows, rowSort, { key: 'symbol', direction: 'asc' });
  const quotesLoading = live.loading;
  const stale = search.isPlaceholderData || (search.isFetching && !search.isPending);

  const exportCsv = () => {
    const header = ['symbol', 'name', 'exchange', 'assetClass', 'currency', 'price', 'changePercent'];
    downloadCsv(
      'instruments.csv',
      toCsv(
        header,
        sorted.map(({ instrument: i, quote }) => [i.symbol, i.name, i.exchange, i.assetClass, i.currency, quote?.price, quote?.changePercent]),
      ),
    );
  };

  let body;
  if (search.isPending) body = <SkeletonRows rows={8} label={t('common.loading')} />;
  else if (search.isError) body = <ErrorState message={errorMessage(t, search.error)} onRetry={() => void search.refetch()} />;
  else if (sorted.length === 0)
    body = <EmptyState icon={<SearchX className="size-5" aria-hidden="true" />} title={t('markets.emptyTitle')} description={t('markets.emptyBody')} />;
  else
    body = (
      <div className={cn('transition-opacity', stale && 'opacity-60')} aria-busy={stale || undefined}>
        <div className="hidden md:block">
          <Table label={t('markets.instruments')}>
            <thead className="border-b border-line">
              <tr>
                <SortHeader label={t('markets.col.symbol')} sortKey="symbol" sort={sort} onSort={toggle} />
                <SortHeader label={t('markets.col.name')} sortKey="name" sort={sort} onSort={toggle} />
                <SortHeader label={t('markets.col.exchange')} sortKey="exchange" sort={sort} onSort={toggle} />
                <SortHeader label={t('markets.col.assetClass')} sortKey="assetClass" sort={sort} onSort={toggle} />
                <SortHeader label={t('markets.col.currency')} sortKey="currency" sort={sort} onSort={toggle} />
                <SortHeader label={t('markets.col.price')} sortKey="price" sort={sort} onSort={toggle} className="text-end!" />
                <SortHeader label={t('markets.col.change')} sortKey="change" sort={sort} onSort={toggle} className="text-end!" />
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {sorted.map((row) => (
                <tr key={row.instrument.symbol} className="transition hover:bg-white/[0.02]">
                  <td className={`${tdClass} font-mono font-semibold text-fg`} dir="ltr">
                    <Link to={`/markets/${quoteSymbol(row.instrument.symbol)}`} onClick={cancelWrite} className="rounded hover:text-accent">
                      {row.instrument.symbol}
                    </Link>
                  </td>
                  <td className={`${tdClass} max-w-72 truncate text-fg/90`} title={row.instrument.name}>
                    {row.instrument.name}
                  </td>
                  <td className={`${tdClass} font-mono text-xs text-muted`}>{row.instrument.exchange}</td>
                  <td className={tdClass}>
                    <Badge>{t(`markets.class.${row.instrument.assetClass}`)}</Badge>
                  </td>
                  <td className={`${tdClass} font-mono text-xs text-muted`}>{row.instrument.currency}</td>
                  <td className={`${tdClass} num whitespace-nowrap text-fg`} dir="ltr">
                    <Price row={row} loading={quotesLoading} />
                  </td>
                  <td className={`${tdClass} num whitespace-nowrap`} dir="ltr">
                    <Change row={row} loading={quotesLoading} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <ul aria-label={t('markets.instruments')} className="divide-y divide-line md:hidden">
          {sorted.map((row) => (
            <li key={row.instrument.symbol}>
              <Link to={`/markets/${quoteSymbol(row.instrument.symbol)}`} onClick={cancelWrite} className="flex items-center justify-between gap-3 px-5 py-3.5 transition hover:bg-white/[0.02]">
              <div className="min-w-0">
                <p className="flex items-center gap-2">
                  <span className="font-mono font-semibold text-fg" dir="ltr">
                    {row.instrument.symbol}
                  </span>
                  <Badge>{t(`markets.class.${row.instrument.assetClass}`)}</Badge>
                </p>
                <p className="mt-0.5 truncate text-sm text-muted">{row.instrument.name}</p>
                <p className="mt-0.5 font-mono text-[11px] text-subtle">
                  {row.instrument.exchange} · {row.instrument.currency}
                </p>
              </div>
              <div className="num shrink-0 text-end text-sm" dir="ltr">
                <p className="text-fg">
                  <Price row={row} loading={quotesLoading} />
                </p>
                <p className="mt-0.5 text-xs">
                  <Change row={row} loading={quotesLoading} />
                </p>
              </div>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    );

  return (
    <div className="animate-enter">
      <PageHeader eyebrow={t('markets.eyebrow')} title={t('nav.markets')} description={t('markets.subtitle')} />
      <MarketStatusStrip />
      <GlassCard>
        <CardHeader
          title={t('markets.instruments')}
          description={search.data ? t('markets.total', { shown: format.number(sorted.length), total: format.number(search.data.totalItems) }) : undefined}
          actions={
            <>
            <LiveIndicator state={live.connection} />
            <Button variant="secondary" size="sm" onClick={exportCsv} disabled={sorted.length === 0}>
              <Download className="size-3.5" aria-hidden="true" />
              {t('common.exportCsv')}
            </Button>
            </>
          }
        />
        <div className="flex flex-col gap-4 border-b border-line p-5 sm:p-6 lg:flex-row lg:items-end">
          <Input
            label={t('markets.searchLabel')}
            type="search"
            value={text}
            onChange={(e) => onText(e.target.value)}
            placeholder={t('markets.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            data-search-shortcut
            className="lg:w-80"
            trailing={<Search className="me-2 size-4 text-subtle" aria-hidden="true" />}
          />
          <div className="min-w-0">
            <p aria-hidden="true" className="mb-1.5 text-sm font-medium text-fg/90">
              {t('markets.assetClass')}
            </p>
            <AssetClassFilter value={assetClass} onChange={(next) => writeParam('class', next)} />
          </div>
        </div>
        {body}
      </GlassCard>
    </div>
  );
}
