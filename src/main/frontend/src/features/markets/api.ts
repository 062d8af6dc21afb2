import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';
import { quoteSymbol } from './marketFormat';

export type AssetClass = Schemas['InstrumentView']['assetClass'];
export type Instrument = Schemas['InstrumentView'];
export type Quote = Schemas['QuoteView'];
export type ExchangeStatus = Schemas['ExchangeStatusView'];
export type MarketSession = ExchangeStatus['session'];
export type WatchlistView = Schemas['WatchlistView'];
/** `quote` is absent (or null) for an instrument that has not traded yet. */
export type WatchlistItem = Omit<Schemas['WatchlistItem'], 'quote'> & { quote?: Schemas['QuoteView'] | null };

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

export function useInstrumentSearch(q: string, assetClass: AssetClass | undefined, enabled = true) {
  return useQuery({
    enabled,
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
    // No polling: the first paint comes from here, then the market stream keeps prices current.
    staleTime: 5 * 60_000,
  });
}

export function useInstrument(symbol: string) {
  return useQuery({
    queryKey: queryKeys.instrument(quoteSymbol(symbol)),
    queryFn: () => unwrap(api.GET('/api/v1/market/instruments/{symbol}', { params: { path: { symbol: quoteSymbol(symbol) } } })),
    staleTime: 10 * 60_000,
  });
}

export function fetchHistory(symbol: string, interval: string, query: { to?: string; limit?: number } = {}) {
  return unwrap(api.GET('/api/v1/market/history/{symbol}', { params: { path: { symbol: quoteSymbol(symbol) }, query: { interval, ...query } } }));
}

/** Thirty daily closes for a watchlist sparkline; the last point follows the live price. */
export function useSparkline(symbol: string) {
  return useQuery({
    queryKey: queryKeys.sparkline(quoteSymbol(symbol)),
    queryFn: async () => (await fetchHistory(symbol, '1d', { limit: 30 })).bars.map((bar) => bar.c),
    staleTime: 10 * 60_000,
  });
}

function normaliseWatchlist(view: WatchlistView): { items: WatchlistItem[]; maxItems: number } {
  return { items: view.items.map((item) => ({ ...item, quote: item.quote ?? null })), maxItems: view.maxItems };
}

export function useWatchlist() {
  return useQuery({
    queryKey: queryKeys.watchlist,
    queryFn: async () => normaliseWatchlist(await unwrap(api.GET('/api/v1/watchlist'))),
    staleTime: 5 * 60_000,
  });
}

/** Adds or removes a symbol; the server answers with the new list, which replaces the cached one. */
export function useWatchlistToggle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ symbol, watched }: { symbol: string; watched: boolean }) => {
      const path = { path: { symbol: quoteSymbol(symbol) } };
      return unwrap(watched ? api.PUT('/api/v1/watchlist/{symbol}', { params: path }) : api.DELETE('/api/v1/watchlist/{symbol}', { params: path }));
    },
    onSuccess: (view) => client.setQueryData(queryKeys.watchlist, normaliseWatchlist(view)),
  });
}
