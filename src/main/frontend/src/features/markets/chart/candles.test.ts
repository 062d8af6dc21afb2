import { describe, expect, it } from 'vitest';
import { foldMinutes, LiveCandles, mergeCandles, snapMarkers, timeframeOf, toCandle, type Candle } from './candles';

const T0 = Date.parse('2026-03-02T14:30:00Z'); // 09:30 New York, the NYSE open
const MIN = 60_000;
const bar = (minute: number, o: number, h: number, l: number, c: number, v: number): Candle => ({ t: T0 + minute * MIN, o, h, l, c, v });

describe('merging server pages', () => {
  it('prepends an older page and appends a newer one without copying element by element', () => {
    const page = [bar(10, 1, 1, 1, 1, 1), bar(11, 2, 2, 2, 2, 2)];
    const older = [bar(8, 0, 0, 0, 0, 0), bar(9, 0, 0, 0, 0, 0)];
    expect(mergeCandles(page, older).map((c) => c.t)).toEqual([8, 9, 10, 11].map((m) => T0 + m * MIN));
    expect(mergeCandles(older, page).map((c) => c.t)).toEqual([8, 9, 10, 11].map((m) => T0 + m * MIN));
  });

  it('lets the newer copy of an overlapping bar win', () => {
    const merged = mergeCandles([bar(0, 1, 1, 1, 1, 1), bar(1, 1, 1, 1, 1, 1)], [bar(1, 5, 5, 5, 5, 5), bar(2, 6, 6, 6, 6, 6)]);
    expect(merged.map((c) => c.o)).toEqual([1, 5, 6]);
  });
});

describe('folding minutes into a higher interval', () => {
  it('continues the server bar: open kept, high and low widened, close and summed volume from the minutes', () => {
    const base = { t: T0, o: 100, h: 101, l: 99, c: 100.5, v: 1000 };
    const folded = foldMinutes(base, [bar(3, 100.5, 102, 100.4, 101.8, 50), bar(4, 101.8, 101.9, 98.5, 99, 70)], 5 * MIN);
    expect(folded).toEqual([{ t: T0, o: 100, h: 102, l: 98.5, c: 99, v: 1120 }]);
  });

  it('opens the next window aligned to the session start, not to the clock hour', () => {
    const base = { t: T0, o: 100, h: 101, l: 99, c: 100, v: 10 }; // the 09:30 hourly bar
    const folded = foldMinutes(base, [bar(59, 100, 100, 100, 100, 1), bar(60, 100, 103, 100, 102, 5), bar(75, 102, 104, 101, 103, 7)], 60 * MIN);
    expect(folded.map((c) => new Date(c.t).toISOString())).toEqual(['2026-03-02T14:30:00.000Z', '2026-03-02T15:30:00.000Z']);
    expect(folded[1]).toMatchObject({ o: 100, h: 104, l: 100, c: 103, v: 12 });
  });

  it('skips a window with no minutes rather than inventing an empty bar', () => {
    const folded = foldMinutes(bar(0, 1, 1, 1, 1, 1), [bar(12, 2, 2, 2, 2, 2)], 5 * MIN);
    expect(folded.map((c) => (c.t - T0) / MIN)).toEqual([0, 10]);
  });

  it('aligns to the epoch week when there is no server bar at all', () => {
    const folded = foldMinutes(undefined, [{ t: Date.parse('2026-03-04T10:17:00Z'), o: 1, h: 1, l: 1, c: 1, v: 1 }], 15 * MIN);
    expect(new Date(folded[0]!.t).toISOString()).toBe('2026-03-04T10:15:00.000Z');
  });
});

describe('live candles', () => {
  it('counts each minute once at its latest state, so repeated forming updates do not inflate volume', () => {
    const live = new LiveCandles(5 * MIN);
    live.reset({ t: T0, o: 100, h: 100, l: 100, c: 100, v: 500 }, T0 + 2 * MIN);
    live.add(bar(2, 100, 100.2, 100, 100.1, 10));
    live.add(bar(2, 100, 100.3, 99.9, 100.2, 25));
    live.add({ ...bar(2, 100, 100.3, 99.9, 100.25, 30) });
    expect(live.candles()).toEqual([{ t: T0, o: 100, h: 100.3, l: 99.9, c: 100.25, v: 530 }]);
  });

  it('ignores minutes the server bars already hold and drops them on a reset', () => {
    const live = new LiveCandles(MIN);
    live.add(bar(0, 1, 1, 1, 1, 1)); // arrives before the history
    live.add(bar(1, 2, 2, 2, 2, 2));
    live.reset(bar(0, 1, 1, 1, 1, 1), T0 + MIN);
    expect(live.add(bar(0, 9, 9, 9, 9, 9))).toBe(false);
    expect(live.candles().map((c) => c.o)).toEqual([1, 2]);
  });

  it('on the 1-minute chart every minute is its own candle', () => {
    const live = new LiveCandles(MIN);
    live.reset(bar(0, 1, 1, 1, 1, 1), T0 + MIN);
    live.add(bar(1, 2, 3, 1, 2.5, 4));
    live.add(bar(2, 2.5, 2.6, 2.4, 2.5, 1));
    expect(live.candles()).toEqual([bar(0, 1, 1, 1, 1, 1), bar(1, 2, 3, 1, 2.5, 4), bar(2, 2.5, 2.6, 2.4, 2.5, 1)]);
  });
});

describe('timeframes', () => {
  it('maps the buttons to API intervals and falls back to 5 minutes', () => {
    expect(timeframeOf('1D').interval).toBe('1d');
    expect(timeframeOf('1W').interval).toBe('1w');
    expect(timeframeOf('nonsense').key).toBe('5m');
    expect(toCandle({ t: '2026-03-02T14:30:00Z', o: 1, h: 2, l: 0.5, c: 1.5, v: 9 }).t).toBe(T0);
  });
});

describe('trade markers', () => {
  it('sit on the candle that contains them, oldest first, and wait for history older than the chart', () => {
    const times = [60_000, 120_000, 180_000];
    const markers = [
      { id: 'b', t: 185_000, side: 'SELL' as const, text: 'S' },
      { id: 'a', t: 119_999, side: 'BUY' as const, text: 'B' },
      { id: 'old', t: 59_999, side: 'BUY' as const, text: 'B' },
    ];
    expect(snapMarkers(times, markers).map((m) => [m.id, m.t])).toEqual([
      ['a', 60_000],
      ['b', 180_000],
    ]);
  });
});
