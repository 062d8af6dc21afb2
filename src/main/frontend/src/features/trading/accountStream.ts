import { backoffDelay, DEFAULT_BACKOFF, IDLE, nextConnection, type ConnectionEvent, type ConnectionStatus } from '../markets/stream/connection';
import type { EventSourceLike, StreamDeps } from '../markets/stream/marketStream';
import type { Account, Fill, Order, Position } from './api';

export interface AccountStreamHandlers {
  onAccount: (account: Account) => void;
  onPositions: (positions: Position[]) => void;
  onOrder: (order: Order) => void;
  onFill: (fill: Fill) => void;
  onConnection: (status: ConnectionStatus) => void;
}

/** What the stream needs from the browser: the market stream's own seams. */
export type AccountStreamDeps = Pick<StreamDeps, 'fetchTicket' | 'openEventSource' | 'setTimer' | 'clearTimer' | 'random'>;

/**
 * One account's live stream (`GET /accounts/{id}/stream`): account values and positions once a second and after
 * every change, orders and fills as they become durable. On an error the EventSource is closed and reopened with a
 * fresh ticket after a back-off (the browser's own retry would reuse the expired ticket). The server sends the
 * account's values on every (re)connect, so nothing needs resuming.
 */
export function openAccountStream(accountId: string, handlers: AccountStreamHandlers, deps: AccountStreamDeps): () => void {
  let status: ConnectionStatus = IDLE;
  let source: EventSourceLike | null = null;
  let retry: unknown = null;
  let stopped = false;

  const move = (event: ConnectionEvent) => {
    const next = nextConnection(status, event);
    if (next.state !== status.state || next.failures !== status.failures) {
      status = next;
      handlers.onConnection(status);
    }
  };

  const fail = () => {
    source?.close();
    source = null;
    if (stopped) return;
    move('error');
    retry = deps.setTimer(connect, backoffDelay(status.failures, DEFAULT_BACKOFF, deps.random ?? Math.random));
  };

  const json = <T>(listener: (value: T) => void) => (event: MessageEvent<string>) => {
    move('message');
    listener(JSON.parse(event.data) as T);
  };

  async function connect() {
    retry = null;
    move('start');
    let ticket: string;
    try {
      ticket = await deps.fetchTicket();
    } catch {
      fail();
      return;
    }
    if (stopped) return;
    const es = deps.openEventSource(`/api/v1/accounts/${encodeURIComponent(accountId)}/stream?ticket=${encodeURIComponent(ticket)}`);
    source = es;
    es.onopen = () => move('open');
    es.onerror = () => {
      if (source === es) fail();
    };
    es.addEventListener('account', json(handlers.onAccount));
    es.addEventListener('positions', json(handlers.onPositions));
    es.addEventListener('order', json(handlers.onOrder));
    es.addEventListener('fill', json(handlers.onFill));
  }

  void connect();
  return () => {
    stopped = true;
    if (retry !== null) deps.clearTimer(retry);
    source?.close();
    source = null;
    status = IDLE;
    handlers.onConnection(status);
  };
}
