import { describe, expect, it } from 'vitest';
import { changeTone, decimalsForTick, intlTimeZone, formatChangePercent, formatPrice, formatSignedPrice, formatVolume, priceDecimals, quoteSymbol } from './marketFormat';

describe('market formatting', () => {
  it('derives decimals from the tick size', () => {
    expect(decimalsForTick(0.01)).toBe(2);
    expect(decimalsForTick(0.0001)).toBe(4);
    expect(decimalsForTick(1)).toBe(0);
    expect(decimalsForTick(1e-7)).toBe(7);
    expect(decimalsForTick(undefined)).toBe(2);
  });

  it('formats prices in their currency, or plainly when the code is not a currency', () => {
    expect(formatPrice('en', 189.5, 'USD', 2)).toBe('$189.50');
    expect(formatPrice('en', 1234.5, 'PTS', 1)).toContain('1,234.5');
    expect(formatPrice('en', 12, 'points', 0)).toBe('12');
  });

  it('signs changes and colours gains and losses', () => {
    expect(formatChangePercent('en', 1.5)).toBe('+1.50%');
    expect(formatChangePercent('en', -0.42)).toBe('-0.42%');
    expect(formatChangePercent('en', 0)).toBe('0.00%');
    expect(changeTone(1)).toBe('text-gain');
    expect(changeTone(-1)).toBe('text-loss');
    expect(changeTone(null)).toBe('text-muted');
  });

  it('writes FX symbols with a dash for requests', () => {
    expect(quoteSymbol('EUR/USD')).toBe('EUR-USD');
    expect(quoteSymbol('aapl')).toBe('AAPL');
  });

  it('turns java.time zone ids into zones Intl accepts', () => {
    expect(intlTimeZone('Z')).toBe('UTC');
    expect(intlTimeZone('America/New_York')).toBe('America/New_York');
    expect(intlTimeZone('+01:00')).toBe('Etc/GMT-1');
    expect(intlTimeZone('-05:00')).toBe('Etc/GMT+5');
    expect(intlTimeZone('+00:00')).toBe('UTC');
    expect(intlTimeZone('Mars/Olympus')).toBe('UTC');
    expect(intlTimeZone(undefined)).toBe('UTC');
  });

  it('picks decimals for prices shown without a tick size', () => {
    expect(priceDecimals(1.16234, 'EUR/USD')).toBe(5);
    expect(priceDecimals(155.2, 'USD/JPY')).toBe(3);
    expect(priceDecimals(0.2345, 'DOGE-USD')).toBe(4);
    expect(priceDecimals(67412.35, 'BTC-USD')).toBe(2);
    expect(priceDecimals(1.2, 'EUR/USD', 0.0001)).toBe(4);
  });

  it('signs price changes in their currency and abbreviates volume', () => {
    expect(formatSignedPrice('en', 1.25, 'USD', 2)).toBe('+$1.25');
    expect(formatSignedPrice('en', -0.4, 'USD', 2)).toBe('-$0.40');
    expect(formatSignedPrice('en', 0, 'USD', 2)).toBe('$0.00');
    expect(formatSignedPrice('fr', 1.5, 'EUR', 2)).toMatch(/^\+1,50\s€$/);
    expect(formatVolume('en', 950)).toBe('950');
    expect(formatVolume('en', 12_345)).toBe('12.35K');
    expect(formatVolume('en', 4_560_000)).toBe('4.56M');
  });
});
