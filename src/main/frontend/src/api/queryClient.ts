import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './problem';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

export const queryKeys = {
  me: ['me'] as const,
  sessions: ['sessions'] as const,
  systemInfo: ['system-info'] as const,
  mailbox: ['dev-mailbox'] as const,
  auditLogs: (filters: object) => ['audit-logs', filters] as const,
  marketStatus: ['market-status'] as const,
  instruments: (filters: object) => ['instruments', filters] as const,
  quotes: (symbols: readonly string[]) => ['quotes', symbols] as const,
  instrument: (symbol: string) => ['instrument', symbol] as const,
  history: (symbol: string, interval: string) => ['history', symbol, interval] as const,
  sparkline: (symbol: string) => ['sparkline', symbol] as const,
  watchlist: ['watchlist'] as const,
  levels: (symbol: string, pivots: string) => ['levels', symbol, pivots] as const,
  indicators: (symbol: string, interval: string, specs: string) => ['indicators', symbol, interval, specs] as const,
  marketHealth: ['market-health'] as const,
};
