import type { Schemas } from '../../../api/client';

/** A bar with its start as epoch milliseconds. */
export interface Candle {
  t: number;
  o: number;
  h: number;
  l: number;
  c: number;
  v: number;
}

export type Interval = '1m' | '5m' | '15m' | '1h' | '4h' | '1d' | '1w';

export type TimeframeKey = '1m' | '5m' | '15m' | '1h' | '4h' | '1D' | '1W';

export interface Timeframe {
  key: TimeframeKey;
  interval: Interval;
  /** Nominal window length; daily and weekly windows follow the exchange's calendar, which the server corrects. */
  ms: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const TIMEFRAMES: readonly Timeframe[] = [
  { key: '1m', interval: '1m', ms: MINUTE },
  { key: '5m', interval: '5m', ms: 5 * MINUTE },
  { key: '15m', interval: '15m', ms: 15 * MINUTE },
  { key: '1h', interval: '1h', ms: 60 * MINUTE },
  { key: '4h', interval: '4h', ms: 240 * MINUTE },
  { key: '1D', interval: '1d', ms: DAY },
  { key: '1W', interval: '1w', ms: 7 * DAY },
];

export const DEFAULT_TIMEFRAME = TIMEFRAMES[1]!;

export function timeframeOf(key: string | null | undefined): Timeframe {
  return TIMEFRAMES.find((tf) => tf.key === key) ?? DEFAULT_TIMEFRAME;
}

export function toCandle(bar: Schemas['BarView'] | { t: string; o: number; h: number; l: number; c: number; v: number }): Candle {
  return { t: Date.parse(bar.t), o: bar.o, h: bar.h, l: bar.l, c: bar.c, v: bar.v };
}

export function floorMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

/** Merges two ascending series by start time; on equal times `incoming` wins. */
export function mergeCandles(existing: readonly Candle[], incoming: readonly Candle[]): Candle[] {
  if (incoming.length === 0) return existing.slice();
  if (existing.length === 0) return incoming.slice();
  if (incoming[incoming.length - 1]!.t < existing[0]!.t) return [...incoming, ...existing];
  if (incoming[0]!.t > existing[existing.length - 1]!.t) return [...existing, ...incoming];
  const out: Candle[] = [];
  let i = 0;
  let j = 0;
  while (i < existing.length || j < incoming.length) {
    const a = existing[i];
    const b = incoming[j];
    if (b === undefined || (a !== undefined && a.t < b.t)) {
      out.push(a!);
      i++;
    } else {
      if (a !== undefined && a.t === b.t) i++;
      out.push(b);
      j++;
    }
  }
  return out;
}

// Monday 1970-01-05 00:00 UTC: a start that every window length up to a week divides, for the rare chart without
// history to align to.
const MONDAY = 4 * DAY;

/**
 * Folds 1-minute bars into windows of `intervalMs`, continuing `base` (the newest server bar). Windows are laid
 * out from base.t in steps of the interval, which is how the server aligns them within a session (NYSE hourly bars
 * at 09:30, 10:30...); a window the server would align differently (a new session, a DST shift) is corrected when
 * the server's bars are fetched again.
 */
export function foldMinutes(base: Candle | undefined, minutes: readonly Candle[], intervalMs: number): Candle[] {
  const out: Candle[] = [];
  let current = base ? { ...base } : undefined;
  const anchor = base?.t ?? MONDAY;
  for (const m of minutes) {
    if (current && m.t < current.t) continue;
    if (current && m.t < current.t + intervalMs) {
      current.h = Math.max(current.h, m.h);
      current.l = Math.min(current.l, m.l);
      current.c = m.c;
      current.v += m.v;
      continue;
    }
    if (current) out.push(current);
    const start = anchor + Math.floor((m.t - anchor) / intervalMs) * intervalMs;
    current = { t: start, o: m.o, h: m.h, l: m.l, c: m.c, v: m.v };
  }
  if (current) out.push(current);
  return out;
}

/**
 * The newest candles of a chart kept live from the stream: the server's newest bar plus every 1-minute bar the
 * server did not have yet (those starting at or after `cutoff`, the minute forming when it was asked; the server
 * stores completed minutes only). Each minute is kept once, at its latest state, so volume is never counted twice.
 */
export class LiveCandles {
  private base: Candle | undefined;
  private cutoff = Number.POSITIVE_INFINITY;
  private readonly minutes = new Map<number, Candle>();

  constructor(private readonly intervalMs: number) {}

  /** After (re)loading the server's bars: `base` is the newest of them, `cutoff` the minute forming when asked. */
  reset(base: Candle | undefined, cutoff: number) {
    this.base = base;
    this.cutoff = cutoff;
    for (const t of this.minutes.keys()) if (t < cutoff) this.minutes.delete(t);
  }

  /** Adds or replaces one minute; false when the server's bars already hold it. */
  add(minute: Candle): boolean {
    if (minute.t < this.cutoff && this.base !== undefined) return false;
    if (this.base !== undefined && minute.t < this.base.t) return false;
    this.minutes.set(minute.t, minute);
    return true;
  }

  /** The live candles, oldest first: the base bar continued and any newer windows. */
  candles(): Candle[] {
    if (this.minutes.size === 0) return this.base ? [this.base] : [];
    const minutes = [...this.minutes.values()].sort((a, b) => a.t - b.t);
    return foldMinutes(this.base, minutes, this.intervalMs);
  }
}

/** A buy or sell to mark on the chart at the candle that holds its time. */
export interface TradeMarker {
  id: string;
  /** epoch milliseconds */
  t: number;
  side: 'BUY' | 'SELL';
  text: string;
}

/**
 * Markers moved onto the start of the candle containing them (the chart only places markers on existing candle
 * times), oldest first; markers before the first candle are dropped until older history loads.
 */
export function snapMarkers(candleTimes: readonly number[], markers: readonly TradeMarker[]): TradeMarker[] {
  const snapped: TradeMarker[] = [];
  for (const marker of markers) {
    let lo = 0;
    let hi = candleTimes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (candleTimes[mid]! <= marker.t) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0) snapped.push({ ...marker, t: candleTimes[found]! });
  }
  return snapped.sort((a, b) => a.t - b.t);
}
