import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUPS, groupLevels, groupOf, isShown, measure, priceLines, type KeyLevels, type LevelGroup, type ServerLevel } from './levels';

const level = (name: string, family: string, price: number, extra: Partial<ServerLevel> = {}): ServerLevel => ({ name, family, price, kind: 'SUPPORT', distance: 0, ...extra });

const LEVELS: ServerLevel[] = [
  level('PDL', 'DAY', 95),
  level('D.S1', 'PIVOT_DAILY', 97),
  level('PML', 'PREMARKET', 99),
  level('PDC', 'DAY', 100),
  level('PMH', 'PREMARKET', 101),
  level('D.R1', 'PIVOT_DAILY', 103),
  level('SR', 'SWING', 104, { touches: 3, zoneLow: 103.8, zoneHigh: 104.2 }),
  level('PDH', 'DAY', 105),
];

const all = new Set<LevelGroup>(['day', 'premarket', 'pivots', 'swing', 'vwap']);

describe('key levels', () => {
  it('splits levels around the live price, highest first on both sides', () => {
    const { above, below } = groupLevels(LEVELS, 100.5, 2, all);
    expect(above.map((l) => l.name)).toEqual(['PDH', 'SR', 'D.R1', 'PMH']);
    expect(below.map((l) => l.name)).toEqual(['PDC', 'PML', 'D.S1', 'PDL']);
  });

  it('counts a level exactly at the price as support', () => {
    const { above, below } = groupLevels(LEVELS, 100, 2, all);
    expect(above.some((l) => l.name === 'PDC')).toBe(false);
    expect(below[0]).toMatchObject({ name: 'PDC', kind: 'SUPPORT', distance: 0 });
  });

  it('measures distance in currency and in ATRs against the live price, not the refresh price', () => {
    expect(measure(level('PDH', 'DAY', 105, { distance: 1, distanceAtr: 0.5 }), 101, 2)).toMatchObject({ distance: 4, distanceAtr: 2, kind: 'RESISTANCE' });
    expect(measure(level('PDL', 'DAY', 95), 101, 2)).toMatchObject({ distance: -6, distanceAtr: -3, kind: 'SUPPORT' });
  });

  it('has no ATR distance without an ATR', () => {
    expect(measure(level('PDH', 'DAY', 105), 100, null).distanceAtr).toBeNull();
    expect(measure(level('PDH', 'DAY', 105), 100, 0).distanceAtr).toBeNull();
  });

  it('keeps pivots as pivots on either side of the price', () => {
    const { above, below } = groupLevels(LEVELS, 100, 2, all);
    expect(above.find((l) => l.name === 'D.R1')?.kind).toBe('PIVOT');
    expect(below.find((l) => l.name === 'D.S1')?.kind).toBe('PIVOT');
  });

  it('hides the families whose toggle is off', () => {
    const { above, below } = groupLevels(LEVELS, 100, 2, new Set<LevelGroup>(['day']));
    expect([...above, ...below].map((l) => l.family)).toEqual(['DAY', 'DAY', 'DAY']);
  });

  it('groups the server families under the toggles, and always shows a family it does not know', () => {
    expect(groupOf('PIVOT_WEEKLY')).toBe('pivots');
    expect(groupOf('WEEK')).toBe('weekMonth');
    expect(groupOf('MONTH')).toBe('weekMonth');
    expect(groupOf('OPENING_RANGE')).toBe('openingRange');
    expect(isShown('SOMETHING_NEW', new Set())).toBe(true);
    expect(isShown('EMA', DEFAULT_GROUPS)).toBe(false);
    expect(isShown('DAY', DEFAULT_GROUPS)).toBe(true);
  });

  it('draws VWAP and its bands only when the VWAP toggle is on', () => {
    const data: KeyLevels = {
      symbol: 'X',
      asOf: '2026-03-02T15:00:00Z',
      tradingDate: '2026-03-02',
      timezone: 'America/New_York',
      price: 100,
      atr: 2,
      levels: [level('PDH', 'DAY', 105), level('SR', 'SWING', 98, { touches: 4 })],
      pivots: {},
      vwap: { value: 100.2, deviation: 0.5, bands: [{ sigma: 1, upper: 100.7, lower: 99.7 }] },
    };
    // Between sessions the server sends no VWAP at all.
    expect(priceLines({ ...data, vwap: undefined }, 100, new Set<LevelGroup>(['vwap']))).toEqual([]);
    const withVwap = priceLines(data, 100, new Set<LevelGroup>(['day', 'swing', 'vwap']));
    expect(withVwap.map((l) => l.title)).toEqual(['PDH', 'SR ×4', 'VWAP', '+1σ', '−1σ']);
    expect(withVwap[0]!.color).toContain('248, 113, 113');
    expect(withVwap[1]!.color).toContain('16, 185, 129');
    expect(priceLines(data, 100, new Set<LevelGroup>(['day'])).map((l) => l.title)).toEqual(['PDH']);
  });
});
