import { useInfiniteQuery } from '@tanstack/react-query';
import { CandlestickSeries, createChart, createSeriesMarkers, HistogramSeries, LineSeries, LineStyle, type CandlestickData, type HistogramData, type IChartApi, type IPriceLine, type ISeriesApi, type ISeriesMarkersPluginApi, type Time, type UTCTimestamp } from 'lightweight-charts';
import { CandlestickChart } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../../api/queryClient';
import { Skeleton } from '../../../components/ui/Skeleton';
import { Spinner } from '../../../components/ui/Spinner';
import { EmptyState, ErrorState } from '../../../components/ui/States';
import { errorMessage } from '../../../lib/errors';
import type { IndicatorLine } from '../../analytics/indicators';
import type { PriceLineSpec } from '../../analytics/levels';
import { fetchHistory } from '../api';
import { intlTimeZone, quoteSymbol } from '../marketFormat';
import type { LiveBar } from '../stream/marketStream';
import { useMarketStream } from '../stream/useMarketStream';
import { floorMinute, LiveCandles, mergeCandles, snapMarkers, toCandle, type Candle, type Timeframe, type TradeMarker } from './candles';
import { CHART_COLORS, chartOptions } from './chartTheme';
import { ChartLegend } from './ChartLegend';

const PAGE = 500;
/** Bars from the left edge at which the next older page is requested. */
const PREFETCH_BARS = 20;
/** The server stores a completed minute within a second; ask for its bars a little after that. */
const SETTLE_MS = 2000;

interface Props {
  symbol: string;
  timeframe: Timeframe;
  currency: string;
  decimals: number;
  tickSize: number;
  /** Horizontal lines on the candles (key levels, VWAP); updated in place as they change. */
  priceLines?: readonly PriceLineSpec[];
  /** Indicator series: pane 0 overlays the candles, panes 1.. stack below it. */
  indicators?: readonly IndicatorLine[];
  /** Buys and sells, drawn as arrows on the candles that hold them. */
  markers?: readonly TradeMarker[];
}


function candleData(c: Candle) {
  return { time: (c.t / 1000) as UTCTimestamp, open: c.o, high: c.h, low: c.l, close: c.c };
}

function volumeData(c: Candle) {
  return { time: (c.t / 1000) as UTCTimestamp, value: c.v, color: c.c >= c.o ? CHART_COLORS.upVolume : CHART_COLORS.downVolume };
}

const same = (a: Candle | undefined, b: Candle) => !!a && a.o === b.o && a.h === b.h && a.l === b.l && a.c === b.c && a.v === b.v;

/**
 * Candlesticks and volume of one instrument: server history (older pages load when the view reaches the left
 * edge), kept live from the stream's 1-minute bars folded into the chosen interval, and re-read from the server
 * after every completed minute so that the newest candles match what the server would build. Mount it with a
 * key per symbol and timeframe: each chart starts from its own history.
 */
export function PriceChart({ symbol, timeframe, currency, decimals, tickSize, priceLines, indicators, markers }: Props) {
  const { t, i18n } = useTranslation();
  const key = quoteSymbol(symbol);
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<IChartApi | null>(null);
  const candlesRef = useRef<ISeriesApi<'Candlestick'> | null>(null);
  const volumeRef = useRef<ISeriesApi<'Histogram'> | null>(null);
  const historyRef = useRef<Candle[]>([]);
  const liveRef = useRef(new LiveCandles(timeframe.ms));
  const renderedRef = useRef(new Map<number, Candle>());
  const settleRef = useRef<number | null>(null);
  const [last, setLast] = useState<Candle | null>(null);
  const [hovered, setHovered] = useState<Candle | null>(null);
  const [liveCount, setLiveCount] = useState(0);
  const frameRef = useRef<number | null>(null);
  const priceLinesRef = useRef(new Map<string, IPriceLine>());
  const indicatorSeriesRef = useRef<{ layout: string; series: ISeriesApi<'Line' | 'Histogram'>[] }>({ layout: '', series: [] });
  const markersRef = useRef<ISeriesMarkersPluginApi<Time> | null>(null);
  const markersPropRef = useRef(markers);

  const stream = useMarketStream([key], {
    onQuote: (quote) => {
      sessionRef.current = quote.session;
    },
    onBar: (bar) => onBar(bar),
  });
  const serverNow = stream.serverNow;
  const sessionRef = useRef<string | null>(stream.quotes.get(key)?.session ?? null);

  const history = useInfiniteQuery({
    queryKey: queryKeys.history(key, timeframe.interval),
    queryFn: async ({ pageParam }) => {
      const cutoff = floorMinute(serverNow());
      const view = await fetchHistory(key, timeframe.interval, { to: pageParam, limit: PAGE });
      return { view, cutoff };
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.view.nextTo ?? undefined,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const timezone = intlTimeZone(history.data?.pages[0]?.view.timezone);
  const daily = timeframe.ms >= 86_400_000;

  /** Publishes the newest candle to the legend, at most once a frame. */
  const publishLast = () => {
    if (frameRef.current !== null) return;
    frameRef.current = requestAnimationFrame(() => {
      frameRef.current = null;
      const rendered = [...renderedRef.current.values()];
      const newest = rendered.length ? rendered[rendered.length - 1]! : historyRef.current[historyRef.current.length - 1];
      setLast(newest ?? null);
      setLiveCount(rendered.length);
    });
  };

  /** Markers snap to candle times, so they are placed again whenever the candles are. */
  const placeMarkers = (all: readonly Candle[]) => {
    const wanted = markersPropRef.current ?? [];
    if (!markersRef.current) return;
    const placed = snapMarkers(all.map((c) => c.t), wanted);
    markersRef.current.setMarkers(
      placed.map((m) => ({
        id: m.id,
        time: (m.t / 1000) as UTCTimestamp,
        position: m.side === 'BUY' ? ('belowBar' as const) : ('aboveBar' as const),
        shape: m.side === 'BUY' ? ('arrowUp' as const) : ('arrowDown' as const),
        color: m.side === 'BUY' ? CHART_COLORS.up : CHART_COLORS.down,
        text: m.text,
      })),
    );
  };

  const renderAll = () => {
    const live = liveRef.current.candles();
    const all = mergeCandles(historyRef.current, live);
    candlesRef.current?.setData(all.map(candleData));
    volumeRef.current?.setData(all.map(volumeData));
    renderedRef.current = new Map(live.map((c) => [c.t, c]));
    placeMarkers(all);
    publishLast();
  };

  const renderLive = () => {
    const live = liveRef.current.candles();
    const newestRendered = Math.max(historyRef.current[historyRef.current.length - 1]?.t ?? -Infinity, ...renderedRef.current.keys());
    try {
      for (const candle of live) {
        if (same(renderedRef.current.get(candle.t), candle)) continue;
        const historical = candle.t < newestRendered;
        candlesRef.current?.update(candleData(candle), historical);
        volumeRef.current?.update(volumeData(candle), historical);
        renderedRef.current.set(candle.t, candle);
      }
    } catch {
      // A candle the series cannot update in place (it never had that time): draw everything again.
      renderAll();
      return;
    }
    publishLast();
  };

  const refetchTail = async () => {
    const cutoff = floorMinute(serverNow());
    try {
      const view = await fetchHistory(key, timeframe.interval, { limit: 3 });
      historyRef.current = mergeCandles(historyRef.current, view.bars.map(toCandle));
      liveRef.current.reset(historyRef.current[historyRef.current.length - 1], cutoff);
      renderAll();
    } catch {
      // The live candles stay as they are; the next completed minute tries again.
    }
  };

  function onBar(bar: LiveBar) {
    // Intraday charts and daily bars cover the regular session only; the stream also carries extended hours.
    if (sessionRef.current === 'PRE_MARKET' || sessionRef.current === 'AFTER_HOURS') return;
    if (liveRef.current.add(toCandle(bar)) && history.data) renderLive();
    if (bar.complete) {
      if (settleRef.current !== null) window.clearTimeout(settleRef.current);
      settleRef.current = window.setTimeout(() => {
        settleRef.current = null;
        void refetchTail();
      }, SETTLE_MS);
    }
  }

  // The chart itself lives as long as the component; options follow the locale and the exchange's time zone.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = createChart(container, chartOptions(i18n.language, 'UTC', false));
    const candles = chart.addSeries(CandlestickSeries, {
      upColor: CHART_COLORS.up,
      downColor: CHART_COLORS.down,
      wickUpColor: CHART_COLORS.up,
      wickDownColor: CHART_COLORS.down,
      borderVisible: false,
      priceLineColor: 'rgba(212, 175, 122, 0.7)',
    });
    const volume = chart.addSeries(HistogramSeries, { priceScaleId: 'volume', priceFormat: { type: 'volume' }, lastValueVisible: false, priceLineVisible: false });
    chart.priceScale('volume').applyOptions({ scaleMargins: { top: 0.8, bottom: 0 } });
    chartRef.current = chart;
    candlesRef.current = candles;
    volumeRef.current = volume;
    markersRef.current = createSeriesMarkers(candles, []);
    chart.subscribeCrosshairMove((param) => {
      const point = param.time === undefined ? undefined : param.seriesData.get(candles);
      const vol = param.time === undefined ? undefined : param.seriesData.get(volume);
      if (!point || !('open' in point)) {
        setHovered(null);
        return;
      }
      const bar = point as CandlestickData<UTCTimestamp>;
      setHovered({ t: bar.time * 1000, o: bar.open, h: bar.high, l: bar.low, c: bar.close, v: vol && 'value' in vol ? (vol as HistogramData).value : 0 });
    });
    return () => {
      chart.remove();
      chartRef.current = null;
      candlesRef.current = null;
      markersRef.current = null;
      priceLinesRef.current = new Map();
      indicatorSeriesRef.current = { layout: '', series: [] };
      volumeRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once; options are applied below
  }, []);

  useEffect(() => {
    chartRef.current?.applyOptions(chartOptions(i18n.language, timezone, daily));
  }, [i18n.language, timezone, daily]);

  useEffect(() => {
    const format = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    candlesRef.current?.applyOptions({ priceFormat: { type: 'custom', minMove: tickSize, formatter: (price: number) => format.format(price) } });
  }, [decimals, tickSize, i18n.language]);

  // Price lines follow their specs by id: moved or restyled in place, created and removed as the set changes.
  useEffect(() => {
    const series = candlesRef.current;
    if (!series) return;
    const wanted = new Map((priceLines ?? []).map((line) => [line.id, line]));
    for (const [id, line] of priceLinesRef.current) {
      if (wanted.has(id)) continue;
      series.removePriceLine(line);
      priceLinesRef.current.delete(id);
    }
    for (const spec of wanted.values()) {
      const options = { price: spec.price, color: spec.color, title: spec.title, lineWidth: 1 as const, lineStyle: spec.dashed ? LineStyle.Dashed : LineStyle.Solid, axisLabelVisible: true };
      const existing = priceLinesRef.current.get(spec.id);
      if (existing) existing.applyOptions(options);
      else priceLinesRef.current.set(spec.id, series.createPriceLine(options));
    }
  }, [priceLines]);

  useEffect(() => {
    markersPropRef.current = markers;
    placeMarkers(mergeCandles(historyRef.current, liveRef.current.candles()));
  }, [markers]);

  // Indicator series: new data is set in place; a different set of series (panes renumber) is rebuilt in order.
  const paneCount = new Set((indicators ?? []).map((line) => line.pane).filter((pane) => pane > 0)).size;
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const lines = indicators ?? [];
    const layout = lines.map((line) => `${line.id}@${line.pane}`).join(',');
    const held = indicatorSeriesRef.current;
    if (held.layout !== layout) {
      for (const series of held.series) chart.removeSeries(series);
      const created = lines.map((line) =>
        line.type === 'histogram'
          ? chart.addSeries(HistogramSeries, { color: line.color, priceLineVisible: false, lastValueVisible: false }, line.pane)
          : chart.addSeries(LineSeries, { color: line.color, lineWidth: 1, priceLineVisible: false, lastValueVisible: line.pane > 0, crosshairMarkerVisible: false }, line.pane),
      );
      indicatorSeriesRef.current = { layout, series: created };
      // The container grows by 120px per pane (its classes); stretch factors keep the candles at about their usual height.
      chart.panes().forEach((pane, i) => pane.setStretchFactor(i === 0 ? 3.6 : 1));
    }
    lines.forEach((line, i) => indicatorSeriesRef.current.series[i]?.setData(line.data));
  }, [indicators]);

  // Server pages: the first one anchors the live candles, older ones are prepended (the view stays put).
  const pages = history.data?.pages;
  useEffect(() => {
    if (!pages || pages.length === 0) return;
    const first = historyRef.current.length === 0;
    const paged = pages.reduce<Candle[]>((all, page) => mergeCandles(all, page.view.bars.map(toCandle)), []);
    // Bars already held win: the newest ones may have been re-read since the first page was fetched.
    historyRef.current = mergeCandles(paged, historyRef.current);
    if (first) liveRef.current.reset(historyRef.current[historyRef.current.length - 1], pages[0]!.cutoff);
    renderAll();
    if (first) chartRef.current?.timeScale().scrollToRealTime();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- renderAll reads refs only
  }, [pages]);

  // Scrolling to the left edge loads the next older page.
  const more = useRef({ hasNextPage: false, isFetchingNextPage: false, fetchNextPage: history.fetchNextPage });
  useEffect(() => {
    more.current = { hasNextPage: history.hasNextPage, isFetchingNextPage: history.isFetchingNextPage, fetchNextPage: history.fetchNextPage };
  });
  useEffect(() => {
    const timeScale = chartRef.current?.timeScale();
    if (!timeScale) return;
    const onRange = (range: { from: number; to: number } | null) => {
      const m = more.current;
      if (range && range.from < PREFETCH_BARS && m.hasNextPage && !m.isFetchingNextPage) void m.fetchNextPage();
    };
    timeScale.subscribeVisibleLogicalRangeChange(onRange);
    return () => timeScale.unsubscribeVisibleLogicalRangeChange(onRange);
  }, []);

  useEffect(
    () => () => {
      if (frameRef.current !== null) cancelAnimationFrame(frameRef.current);
      if (settleRef.current !== null) window.clearTimeout(settleRef.current);
    },
    [],
  );

  const empty = history.isSuccess && !!pages?.every((page) => page.view.bars.length === 0) && liveCount === 0;
  const shown = hovered ?? last;
  const legendTime = useMemo(() => {
    if (!shown) return '';
    const options: Intl.DateTimeFormatOptions = daily ? { dateStyle: 'medium', timeZone: timezone } : { dateStyle: 'medium', timeStyle: 'short', timeZone: timezone };
    return new Intl.DateTimeFormat(i18n.language, options).format(new Date(shown.t));
  }, [shown, daily, timezone, i18n.language]);

  return (
    <div className="relative">
      <ChartLegend candle={shown} time={legendTime} hovered={hovered !== null} currency={currency} decimals={decimals} />
      <div
        dir="ltr"
        ref={containerRef}
        data-testid="price-chart"
        data-panes={paneCount}
        style={{ '--panes': paneCount } as CSSProperties}
        className="h-[calc(320px+var(--panes)*120px)] w-full sm:h-[calc(420px+var(--panes)*120px)] lg:h-[calc(460px+var(--panes)*120px)]"
       aria-label={t('instrument.chartLabel', { symbol })} role="img" />
      {history.isPending && (
        <div role="status" aria-label={t('common.loading')} className="absolute inset-0 flex items-end gap-1.5 bg-surface/80 px-6 pt-16 pb-10">
          {Array.from({ length: 28 }, (_, i) => (
            <Skeleton key={i} className="flex-1" style={{ height: `${30 + ((i * 37) % 55)}%` }} />
          ))}
        </div>
      )}
      {history.isError && (
        <div className="absolute inset-0 grid place-items-center bg-surface/90">
          <ErrorState message={errorMessage(t, history.error)} onRetry={() => void history.refetch()} />
        </div>
      )}
      {empty && (
        <div className="absolute inset-0 grid place-items-center">
          <EmptyState icon={<CandlestickChart className="size-5" aria-hidden="true" />} title={t('instrument.noHistoryTitle')} description={t('instrument.noHistoryBody')} />
        </div>
      )}
      {history.isFetchingNextPage && (
        <p role="status" className="absolute left-3 bottom-10 flex items-center gap-2 rounded-lg border border-line bg-surface-2/90 px-2.5 py-1 text-xs text-muted">
          <Spinner className="size-3" />
          {t('instrument.loadingOlder')}
        </p>
      )}
    </div>
  );
}
