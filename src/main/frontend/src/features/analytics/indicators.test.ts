import { describe, expect, it } from 'vitest';
import { indicatorLines, indicatorQuery, toPoints, type IndicatorKey, type IndicatorSeries } from './indicators';

const T = ['2026-03-02T14:30:00Z', '2026-03-02T14:35:00Z', '2026-03-02T14:40:00Z'];
const seconds = T.map((t) => Date.parse(t) / 1000);

const series: IndicatorSeries = {
  symbol: 'AAPL',
  interval: '5m',
  timezone: 'America/New_York',
  convention: 'STOCKCHARTS',
  t: T,
  indicators: {
    'sma(20)': { sma: [null, 10, 11] },
    'bb(20,2)': { middle: [null, 10, 11], upper: [null, 12, 13], lower: [null, 8, 9] },
    'rsi(14)': { rsi: [null, null, 55] },
    'macd(12,26,9)': { macd: [1, 2, 3], signal: [1, 1, 1], histogram: [-0.5, 0, 0.5] },
    'stoch(14,3,3)': { k: [20, 30, 40], d: [25, 25, 30] },
  },
};

describe('indicator series', () => {
  it('asks for the chosen indicators in a fixed order', () => {
    expect(indicatorQuery(new Set<IndicatorKey>(['stoch', 'sma', 'rsi']))).toBe('sma(20),rsi(14),stoch(14,3,3)');
    expect(indicatorQuery(new Set())).toBe('');
  });

  it('maps values onto the bar times and leaves out the warm-up nulls', () => {
    expect(toPoints(T, [null, 10, 11])).toEqual([
      { time: seconds[1], value: 10 },
      { time: seconds[2], value: 11 },
    ]);
    expect(toPoints(T, undefined)).toEqual([]);
  });

  it('puts overlays on the price pane and each oscillator in its own pane below, in order', () => {
    const lines = indicatorLines(series, new Set<IndicatorKey>(['sma', 'bb', 'rsi', 'stoch']));
    expect(lines.map((l) => [l.id, l.pane])).toEqual([
      ['sma.sma', 0],
      ['bb.middle', 0],
      ['bb.upper', 0],
      ['bb.lower', 0],
      ['rsi.rsi', 1],
      ['stoch.k', 2],
      ['stoch.d', 2],
    ]);
  });

  it('draws the MACD histogram as bars coloured by sign', () => {
    const lines = indicatorLines(series, new Set<IndicatorKey>(['macd']));
    const histogram = lines.find((l) => l.id === 'macd.histogram')!;
    expect(histogram).toMatchObject({ type: 'histogram', pane: 1 });
    expect(histogram.data.map((p) => p.color)).toEqual([expect.stringContaining('248, 113, 113'), expect.stringContaining('16, 185, 129'), expect.stringContaining('16, 185, 129')]);
  });

  it('skips an indicator the answer does not hold and finds one under another canonical key', () => {
    expect(indicatorLines(series, new Set<IndicatorKey>(['ema']))).toEqual([]);
    const renamed: IndicatorSeries = { ...series, indicators: { 'rsi(14.0)': { rsi: [1, 2, 3] } } };
    expect(indicatorLines(renamed, new Set<IndicatorKey>(['rsi']))[0]?.data).toHaveLength(3);
  });
});
