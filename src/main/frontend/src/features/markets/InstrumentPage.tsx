import { ArrowLeft, ArrowLeftRight, SearchX } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { Badge } from '../../components/ui/Badge';
import { ButtonLink } from '../../components/ui/Button';
import { GlassCard } from '../../components/ui/Card';
import { Skeleton } from '../../components/ui/Skeleton';
import { EmptyState, ErrorState } from '../../components/ui/States';
import { errorMessage } from '../../lib/errors';
import { usePersistentSet } from '../../lib/usePersistentSet';
import { useIndicators, useKeyLevels, type PivotType } from '../analytics/api';
import { INDICATOR_KEYS, INDICATORS, indicatorLines, type IndicatorKey } from '../analytics/indicators';
import { KeyLevelsCard } from '../analytics/KeyLevelsCard';
import { DEFAULT_GROUPS, LEVEL_COLORS, LEVEL_GROUPS, priceLines } from '../analytics/levels';
import { ToggleChips } from '../analytics/OverlayToggles';
import { useInstrument, type Instrument, type Quote } from './api';
import { timeframeOf, type Timeframe } from './chart/candles';
import { TimeframePicker } from './chart/TimeframePicker';
import { PriceChart } from './chart/PriceChart';
import { LiveIndicator } from './LiveIndicator';
import { changeTone, decimalsForTick, formatChangePercent, formatPrice, formatSignedPrice, formatVolume, quoteSymbol, sessionTone } from './marketFormat';
import { useLiveQuotes } from './stream/useMarketStream';
import { WatchToggle } from './WatchToggle';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] font-medium uppercase tracking-[0.14em] text-subtle">{label}</dt>
      <dd className="num mt-1 truncate text-sm text-fg" dir="ltr">
        {value}
      </dd>
    </div>
  );
}

/** The session's numbers, below the chart so that on a phone the chart comes first. */
function QuoteStats({ instrument, quote }: { instrument: Instrument; quote: Quote | undefined }) {
  const { t, i18n } = useTranslation();
  const decimals = decimalsForTick(instrument.tickSize);
  const price = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatPrice(i18n.language, v, instrument.currency, decimals));
  if (!quote) return null;
  return (
    <dl aria-label={t('instrument.stats')} className="mt-6 grid grid-cols-3 gap-4 rounded-2xl border border-line bg-white/[0.02] p-4 sm:grid-cols-4 lg:grid-cols-7">
      <Stat label={t('instrument.open')} value={price(quote.open)} />
      <Stat label={t('instrument.dayHigh')} value={price(quote.dayHigh)} />
      <Stat label={t('instrument.dayLow')} value={price(quote.dayLow)} />
      <Stat label={t('instrument.prevClose')} value={price(quote.prevClose)} />
      <Stat label={t('instrument.bid')} value={price(quote.bid)} />
      <Stat label={t('instrument.ask')} value={price(quote.ask)} />
      <Stat label={t('instrument.volume')} value={formatVolume(i18n.language, quote.volume)} />
    </dl>
  );
}

function QuoteHeader({ instrument, quote, connection }: { instrument: Instrument; quote: Quote | undefined; connection: ReturnType<typeof useLiveQuotes>['connection'] }) {
  const { t, i18n } = useTranslation();
  const decimals = decimalsForTick(instrument.tickSize);
  const price = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatPrice(i18n.language, v, instrument.currency, decimals));
  return (
    <header className="mb-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="mb-2 flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-[0.2em] text-champagne">
            <span className="font-mono">{instrument.exchange}</span>
            {/* Crypto and FX venues are named after their class: say it once. */}
            {instrument.exchange !== instrument.assetClass && (
              <>
                <span aria-hidden="true">·</span>
                {t(`markets.class.${instrument.assetClass}`)}
              </>
            )}
          </p>
          <h1 className="flex flex-wrap items-baseline gap-x-3 text-3xl font-medium text-fg sm:text-4xl">
            <span className="font-mono tracking-tight" dir="ltr">
              {instrument.symbol}
            </span>
            <span dir="auto" className="text-lg text-muted sm:text-xl">
              {instrument.name}
            </span>
          </h1>
        </div>
        <div className="flex items-center gap-2">
          {instrument.tradable && (
            <ButtonLink to={`/trade?symbol=${quoteSymbol(instrument.symbol)}`} size="md" className="max-sm:h-9 max-sm:px-3">
              <ArrowLeftRight className="size-4" aria-hidden="true" />
              {t('instrument.trade')}
            </ButtonLink>
          )}
          <WatchToggle symbol={instrument.symbol} className="max-sm:h-9 max-sm:px-3" />
        </div>
      </div>
      <div className="mt-5 flex flex-wrap items-end gap-x-5 gap-y-2">
        {quote ? (
          <>
            <p className="num text-3xl font-medium text-fg sm:text-4xl" dir="ltr" data-testid="instrument-price">
              {price(quote.price)}
            </p>
            {quote.change !== null && quote.change !== undefined && quote.changePercent !== null && quote.changePercent !== undefined && (
              <p className={`num pb-1 text-base ${changeTone(quote.changePercent)}`} dir="ltr">
                {formatSignedPrice(i18n.language, quote.change, instrument.currency, decimals)} ({formatChangePercent(i18n.language, quote.changePercent)})
              </p>
            )}
          </>
        ) : (
          <Skeleton className="h-10 w-56" />
        )}
        <div className="flex items-center gap-3 pb-1.5">
          {quote && <Badge tone={sessionTone[quote.session]}>{t(`markets.session.${quote.session}`)}</Badge>}
          <LiveIndicator state={connection} />
        </div>
      </div>
    </header>
  );
}

const NO_INDICATORS: ReadonlySet<IndicatorKey> = new Set();
const LEVEL_SWATCH: Partial<Record<(typeof LEVEL_GROUPS)[number], string>> = { pivots: LEVEL_COLORS.PIVOT, vwap: LEVEL_COLORS.VWAP };

/** The chart with its level lines and indicators, and the key levels card beside it (below it on small screens). */
function ChartWithLevels({ symbol, instrument, quote, timeframe, onTimeframe }: { symbol: string; instrument: Instrument; quote: Quote | undefined; timeframe: Timeframe; onTimeframe: (key: Timeframe['key']) => void }) {
  const { t } = useTranslation();
  const decimals = decimalsForTick(instrument.tickSize);
  const [groups, toggleGroup] = usePersistentSet('tradesense.levelGroups', LEVEL_GROUPS, DEFAULT_GROUPS);
  const [shown, toggleIndicator] = usePersistentSet('tradesense.indicators', INDICATOR_KEYS, NO_INDICATORS);
  const [pivots, setPivots] = useState<PivotType>('traditional');
  const levels = useKeyLevels(symbol, pivots);
  const indicators = useIndicators(symbol, timeframe.interval, shown);
  const price = quote?.price ?? levels.data?.price;
  const lines = useMemo(() => (levels.data && price !== undefined ? priceLines(levels.data, price, groups) : []), [levels.data, price, groups]);
  const series = useMemo(() => indicatorLines(indicators.data, shown), [indicators.data, shown]);

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_23rem]">
      <GlassCard className="min-w-0 overflow-hidden">
        <div className="flex flex-wrap items-center justify-between gap-3 border-b border-line px-4 py-3 sm:px-5">
          <h2 className="text-lg font-semibold text-fg">{t('instrument.chart')}</h2>
          <TimeframePicker value={timeframe.key} onChange={onTimeframe} />
        </div>
        <div className="space-y-2 border-b border-line px-4 py-3 sm:px-5">
          <ToggleChips label={t('levels.toggles')} options={LEVEL_GROUPS} value={groups} onToggle={toggleGroup} render={(g) => t(`levels.group.${g}`)} swatch={(g) => LEVEL_SWATCH[g]} />
          <ToggleChips label={t('indicators.toggles')} options={INDICATOR_KEYS} value={shown} onToggle={toggleIndicator} render={(k) => t(`indicators.name.${k}`)} swatch={(k) => Object.values(INDICATORS[k].lines).find((c) => c.startsWith('#') || c.startsWith('rgba'))} />
          {indicators.isError && (
            <p role="alert" className="text-xs text-loss">
              {t('indicators.failed')}
            </p>
          )}
        </div>
        <PriceChart
          key={`${symbol}-${timeframe.key}`}
          symbol={symbol}
          timeframe={timeframe}
          currency={instrument.currency}
          decimals={decimals}
          tickSize={instrument.tickSize}
          priceLines={lines}
          indicators={shown.size > 0 ? series : undefined}
        />
      </GlassCard>
      <KeyLevelsCard levels={levels} price={price} currency={instrument.currency} decimals={decimals} enabled={groups} pivots={pivots} onPivots={setPivots} />
    </div>
  );
}

export function InstrumentPage() {
  const { t } = useTranslation();
  const { symbol: param = '' } = useParams();
  const symbol = quoteSymbol(param);
  const [params, setParams] = useSearchParams();
  const timeframe = timeframeOf(params.get('tf'));
  const instrument = useInstrument(symbol);
  const { quotes, connection } = useLiveQuotes([symbol]);

  const back = (
    <Link to="/markets" className="mb-5 inline-flex items-center gap-1.5 rounded text-sm text-muted hover:text-fg">
      <ArrowLeft className="size-4 rtl:-scale-x-100" aria-hidden="true" />
      {t('nav.markets')}
    </Link>
  );

  if (instrument.isPending)
    return (
      <div role="status" aria-label={t('common.loading')}>
        {back}
        <Skeleton className="mb-3 h-4 w-40" />
        <Skeleton className="mb-6 h-10 w-72" />
        <Skeleton className="mb-6 h-12 w-56" />
        <Skeleton className="h-[440px] w-full rounded-2xl" />
      </div>
    );
  if (instrument.isError) {
    const missing = instrument.error instanceof ApiError && instrument.error.status === 404;
    return (
      <div>
        {back}
        <GlassCard>
          {missing ? (
            <EmptyState
              icon={<SearchX className="size-5" aria-hidden="true" />}
              title={t('instrument.notFoundTitle', { symbol })}
              description={t('instrument.notFoundBody')}
              action={<ButtonLink to="/markets" variant="secondary">{t('instrument.browse')}</ButtonLink>}
            />
          ) : (
            <ErrorState message={errorMessage(t, instrument.error)} onRetry={() => void instrument.refetch()} />
          )}
        </GlassCard>
      </div>
    );
  }

  const data = instrument.data;
  return (
    <div className="animate-enter">
      {back}
      <QuoteHeader instrument={data} quote={quotes.get(symbol)} connection={connection} />
      <ChartWithLevels symbol={symbol} instrument={data} quote={quotes.get(symbol)} timeframe={timeframe} onTimeframe={(key) => setParams({ tf: key }, { replace: true })} />
      <QuoteStats instrument={data} quote={quotes.get(symbol)} />
    </div>
  );
}
