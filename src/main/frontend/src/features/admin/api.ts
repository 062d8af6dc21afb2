import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { queryKeys } from '../../api/queryClient';

export type AuditLogType = Schemas['AuditLogEntry']['type'];

export const AUDIT_LOG_TYPES: AuditLogType[] = [
  'LOGIN_SUCCEEDED',
  'LOGIN_FAILED',
  'ACCOUNT_LOCKED',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'ROLES_CHANGED',
  'REFRESH_TOKEN_REUSED',
  'USER_REGISTERED',
  'EMAIL_VERIFIED',
];

export interface AuditLogFilters {
  type?: AuditLogType;
  email?: string;
  /** ISO-8601 instants; `from` inclusive, `to` exclusive. */
  from?: string;
  to?: string;
  page: number;
  size: number;
}

export function useAuditLogs(filters: AuditLogFilters) {
  return useQuery({
    queryKey: queryKeys.auditLogs(filters),
    queryFn: () => unwrap(api.GET('/api/v1/admin/audit-logs', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}

export type MarketHealth = Schemas['HealthView'];

/** REST only (no health stream exists): re-read every 10 seconds while the page is open. */
export function useMarketHealth() {
  return useQuery({
    queryKey: queryKeys.marketHealth,
    queryFn: () => unwrap(api.GET('/api/v1/market/health')),
    refetchInterval: 10_000,
    refetchIntervalInBackground: false,
  });
}
