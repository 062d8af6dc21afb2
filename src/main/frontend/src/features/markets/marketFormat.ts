import type { MarketSession } from './api';

/** FX symbols are written EUR-USD in request parameters (an encoded slash is refused). */
export function quoteSymbol(symbol: string): string {
  return symbol.replace('/', '-').toUpperCase();
}

/** Decimal places implied by a tick size (0.01 -> 2, 0.0001 -> 4, 1 -> 0), clamped to 0..8. */
export function decimalsForTick(tickSize: number | undefined): number {
  if (!tickSize || !Number.isFinite(tickSize) || tickSize <= 0) return 2;
  const text = String(tickSize);
  const exp = /e-(\d+)$/.exec(text);
  const decimals = exp ? Number(exp[1]) : (text.split('.')[1]?.length ?? 0);
  return Math.min(8, Math.max(0, decimals));
}

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** A price in its currency when the currency is an ISO code, as a plain number otherwise. */
export function formatPrice(locale: string, value: number, currency: string, decimals: number): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return formatter(locale, { style: 'currency', currency, ...digits }).format(value);
    } catch {
      // not a currency Intl knows: fall through
    }
  }
  return formatter(locale, digits).format(value);
}

/** A change in percent (1.5 means 1.5%) with its sign: +1.50 %, −0.42 %, 0.00 %. */
export function formatChangePercent(locale: string, percent: number): string {
  return formatter(locale, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(percent / 100);
}

export function changeTone(value: number | null | undefined): string {
  if (value === null || value === undefined || value === 0) return 'text-muted';
  return value > 0 ? 'text-gain' : 'text-loss';
}

/**
 * A time zone Intl accepts. The server names zones the way java.time does, which for UTC offsets is not an IANA
 * name ("Z" for the crypto calendar, "+01:00"): those become UTC or an Etc/GMT zone; anything else unknown, UTC.
 */
export function intlTimeZone(zone: string | null | undefined): string {
  if (!zone || zone === 'Z') return 'UTC';
  const offset = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?00)?$/.exec(zone);
  // Etc/GMT signs are inverted: Etc/GMT-1 is one hour ahead of UTC.
  const candidate = offset ? (Number(offset[2]) === 0 ? 'UTC' : `Etc/GMT${offset[1] === '+' ? '-' : '+'}${Number(offset[2])}`) : zone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: candidate });
    return candidate;
  } catch {
    return 'UTC';
  }
}

/**
 * Decimals for a price shown without its instrument's tick size (watchlist rows, ticker): FX pairs 5 (3 for
 * large quotes such as USD/JPY), sub-unit prices 4, everything else 2.
 */
export function priceDecimals(price: number | null | undefined, symbol: string, tickSize?: number): number {
  if (tickSize) return decimalsForTick(tickSize);
  const p = Math.abs(price ?? 0);
  if (symbol.includes('/')) return p >= 20 ? 3 : 5;
  return p > 0 && p < 1 ? 4 : 2;
}

/** A price change with its sign and currency: +$1.25, −$0.40, $0.00. */
export function formatSignedPrice(locale: string, value: number, currency: string, decimals: number): string {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'exceptZero' as const };
  if (/^[A-Z]{3}$/.test(currency)) {
    try {
      return formatter(locale, { style: 'currency', currency, ...digits }).format(value);
    } catch {
      // not a currency Intl knows: fall through
    }
  }
  return formatter(locale, digits).format(value);
}

/** Volume in compact notation: 950, 12.3K, 4.56M. */
export function formatVolume(locale: string, volume: number): string {
  return formatter(locale, { notation: 'compact', maximumFractionDigits: volume >= 1000 ? 2 : 0 }).format(volume);
}

export const sessionTone: Record<MarketSession, 'emerald' | 'champagne' | 'neutral'> = {
  OPEN: 'emerald',
  PRE_MARKET: 'champagne',
  AFTER_HOURS: 'champagne',
  CLOSED: 'neutral',
};
