import type { Schemas } from '../../../api/client';
import { quoteSymbol } from '../marketFormat';
import { backoffDelay, DEFAULT_BACKOFF, IDLE, nextConnection, type BackoffPolicy, type ConnectionEvent, type ConnectionStatus } from './connection';

/** `quote` event: the quote endpoint's fields plus the server's clock. */
export type LiveQuote = Schemas['QuoteView'] & { serverTime?: string };

/** `bar` event: the forming 1-minute bar, and each minute once more with complete=true when it closes. */
export interface LiveBar {
  symbol: string;
  interval: '1m';
  t: string;
  o: number;
  h: number;
  l: number;
  c: number;
  v: number;
  complete: boolean;
  serverTime?: string;
}

/** `status` event: an exchange's session when the stream opens and whenever it changes. */
export type LiveStatus = Schemas['ExchangeStatusView'];

export interface StreamListener {
  onQuote?: (quote: LiveQuote) => void;
  onBar?: (bar: LiveBar) => void;
  onStatus?: (status: LiveStatus) => void;
}

/** The part of EventSource this module uses, so tests can drive it. */
export interface EventSourceLike {
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

export interface StreamDeps {
  /** POST /stream-tickets: a ticket valid for one minute. */
  fetchTicket: () => Promise<string>;
  openEventSource: (url: string) => EventSourceLike;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now?: () => number;
  random?: () => number;
  policy?: BackoffPolicy;
  /** Subscription changes within this window open one stream, not one per component. */
  settleMs?: number;
  /** Quotes reach React at most this often. */
  publishMs?: number;
}

export const MAX_STREAM_SYMBOLS = 50;

export interface QuoteSnapshot {
  readonly quotes: ReadonlyMap<string, LiveQuote>;
  readonly statuses: ReadonlyMap<string, LiveStatus>;
}

/**
 * One EventSource for the whole page: components subscribe to symbols, the union (at most 50) is streamed.
 * After an error the stream is closed and reopened with a fresh ticket (tickets expire) after an exponential
 * back-off, resuming with `lastEventId`; a change of symbols reopens at once, resuming only when no symbol is new
 * (a new symbol needs the snapshot the server sends on a fresh connect).
 */
export class MarketStream {
  private readonly deps: Required<StreamDeps>;
  private readonly subscriptions = new Map<number, { symbols: string[]; listener: StreamListener }>();
  private nextId = 1;
  private streamed: string[] = [];
  private source: EventSourceLike | null = null;
  private generation = 0;
  private retryTimer: unknown = null;
  private settleTimer: unknown = null;
  private publishTimer: unknown = null;
  private lastEventId = 0;
  private status: ConnectionStatus = IDLE;
  private online = true;
  private serverOffsetMs = 0;
  private quotes = new Map<string, LiveQuote>();
  private statuses = new Map<string, LiveStatus>();
  private snapshot: QuoteSnapshot = { quotes: new Map(), statuses: new Map() };
  private readonly statusListeners = new Set<() => void>();
  private readonly snapshotListeners = new Set<() => void>();

  constructor(deps: StreamDeps) {
    this.deps = { now: Date.now, random: Math.random, policy: DEFAULT_BACKOFF, settleMs: 30, publishMs: 250, ...deps };
  }

  subscribe(symbols: readonly string[], listener: StreamListener = {}): () => void {
    const id = this.nextId++;
    this.subscriptions.set(id, { symbols: symbols.map(quoteSymbol), listener });
    this.scheduleResubscribe();
    return () => {
      this.subscriptions.delete(id);
      this.scheduleResubscribe();
    };
  }

  connection(): ConnectionStatus {
    return this.status;
  }

  quoteSnapshot(): QuoteSnapshot {
    return this.snapshot;
  }

  onConnection(listener: () => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onSnapshot(listener: () => void): () => void {
    this.snapshotListeners.add(listener);
    return () => this.snapshotListeners.delete(listener);
  }

  /** The server's clock, estimated from the `serverTime` of the latest event. */
  serverNow(): number {
    return this.deps.now() + this.serverOffsetMs;
  }

  /** Browser online/offline: no attempts while offline, one at once when the network returns. */
  setOnline(online: boolean) {
    if (online === this.online) return;
    this.online = online;
    if (!online) {
      this.closeSource();
      this.transition('network-down');
    } else if (this.streamed.length > 0) {
      this.transition('network-up');
      void this.open(true);
    }
  }

  private wanted(): string[] {
    const union = new Set<string>();
    for (const { symbols } of this.subscriptions.values()) for (const s of symbols) union.add(s);
    return [...union].sort().slice(0, MAX_STREAM_SYMBOLS);
  }

  private scheduleResubscribe() {
    if (this.settleTimer !== null) return;
    this.settleTimer = this.deps.setTimer(() => {
      this.settleTimer = null;
      this.resubscribe();
    }, this.deps.settleMs);
  }

  private resubscribe() {
    const wanted = this.wanted();
    const previous = this.streamed;
    if (wanted.length === previous.length && wanted.every((s, i) => s === previous[i])) return;
    this.streamed = wanted;
    this.closeSource();
    if (wanted.length === 0) {
      this.lastEventId = 0;
      this.transition('stop');
      return;
    }
    const prior = new Set(previous);
    const resume = wanted.every((s) => prior.has(s));
    if (!resume) this.lastEventId = 0;
    if (!this.online) return;
    this.transition('start');
    void this.open(resume);
  }

  private async open(resume: boolean) {
    const generation = ++this.generation;
    let ticket: string;
    try {
      ticket = await this.deps.fetchTicket();
    } catch {
      if (generation === this.generation) this.fail();
      return;
    }
    if (generation !== this.generation || this.streamed.length === 0) return;
    const params = new URLSearchParams({ symbols: this.streamed.join(','), ticket });
    if (resume && this.lastEventId > 0) params.set('lastEventId', String(this.lastEventId));
    const source = this.deps.openEventSource(`/api/v1/market/stream?${params.toString().replaceAll('%2C', ',')}`);
    this.source = source;
    source.onopen = () => {
      if (this.source === source) this.transition('open');
    };
    source.onerror = () => {
      if (this.source !== source) return;
      // EventSource would retry by itself with the same, soon expired, ticket: take over instead.
      this.closeSource();
      this.fail();
    };
    const handle = (type: 'quote' | 'bar' | 'status') => (event: MessageEvent<string>) => {
      if (this.source !== source) return;
      this.receive(type, event);
    };
    source.addEventListener('quote', handle('quote'));
    source.addEventListener('bar', handle('bar'));
    source.addEventListener('status', handle('status'));
  }

  private receive(type: 'quote' | 'bar' | 'status', event: MessageEvent<string>) {
    let data: LiveQuote | LiveBar | LiveStatus;
    try {
      data = JSON.parse(event.data) as LiveQuote | LiveBar | LiveStatus;
    } catch {
      return;
    }
    const id = Number(event.lastEventId);
    if (Number.isFinite(id) && id > this.lastEventId) this.lastEventId = id;
    if ('serverTime' in data && data.serverTime) {
      const server = Date.parse(data.serverTime);
      if (!Number.isNaN(server)) this.serverOffsetMs = server - this.deps.now();
    }
    this.transition('message');
    if (type === 'quote') {
      const quote = data as LiveQuote;
      const symbol = quoteSymbol(quote.symbol);
      this.quotes.set(symbol, quote);
      this.schedulePublish();
      this.forEachListener(symbol, (l) => l.onQuote?.(quote));
    } else if (type === 'bar') {
      const bar = data as LiveBar;
      this.forEachListener(quoteSymbol(bar.symbol), (l) => l.onBar?.(bar));
    } else {
      const status = data as LiveStatus;
      this.statuses.set(status.exchange, status);
      this.schedulePublish();
      for (const { listener } of this.subscriptions.values()) listener.onStatus?.(status);
    }
  }

  private forEachListener(symbol: string, fn: (listener: StreamListener) => void) {
    for (const { symbols, listener } of this.subscriptions.values()) if (symbols.includes(symbol)) fn(listener);
  }

  private schedulePublish() {
    if (this.publishTimer !== null) return;
    this.publishTimer = this.deps.setTimer(() => {
      this.publishTimer = null;
      this.snapshot = { quotes: new Map(this.quotes), statuses: new Map(this.statuses) };
      this.snapshotListeners.forEach((l) => l());
    }, this.deps.publishMs);
  }

  private fail() {
    this.transition('error');
    if (!this.online) return;
    const delay = backoffDelay(this.status.failures, this.deps.policy, this.deps.random);
    this.retryTimer = this.deps.setTimer(() => {
      this.retryTimer = null;
      if (this.streamed.length > 0 && this.online) void this.open(true);
    }, delay);
  }

  private closeSource() {
    this.generation++;
    this.source?.close();
    this.source = null;
    if (this.retryTimer !== null) {
      this.deps.clearTimer(this.retryTimer);
      this.retryTimer = null;
    }
  }

  private transition(event: ConnectionEvent) {
    const next = nextConnection(this.status, event, this.deps.policy);
    if (next.state === this.status.state && next.failures === this.status.failures) return;
    this.status = next;
    this.statusListeners.forEach((l) => l());
  }
}
