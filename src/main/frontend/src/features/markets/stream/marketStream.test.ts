import { describe, expect, it } from 'vitest';
import { MarketStream, type EventSourceLike } from './marketStream';

class FakeSource implements EventSourceLike {
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, id: number, data: object) {
    this.listeners.get(type)?.({ data: JSON.stringify(data), lastEventId: String(id) } as MessageEvent<string>);
  }
  params() {
    return new URL(this.url, 'http://local').searchParams;
  }
}

/** A hand-driven clock: timers run only when the test advances time. */
function harness(options: { failTickets?: number } = {}) {
  let now = 0;
  let tickets = 0;
  let failTickets = options.failTickets ?? 0;
  const timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let timerId = 0;
  const sources: FakeSource[] = [];
  const stream = new MarketStream({
    fetchTicket: async () => {
      if (failTickets > 0) {
        failTickets--;
        throw new Error('network');
      }
      return `ticket-${++tickets}`;
    },
    openEventSource: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    setTimer: (fn, ms) => {
      const id = ++timerId;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      const index = timers.findIndex((t) => t.id === id);
      if (index >= 0) timers.splice(index, 1);
    },
    now: () => now,
    random: () => 0.5,
  });
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = next.at;
      next.fn();
      await Promise.resolve();
      await Promise.resolve();
    }
    now = until;
    await Promise.resolve();
  };
  return { stream, sources, advance, last: () => sources[sources.length - 1]! };
}

const quote = (symbol: string, price: number) => ({ symbol, price, serverTime: '1970-01-01T00:00:10Z' });

describe('the shared market stream', () => {
  it('opens one EventSource for the union of what every component watches, with a ticket', async () => {
    const h = harness();
    h.stream.subscribe(['AAPL', 'BTC-USD']);
    h.stream.subscribe(['EUR/USD', 'AAPL']);
    await h.advance(50);
    expect(h.sources).toHaveLength(1);
    expect(h.last().params().get('symbols')).toBe('AAPL,BTC-USD,EUR-USD');
    expect(h.last().params().get('ticket')).toBe('ticket-1');
    expect(h.last().params().has('lastEventId')).toBe(false);
    expect(h.stream.connection().state).toBe('connecting');
  });

  it('delivers events to the components watching that symbol and publishes quotes at most every 250 ms', async () => {
    const h = harness();
    const seen: string[] = [];
    h.stream.subscribe(['AAPL'], { onQuote: (q) => seen.push(`A:${q.price}`) });
    h.stream.subscribe(['EUR/USD'], { onQuote: (q) => seen.push(`E:${q.price}`), onBar: (b) => seen.push(`bar:${b.c}`) });
    await h.advance(50);
    h.last().onopen?.(new Event('open'));
    h.last().emit('quote', 1, quote('AAPL', 190));
    h.last().emit('quote', 2, quote('EUR/USD', 1.16));
    h.last().emit('bar', 3, { symbol: 'EUR/USD', t: '1970-01-01T00:00:00Z', c: 1.161 });
    expect(seen).toEqual(['A:190', 'E:1.16', 'bar:1.161']);
    expect(h.stream.connection()).toEqual({ state: 'live', failures: 0 });
    expect(h.stream.quoteSnapshot().quotes.size).toBe(0);
    await h.advance(250);
    expect(h.stream.quoteSnapshot().quotes.get('EUR-USD')?.price).toBe(1.16);
    // serverTime 10 s arrived when the local clock read 50 ms; 250 ms later the server's clock reads 10.25 s.
    expect(h.stream.serverNow()).toBe(10_250);
  });

  it('after an error closes the stream and reopens it with a fresh ticket and lastEventId, backing off', async () => {
    const h = harness();
    h.stream.subscribe(['BTC-USD']);
    await h.advance(50);
    const first = h.last();
    first.onopen?.(new Event('open'));
    first.emit('quote', 41, quote('BTC-USD', 1));
    first.emit('quote', 42, quote('BTC-USD', 2));
    first.onerror?.(new Event('error'));
    expect(first.closed).toBe(true);
    expect(h.stream.connection().state).toBe('reconnecting');

    await h.advance(999);
    expect(h.sources).toHaveLength(1);
    await h.advance(1);
    expect(h.sources).toHaveLength(2);
    expect(h.last().params().get('ticket')).toBe('ticket-2');
    expect(h.last().params().get('lastEventId')).toBe('42');

    // Opens and drops again without an event: the next wait doubles.
    h.last().onopen?.(new Event('open'));
    h.last().onerror?.(new Event('error'));
    await h.advance(1999);
    expect(h.sources).toHaveLength(2);
    await h.advance(1);
    expect(h.sources).toHaveLength(3);
  });

  it('retries a failed ticket request with back-off and says offline after four failures', async () => {
    const h = harness({ failTickets: 4 });
    h.stream.subscribe(['BTC-USD']);
    await h.advance(50);
    expect(h.stream.connection()).toEqual({ state: 'reconnecting', failures: 1 });
    await h.advance(1000 + 2000 + 4000);
    expect(h.stream.connection()).toEqual({ state: 'offline', failures: 4 });
    expect(h.sources).toHaveLength(0);
    await h.advance(8000);
    expect(h.sources).toHaveLength(1);
    h.last().emit('quote', 1, quote('BTC-USD', 1));
    expect(h.stream.connection()).toEqual({ state: 'live', failures: 0 });
  });

  it('reopens when the symbols change, resuming only if no symbol is new, and closes when nothing is watched', async () => {
    const h = harness();
    const stopBtc = h.stream.subscribe(['BTC-USD']);
    const stopBoth = h.stream.subscribe(['BTC-USD', 'AAPL']);
    await h.advance(50);
    h.last().emit('quote', 7, quote('AAPL', 1));
    stopBoth();
    await h.advance(50);
    expect(h.sources[0]!.closed).toBe(true);
    expect(h.last().params().get('symbols')).toBe('BTC-USD');
    expect(h.last().params().get('lastEventId')).toBe('7');

    h.stream.subscribe(['NVDA']);
    await h.advance(50);
    expect(h.last().params().get('symbols')).toBe('BTC-USD,NVDA');
    expect(h.last().params().has('lastEventId')).toBe(false);

    stopBtc();
    await h.advance(50);
    expect(h.sources).toHaveLength(4);
    expect(h.last().params().get('symbols')).toBe('NVDA');
  });

  it('stops trying while the browser is offline and reconnects as soon as it is back', async () => {
    const h = harness();
    h.stream.subscribe(['BTC-USD']);
    await h.advance(50);
    h.stream.setOnline(false);
    expect(h.last().closed).toBe(true);
    expect(h.stream.connection().state).toBe('offline');
    await h.advance(60_000);
    expect(h.sources).toHaveLength(1);
    h.stream.setOnline(true);
    await h.advance(0);
    expect(h.sources).toHaveLength(2);
  });
});
