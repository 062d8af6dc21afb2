import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { ConnectionState } from '../markets/stream/connection';
import { openAccountStream } from './accountStream';
import { tradingKeys, type Account } from './api';

/**
 * Keeps an account's cached values and positions current from its stream, and refreshes the order, fill and trade
 * lists when an order or fill arrives (batched: a bracket fill sends several events at once).
 */
export function useAccountStream(accountId: string | undefined): ConnectionState {
  const client = useQueryClient();
  const [state, setState] = useState<ConnectionState>('idle');
  useEffect(() => {
    if (!accountId) return;
    let refresh: number | null = null;
    const refreshLists = () => {
      if (refresh !== null) return;
      refresh = window.setTimeout(() => {
        refresh = null;
        for (const list of ['orders', 'fills', 'trades'])
          void client.invalidateQueries({ queryKey: [...tradingKeys.ofAccount(accountId), list] });
      }, 250);
    };
    const stop = openAccountStream(
      accountId,
      {
        onAccount: (account) => {
          client.setQueryData(tradingKeys.account(accountId), account);
          client.setQueryData<Account[]>(tradingKeys.accounts, (all) => all?.map((a) => (a.id === account.id ? account : a)));
        },
        onPositions: (positions) => client.setQueryData(tradingKeys.positions(accountId), positions),
        onOrder: refreshLists,
        onFill: refreshLists,
        onConnection: (status) => setState(status.state),
      },
      {
        fetchTicket: async () => (await unwrap(api.POST('/api/v1/stream-tickets'))).ticket,
        openEventSource: (url) => new EventSource(url),
        setTimer: (fn, ms) => window.setTimeout(fn, ms),
        clearTimer: (handle) => window.clearTimeout(handle as number),
      },
    );
    return () => {
      stop();
      if (refresh !== null) window.clearTimeout(refresh);
    };
  }, [accountId, client]);
  return state;
}
