import type { Schemas } from '../../api/client';

/**
 * Key levels as the server sends them. The server leaves null fields out (touches and zone edges outside swing
 * zones, distanceAtr and atr without enough daily history), so those are optional here whatever the schema says.
 */
export type ServerLevel = Omit<Schemas['Level'], 'touches' | 'zoneLow' | 'zoneHigh' | 'distanceAtr'> & { touches?: number; zoneLow?: number; zoneHigh?: number; distanceAtr?: number | null };
/** The server omits null fields: `atr` and `vwap` are absent before enough bars (VWAP between sessions). */
export type KeyLevels = Omit<Schemas['KeyLevels'], 'levels' | 'atr' | 'vwap'> & {
  levels: ServerLevel[];
  atr?: number | null;
  vwap?: Schemas['KeyLevels']['vwap'] | null;
};

export type LevelKind = ServerLevel['kind'];

/** The toggles of the chart and the card; each groups one or more of the server's level families. */
export const LEVEL_GROUPS = ['day', 'premarket', 'openingRange', 'weekMonth', 'pivots', 'vwap', 'swing', 'ema', 'atr'] as const;
export type LevelGroup = (typeof LEVEL_GROUPS)[number];

const GROUP_OF_FAMILY: Record<string, LevelGroup> = {
  DAY: 'day',
  PREMARKET: 'premarket',
  OPENING_RANGE: 'openingRange',
  WEEK: 'weekMonth',
  MONTH: 'weekMonth',
  PIVOT_DAILY: 'pivots',
  PIVOT_WEEKLY: 'pivots',
  PIVOT_MONTHLY: 'pivots',
  SWING: 'swing',
  EMA: 'ema',
  ATR: 'atr',
};

/** Shown until the user changes them: the intraday levels most traders watch, without the slower context. */
export const DEFAULT_GROUPS: ReadonlySet<LevelGroup> = new Set<LevelGroup>(['day', 'premarket', 'openingRange', 'vwap']);

/** A family the client does not know yet falls under no toggle and is always shown, rather than silently lost. */
export function groupOf(family: string): LevelGroup | null {
  return GROUP_OF_FAMILY[family] ?? null;
}

export function isShown(family: string, enabled: ReadonlySet<LevelGroup>): boolean {
  const group = groupOf(family);
  return group === null || enabled.has(group);
}

/** One level measured against the live price. */
export interface MeasuredLevel {
  name: string;
  family: string;
  price: number;
  kind: LevelKind;
  distance: number;
  /** null without an ATR */
  distanceAtr: number | null;
  touches?: number;
  zoneLow?: number;
  zoneHigh?: number;
}

/**
 * Distances and kinds against `price` (the live quote), as the server computes them at each refresh: above the
 * price RESISTANCE, at or below SUPPORT, pivots PIVOT whichever side they are on.
 */
export function measure(level: ServerLevel, price: number, atr: number | null | undefined): MeasuredLevel {
  const distance = level.price - price;
  const pivot = level.family.startsWith('PIVOT');
  return {
    name: level.name,
    family: level.family,
    price: level.price,
    kind: pivot ? 'PIVOT' : distance > 0 ? 'RESISTANCE' : 'SUPPORT',
    distance,
    distanceAtr: atr ? distance / atr : null,
    touches: level.touches,
    zoneLow: level.zoneLow,
    zoneHigh: level.zoneHigh,
  };
}

export interface GroupedLevels {
  /** Highest first, so that the nearest level above sits next to the price. */
  above: MeasuredLevel[];
  /** Highest (nearest) first. */
  below: MeasuredLevel[];
}

/** The shown levels split around `price`; a level exactly at the price counts as below (support). */
export function groupLevels(levels: readonly ServerLevel[], price: number, atr: number | null | undefined, enabled: ReadonlySet<LevelGroup>): GroupedLevels {
  const measured = levels
    .filter((l) => isShown(l.family, enabled))
    .map((l) => measure(l, price, atr))
    .sort((a, b) => b.price - a.price);
  return { above: measured.filter((l) => l.distance > 0), below: measured.filter((l) => l.distance <= 0) };
}

/** A horizontal line on the price chart. */
export interface PriceLineSpec {
  id: string;
  price: number;
  title: string;
  color: string;
  /** dashed for VWAP and its bands, solid for levels */
  dashed?: boolean;
}

export const LEVEL_COLORS: Record<LevelKind | 'VWAP' | 'BAND', string> = {
  RESISTANCE: 'rgba(248, 113, 113, 0.85)',
  SUPPORT: 'rgba(16, 185, 129, 0.85)',
  PIVOT: 'rgba(161, 161, 170, 0.75)',
  VWAP: 'rgba(212, 175, 122, 0.9)',
  BAND: 'rgba(212, 175, 122, 0.45)',
};

/** The chart's lines for the shown groups: each level, and the VWAP with its sigma bands. */
export function priceLines(data: KeyLevels, price: number, enabled: ReadonlySet<LevelGroup>): PriceLineSpec[] {
  const lines: PriceLineSpec[] = data.levels
    .filter((l) => isShown(l.family, enabled))
    .map((l) => {
      const m = measure(l, price, data.atr);
      return { id: `${l.family}:${l.name}:${l.price}`, price: l.price, title: l.touches ? `${l.name} ×${l.touches}` : l.name, color: LEVEL_COLORS[m.kind] };
    });
  const vwap = data.vwap;
  if (enabled.has('vwap') && vwap && vwap.value > 0) {
    lines.push({ id: 'vwap', price: vwap.value, title: 'VWAP', color: LEVEL_COLORS.VWAP, dashed: true });
    for (const band of vwap.bands ?? []) {
      lines.push({ id: `vwap+${band.sigma}`, price: band.upper, title: `+${band.sigma}σ`, color: LEVEL_COLORS.BAND, dashed: true });
      lines.push({ id: `vwap-${band.sigma}`, price: band.lower, title: `−${band.sigma}σ`, color: LEVEL_COLORS.BAND, dashed: true });
    }
  }
  return lines;
}
