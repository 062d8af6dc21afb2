import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';
import { quoteSymbol } from './marketFormat';

export type AssetClass = Schemas['InstrumentView']['assetClass'];
export type Instrument = Schemas['InstrumentView'];
export type Quote = Schemas['QuoteView'];
export type ExchangeStatus = Schemas['ExchangeStatusView'];
export type MarketSession = ExchangeStatus['session'];

export const ASSET_CLASSES: AssetClass[] = ['STOCK', 'ETF', 'INDEX', 'CRYPTO', 'FX', 'COMMODITY'];

/** The quotes endpoint takes at most this many symbols per call. */
export const MAX_QUOTE_SYMBOLS = 50;


export function useMarketStatus() {
  return useQuery({
    queryKey: queryKeys.marketStatus,
    queryFn: () => unwrap(api.GET('/api/v1/market/status')),
    refetchInterval: 60_000,
  });
}

export function useInstrumentSearch(q: string, assetClass: AssetClass | undefined) {
  return useQuery({
    queryKey: queryKeys.instruments({ q, assetClass }),
    queryFn: () => unwrap(api.GET('/api/v1/market/instruments', { params: { query: { q: q || undefined, assetClass, size: 50 } } })),
    placeholderData: keepPreviousData,
  });
}

/** Quotes for the given symbols (at most 50); instruments that have not traded are simply absent. */
export function useQuotes(symbols: readonly string[]) {
  const wanted = symbols.slice(0, MAX_QUOTE_SYMBOLS).map(quoteSymbol);
  return useQuery({
    queryKey: queryKeys.quotes(wanted),
    queryFn: async () => {
      const quotes = await unwrap(api.GET('/api/v1/market/quotes', { params: { query: { symbols: wanted.join(',') } } }));
      return new Map(quotes.map((quote) => [quoteSymbol(quote.symbol), quote]));
    },
    enabled: wanted.length > 0,
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
}
