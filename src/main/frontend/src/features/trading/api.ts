import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/problem';
import { quoteSymbol } from '../markets/marketFormat';

export type Account = Schemas['AccountView'];
export type Position = Schemas['PositionView'];
export type Order = Schemas['OrderView'];
export type Fill = Schemas['FillView'];
export type OrderRequest = Schemas['OrderRequest'];
export type ReplaceRequest = Schemas['ReplaceRequest'];
export type OpenAccountRequest = Schemas['OpenAccountRequest'];
export type OrderType = OrderRequest['type'];
export type OrderSide = OrderRequest['side'];
export type OrderClass = NonNullable<OrderRequest['orderClass']>;
export type TimeInForce = NonNullable<OrderRequest['timeInForce']>;

/** Where the terminal remembers the account last traded in (the dashboard reports on the same one). */
export const ACCOUNT_KEY = 'tradesense.tradeAccount';

export const ORDER_TYPES: OrderType[] = ['MARKET', 'LIMIT', 'STOP', 'STOP_LIMIT', 'TRAILING_STOP'];
export const ORDER_CLASSES: OrderClass[] = ['SIMPLE', 'BRACKET', 'OCO', 'OTO'];
export const TIMES_IN_FORCE: TimeInForce[] = ['DAY', 'GTC', 'IOC', 'FOK'];

/** Query keys of one account; everything of an account is invalidated together after a change. */
export const tradingKeys = {
  accounts: ['trading', 'accounts'] as const,
  account: (id: string) => ['trading', 'account', id] as const,
  positions: (id: string) => ['trading', 'account', id, 'positions'] as const,
  orders: (id: string, filter: object) => ['trading', 'account', id, 'orders', filter] as const,
  fills: (id: string, filter: object) => ['trading', 'account', id, 'fills', filter] as const,
  trades: (id: string, filter: object) => ['trading', 'account', id, 'trades', filter] as const,
  ofAccount: (id: string) => ['trading', 'account', id] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useAccounts() {
  return useQuery({ queryKey: tradingKeys.accounts, queryFn: () => unwrap(api.GET('/api/v1/accounts')) });
}

export function useAccount(id: string | undefined) {
  return useQuery({
    enabled: !!id,
    queryKey: tradingKeys.account(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', path(id!))),
  });
}

export function usePositions(id: string | undefined) {
  return useQuery({
    enabled: !!id,
    queryKey: tradingKeys.positions(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}/positions', path(id!))),
  });
}

export interface OrderFilter {
  status: 'open' | 'closed' | 'all';
  symbol?: string;
  page?: number;
  size?: number;
}

export function fetchOrders(id: string, filter: OrderFilter) {
  return unwrap(api.GET('/api/v1/accounts/{id}/orders', { params: { path: { id }, query: { status: filter.status, symbol: filter.symbol, page: filter.page ?? 0, size: filter.size ?? 50 } } }));
}

export function useOrders(id: string | undefined, filter: OrderFilter) {
  return useQuery({
    enabled: !!id,
    queryKey: tradingKeys.orders(id ?? '', filter),
    queryFn: () => fetchOrders(id!, filter),
    placeholderData: keepPreviousData,
  });
}

export interface SymbolPage {
  symbol?: string;
  page?: number;
  size?: number;
}

export function fetchFills(id: string, filter: SymbolPage) {
  return unwrap(api.GET('/api/v1/accounts/{id}/fills', { params: { path: { id }, query: { symbol: filter.symbol, page: filter.page ?? 0, size: filter.size ?? 50 } } }));
}

export function useFills(id: string | undefined, filter: SymbolPage) {
  return useQuery({
    enabled: !!id,
    queryKey: tradingKeys.fills(id ?? '', filter),
    queryFn: () => fetchFills(id!, filter),
    placeholderData: keepPreviousData,
  });
}

export function fetchTrades(id: string, filter: SymbolPage) {
  return unwrap(api.GET('/api/v1/accounts/{id}/trades', { params: { path: { id }, query: { symbol: filter.symbol, page: filter.page ?? 0, size: filter.size ?? 50 } } }));
}

export function useTrades(id: string | undefined, filter: SymbolPage) {
  return useQuery({
    enabled: !!id,
    queryKey: tradingKeys.trades(id ?? '', filter),
    queryFn: () => fetchTrades(id!, filter),
    placeholderData: keepPreviousData,
  });
}

/** Every page of a paged list, for CSV export; stops at `cap` rows so an export never runs away. */
export async function fetchAllPages<T>(fetchPage: (page: number) => Promise<{ items: T[]; totalPages: number }>, cap = 5000): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; rows.length < cap; page++) {
    const result = await fetchPage(page);
    rows.push(...result.items);
    if (page + 1 >= result.totalPages || result.items.length === 0) break;
  }
  return rows.slice(0, cap);
}

function useAccountMutation<V, R>(id: string | undefined, call: (id: string, vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => call(id!, vars),
    onSettled: () => client.invalidateQueries({ queryKey: tradingKeys.ofAccount(id ?? '') }),
  });
}

export function useOpenAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: OpenAccountRequest; key: string }) => unwrap(api.POST('/api/v1/accounts', { body, params: { header: { 'Idempotency-Key': key } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: tradingKeys.accounts }),
  });
}

export function usePlaceOrder(id: string | undefined) {
  return useAccountMutation(id, (account, { body, key }: { body: OrderRequest; key: string }) =>
    unwrap(api.POST('/api/v1/accounts/{id}/orders', { body, params: { path: { id: account }, header: { 'Idempotency-Key': key } } })),
  );
}

export function previewOrder(id: string, body: OrderRequest) {
  return unwrap(api.POST('/api/v1/accounts/{id}/orders/preview', { body, params: { path: { id } } }));
}

export function useCancelOrder(id: string | undefined) {
  return useAccountMutation(id, (account, orderId: string) => unwrap(api.DELETE('/api/v1/accounts/{id}/orders/{orderId}', { params: { path: { id: account, orderId } } })));
}

export function useReplaceOrder(id: string | undefined) {
  return useAccountMutation(id, (account, { orderId, body }: { orderId: string; body: ReplaceRequest }) =>
    unwrap(api.PATCH('/api/v1/accounts/{id}/orders/{orderId}', { body, params: { path: { id: account, orderId } } })),
  );
}

export function useClosePosition(id: string | undefined) {
  return useAccountMutation(id, (account, { symbol, qty }: { symbol: string; qty?: number }) =>
    unwrap(api.POST('/api/v1/accounts/{id}/positions/{symbol}/close', { params: { path: { id: account, symbol: quoteSymbol(symbol) }, query: { qty } } })),
  );
}

export function useCloseAll(id: string | undefined) {
  return useAccountMutation(id, (account, _: void) => unwrap(api.POST('/api/v1/accounts/{id}/positions/close-all', path(account))));
}

export function useResetAccount(id: string | undefined) {
  return useAccountMutation(id, (account, _: void) => unwrap(api.POST('/api/v1/accounts/{id}/reset', path(account))));
}
