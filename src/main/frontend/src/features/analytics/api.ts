import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';
import { quoteSymbol } from '../markets/marketFormat';
import { backoffDelay } from '../markets/stream/connection';
import { indicatorQuery, type IndicatorKey, type IndicatorSeries } from './indicators';
import type { KeyLevels } from './levels';

export type PivotType = 'traditional' | 'fibonacci' | 'woodie' | 'classic' | 'demark' | 'camarilla';
export const PIVOT_TYPES: PivotType[] = ['traditional', 'fibonacci', 'woodie', 'classic', 'demark', 'camarilla'];

export type LevelsStreamState = 'connecting' | 'live' | 'reconnecting';

/**
 * Key levels of `symbol`: the REST answer for the first paint (and its loading and error states), then the
 * levels stream, which sends the same body at once and after every refresh (a minute). The stream opens only once
 * the REST call has succeeded, so an unknown instrument or one without data is not retried forever; after an
 * error it reconnects with a fresh ticket and exponential back-off, like the market stream.
 */
export function useKeyLevels(symbol: string, pivots: PivotType) {
  const client = useQueryClient();
  const key = quoteSymbol(symbol);
  const query = useQuery({
    queryKey: queryKeys.levels(key, pivots),
    queryFn: async () => (await unwrap(api.GET('/api/v1/levels/{symbol}', { params: { path: { symbol: key }, query: { pivots } } }))) as unknown as KeyLevels,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  });
  const [stream, setStream] = useState<LevelsStreamState>('connecting');
  const ready = query.isSuccess;
  useEffect(() => {
    if (!ready) return;
    let stopped = false;
    let source: EventSource | null = null;
    let timer: number | undefined;
    let failures = 0;
    const retry = () => {
      if (stopped) return;
      failures += 1;
      setStream('reconnecting');
      timer = window.setTimeout(() => void open(), backoffDelay(failures));
    };
    const open = async () => {
      let ticket: string;
      try {
        ticket = (await unwrap(api.POST('/api/v1/stream-tickets'))).ticket;
      } catch {
        retry();
        return;
      }
      if (stopped) return;
      const params = new URLSearchParams({ pivots, ticket });
      const es = new EventSource(`/api/v1/levels/${encodeURIComponent(key)}/stream?${params.toString()}`);
      source = es;
      es.addEventListener('levels', (event: MessageEvent<string>) => {
        try {
          client.setQueryData(queryKeys.levels(key, pivots), JSON.parse(event.data) as KeyLevels);
          failures = 0;
          setStream('live');
        } catch {
          // a malformed event: keep the levels already shown
        }
      });
      es.onerror = () => {
        // EventSource would retry with the same, soon expired, ticket: reopen with a new one instead.
        es.close();
        if (source === es) source = null;
        retry();
      };
    };
    void open();
    return () => {
      stopped = true;
      source?.close();
      window.clearTimeout(timer);
    };
  }, [ready, key, pivots, client]);
  return { ...query, stream };
}

/** Refetched every minute: no indicator stream exists, and a minute is the finest bar the chart folds in. */
const INDICATOR_REFRESH_MS = 60_000;

/** Indicator series over the chart interval's newest bars (the server warms them up on older history). */
export function useIndicators(symbol: string, interval: string, shown: ReadonlySet<IndicatorKey>) {
  const key = quoteSymbol(symbol);
  const specs = indicatorQuery(shown);
  return useQuery({
    queryKey: queryKeys.indicators(key, interval, specs),
    queryFn: async () => (await unwrap(api.GET('/api/v1/indicators/{symbol}', { params: { path: { symbol: key }, query: { interval, indicators: specs } } }))) as unknown as IndicatorSeries,
    enabled: specs !== '',
    placeholderData: keepPreviousData,
    refetchInterval: INDICATOR_REFRESH_MS,
  });
}
