import { describe, expect, it, vi } from 'vitest';
import type { EventSourceLike } from '../markets/stream/marketStream';
import { openAccountStream, type AccountStreamHandlers } from './accountStream';

class FakeSource implements EventSourceLike {
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data: unknown) {
    this.listeners.get(type)?.({ data: JSON.stringify(data) } as MessageEvent<string>);
  }
}

function harness() {
  const sources: FakeSource[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  let tickets = 0;
  const handlers: AccountStreamHandlers = { onAccount: vi.fn(), onPositions: vi.fn(), onOrder: vi.fn(), onFill: vi.fn(), onConnection: vi.fn() };
  const stop = openAccountStream('acc-1', handlers, {
    fetchTicket: () => Promise.resolve(`t${++tickets}`),
    openEventSource: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    clearTimer: vi.fn(),
    random: () => 0.5,
  });
  return { sources, timers, handlers, stop };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('account stream', () => {
  it('opens the account stream with a ticket and routes each event to its handler', async () => {
    const { sources, handlers } = harness();
    await flush();
    expect(sources[0]!.url).toBe('/api/v1/accounts/acc-1/stream?ticket=t1');
    sources[0]!.onopen?.(new Event('open'));
    sources[0]!.emit('account', { id: 'acc-1', equity: 101 });
    sources[0]!.emit('positions', [{ symbol: 'BTC-USD' }]);
    sources[0]!.emit('order', { id: 'o1', status: 'FILLED' });
    sources[0]!.emit('fill', { id: 'f1' });
    expect(handlers.onAccount).toHaveBeenCalledWith({ id: 'acc-1', equity: 101 });
    expect(handlers.onPositions).toHaveBeenCalledWith([{ symbol: 'BTC-USD' }]);
    expect(handlers.onOrder).toHaveBeenCalledWith({ id: 'o1', status: 'FILLED' });
    expect(handlers.onFill).toHaveBeenCalledWith({ id: 'f1' });
    expect(handlers.onConnection).toHaveBeenLastCalledWith({ state: 'live', failures: 0 });
  });

  it('after an error closes the source and reconnects with a fresh ticket after a back-off', async () => {
    const { sources, timers, handlers } = harness();
    await flush();
    sources[0]!.onerror?.(new Event('error'));
    expect(sources[0]!.closed).toBe(true);
    expect(handlers.onConnection).toHaveBeenLastCalledWith({ state: 'reconnecting', failures: 1 });
    expect(timers[0]!.ms).toBe(1000);
    timers[0]!.fn();
    await flush();
    expect(sources[1]!.url).toContain('ticket=t2');
    sources[1]!.onerror?.(new Event('error'));
    expect(timers[1]!.ms).toBe(2000);
  });

  it('stops cleanly: the source closes and no retry fires', async () => {
    const { sources, timers, stop, handlers } = harness();
    await flush();
    stop();
    expect(sources[0]!.closed).toBe(true);
    sources[0]!.onerror?.(new Event('error'));
    expect(timers).toHaveLength(0);
    expect(handlers.onConnection).toHaveBeenLastCalledWith({ state: 'idle', failures: 0 });
  });
});
