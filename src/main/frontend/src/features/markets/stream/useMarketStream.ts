import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/problem';
import { useMarketStatus, useQuotes, type ExchangeStatus, type Quote } from '../api';
import { quoteSymbol } from '../marketFormat';
import type { ConnectionState } from './connection';
import { MarketStream, type LiveQuote, type StreamListener } from './marketStream';

let shared: MarketStream | null = null;

/** The page's one stream, created on first use; follows the browser's online/offline events. */
function marketStream(): MarketStream {
  if (shared) return shared;
  const stream = new MarketStream({
    fetchTicket: async () => (await unwrap(api.POST('/api/v1/stream-tickets'))).ticket,
    openEventSource: (url) => new EventSource(url),
    setTimer: (fn, ms) => window.setTimeout(fn, ms),
    clearTimer: (handle) => window.clearTimeout(handle as number),
  });
  window.addEventListener('online', () => stream.setOnline(true));
  window.addEventListener('offline', () => stream.setOnline(false));
  shared = stream;
  return stream;
}

/**
 * Live quotes, bars and exchange statuses for `symbols`, multiplexed with every other component of the page on one
 * EventSource. `listener` receives each event as it arrives (for charts); the returned quotes are re-published
 * at most four times a second (for text).
 */
export function useMarketStream(symbols: readonly string[], listener?: StreamListener) {
  const stream = marketStream();
  const key = [...new Set(symbols.map(quoteSymbol))].sort().join(',');
  const listenerRef = useRef(listener);
  useEffect(() => {
    listenerRef.current = listener;
  });
  useEffect(() => {
    if (!key) return;
    return stream.subscribe(key.split(','), {
      onQuote: (quote) => listenerRef.current?.onQuote?.(quote),
      onBar: (bar) => listenerRef.current?.onBar?.(bar),
      onStatus: (status) => listenerRef.current?.onStatus?.(status),
    });
  }, [stream, key]);
  const connection = useSyncExternalStore(
    (cb) => stream.onConnection(cb),
    () => stream.connection(),
  );
  const snapshot = useSyncExternalStore(
    (cb) => stream.onSnapshot(cb),
    () => stream.quoteSnapshot(),
  );
  return { connection: connection.state as ConnectionState, quotes: snapshot.quotes, statuses: snapshot.statuses, serverNow: () => stream.serverNow() };
}

function newer(live: LiveQuote | undefined, rest: Quote | undefined): Quote | undefined {
  if (!live) return rest;
  if (!rest) return live;
  return Date.parse(live.timestamp) >= Date.parse(rest.timestamp) ? live : rest;
}

/** Quotes from the REST endpoint for the first paint, then from the stream. Keys are normalised (EUR-USD). */
export function useLiveQuotes(symbols: readonly string[]) {
  const rest = useQuotes(symbols);
  const live = useMarketStream(symbols);
  const quotes = useMemo(() => {
    const merged = new Map<string, Quote>();
    for (const symbol of symbols.map(quoteSymbol)) {
      const quote = newer(live.quotes.get(symbol), rest.data?.get(symbol));
      if (quote) merged.set(symbol, quote);
    }
    return merged;
  }, [symbols, live.quotes, rest.data]);
  return { quotes, connection: live.connection, loading: rest.isPending && rest.fetchStatus !== 'idle' };
}

/** Exchange sessions from the status endpoint, overridden by the stream's `status` events where newer. */
export function useLiveMarketStatus() {
  const status = useMarketStatus();
  const stream = marketStream();
  const snapshot = useSyncExternalStore(
    (cb) => stream.onSnapshot(cb),
    () => stream.quoteSnapshot(),
  );
  const data = useMemo<ExchangeStatus[] | undefined>(
    () => status.data?.map((s) => snapshot.statuses.get(s.exchange) ?? s),
    [status.data, snapshot.statuses],
  );
  return { ...status, data } as typeof status;
}
