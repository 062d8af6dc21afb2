import type { UTCTimestamp } from 'lightweight-charts';
import type { Schemas } from '../../api/client';

/** Values are null before an indicator has enough bars (the schema cannot say so for array items). */
export type IndicatorSeries = Omit<Schemas['IndicatorSeries'], 'indicators'> & { indicators: Record<string, Record<string, (number | null)[]>> };

/** The indicators a user can switch on; overlays share the price pane, the others get a pane each. */
export const INDICATORS = {
  sma: { spec: 'sma(20)', pane: 'overlay', lines: { sma: '#60a5fa' } },
  ema: { spec: 'ema(50)', pane: 'overlay', lines: { ema: '#c084fc' } },
  bb: { spec: 'bb(20,2)', pane: 'overlay', lines: { middle: 'rgba(212, 175, 122, 0.8)', upper: 'rgba(212, 175, 122, 0.5)', lower: 'rgba(212, 175, 122, 0.5)' } },
  rsi: { spec: 'rsi(14)', pane: 'own', lines: { rsi: '#c084fc' } },
  macd: { spec: 'macd(12,26,9)', pane: 'own', lines: { histogram: 'histogram', macd: '#60a5fa', signal: '#f59e0b' } },
  stoch: { spec: 'stoch(14,3,3)', pane: 'own', lines: { k: '#60a5fa', d: '#f59e0b' } },
} as const satisfies Record<string, { spec: string; pane: 'overlay' | 'own'; lines: Record<string, string> }>;

export type IndicatorKey = keyof typeof INDICATORS;
export const INDICATOR_KEYS = Object.keys(INDICATORS) as IndicatorKey[];

/** One series for the chart: a line (or the MACD histogram) in pane 0 (the candles) or a pane below. */
export interface IndicatorLine {
  id: string;
  pane: number;
  type: 'line' | 'histogram';
  color: string;
  data: { time: UTCTimestamp; value: number; color?: string }[];
}

/** The `indicators` query parameter for the chosen keys, in a stable order (so it keys the query cache). */
export function indicatorQuery(keys: ReadonlySet<IndicatorKey>): string {
  return INDICATOR_KEYS.filter((k) => keys.has(k))
    .map((k) => INDICATORS[k].spec)
    .join(',');
}

/** Points where the value exists: indicators are null until they have enough bars. */
export function toPoints(t: readonly string[], values: readonly (number | null | undefined)[] | undefined) {
  const points: { time: UTCTimestamp; value: number }[] = [];
  if (!values) return points;
  for (let i = 0; i < t.length; i++) {
    const value = values[i];
    if (value === null || value === undefined || !Number.isFinite(value)) continue;
    points.push({ time: (Date.parse(t[i]!) / 1000) as UTCTimestamp, value });
  }
  return points;
}

/** The server names each indicator by its canonical spec (`bb(20,2)`); find it by that, or else by its name. */
function linesOf(series: IndicatorSeries, key: IndicatorKey): Record<string, (number | null)[]> | undefined {
  const spec = INDICATORS[key].spec;
  const exact = series.indicators[spec] ?? series.indicators[spec.replaceAll(' ', '')];
  if (exact) return exact;
  return Object.entries(series.indicators).find(([name]) => name === key || name.startsWith(`${key}(`))?.[1];
}

const HISTOGRAM_UP = 'rgba(16, 185, 129, 0.55)';
const HISTOGRAM_DOWN = 'rgba(248, 113, 113, 0.55)';

/** The chart's series for the shown indicators: overlays in pane 0, the others in panes 1, 2, ... in a fixed order. */
export function indicatorLines(series: IndicatorSeries | undefined, shown: ReadonlySet<IndicatorKey>): IndicatorLine[] {
  if (!series) return [];
  const result: IndicatorLine[] = [];
  let pane = 0;
  for (const key of INDICATOR_KEYS) {
    if (!shown.has(key)) continue;
    const def = INDICATORS[key];
    const lines = linesOf(series, key);
    if (!lines) continue;
    const index = def.pane === 'overlay' ? 0 : ++pane;
    for (const [line, color] of Object.entries(def.lines)) {
      const points = toPoints(series.t, lines[line]);
      if (color === 'histogram')
        result.push({ id: `${key}.${line}`, pane: index, type: 'histogram', color: HISTOGRAM_UP, data: points.map((p) => ({ ...p, color: p.value >= 0 ? HISTOGRAM_UP : HISTOGRAM_DOWN })) });
      else result.push({ id: `${key}.${line}`, pane: index, type: 'line', color, data: points });
    }
  }
  return result;
}
