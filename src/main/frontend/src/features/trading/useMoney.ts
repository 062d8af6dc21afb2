import { useTranslation } from 'react-i18next';
import { formatChangePercent, formatPrice, formatSignedPrice } from '../markets/marketFormat';

/** Money in an account's currency (two decimals), signed P&L, prices at a tick's precision and quantities. */
export function useMoney(currency: string) {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 8 });
  return {
    money: (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatPrice(locale, value, currency, 2)),
    pnl: (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatSignedPrice(locale, value, currency, 2)),
    price: (value: number | null | undefined, decimals = 2) => (value === null || value === undefined ? '—' : formatPrice(locale, value, currency, decimals)),
    percent: (value: number | null | undefined) => (value === null || value === undefined ? '—' : formatChangePercent(locale, value)),
    qty: (value: number | null | undefined) => (value === null || value === undefined ? '—' : quantity.format(value)),
  };
}

/**
 * Decimals for a price in lists that span instruments (positions, orders, fills) where the tick size is not at
 * hand: FX quotes to the pip's tenth (three for yen pairs), sub-dollar prices to four, everything else to cents.
 */
export function listDecimals(assetClass: string, price: number | null | undefined): number {
  if (assetClass === 'FX') return price !== null && price !== undefined && price >= 20 ? 3 : 5;
  return price !== null && price !== undefined && price > 0 && price < 1 ? 4 : 2;
}

/** As {@link listDecimals} for rows that carry only a symbol: FX pairs are the catalog's only symbols with a slash. */
export function symbolDecimals(symbol: string, price: number | null | undefined): number {
  return listDecimals(symbol.includes('/') ? 'FX' : '', price);
}
