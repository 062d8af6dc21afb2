/** What the live-data indicator shows. "idle": nothing subscribed. */
export type ConnectionState = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  factor: number;
  /** Spread of each delay, as a fraction either side (0.2: ±20 %), so that many tabs do not reconnect in step. */
  jitter: number;
  /** Consecutive failures after which the indicator says "offline" (retries continue at the longest delay). */
  offlineAfter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, maxMs: 30_000, factor: 2, jitter: 0.2, offlineAfter: 4 };

/** Delay before retry number `failures` (1 for the first retry): base × factor^(failures−1), capped, with jitter. */
export function backoffDelay(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const raw = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, failures - 1));
  const spread = raw * policy.jitter;
  return Math.round(Math.min(policy.maxMs, raw - spread + random() * 2 * spread));
}

export interface ConnectionStatus {
  state: ConnectionState;
  /** Consecutive failed attempts; cleared by the first event received, not by the connection opening. */
  failures: number;
}

export type ConnectionEvent = 'start' | 'open' | 'message' | 'error' | 'network-down' | 'network-up' | 'stop';

export const IDLE: ConnectionStatus = { state: 'idle', failures: 0 };

/**
 * The connection's state machine. A stream that opens and drops at once keeps its failure count (the server
 * sends a snapshot right after opening, so a healthy stream always delivers an event), so flapping backs off too.
 */
export function nextConnection(status: ConnectionStatus, event: ConnectionEvent, policy: BackoffPolicy = DEFAULT_BACKOFF): ConnectionStatus {
  switch (event) {
    case 'start':
      return { state: status.failures > 0 ? status.state : 'connecting', failures: status.failures };
    case 'open':
      return { state: 'live', failures: status.failures };
    case 'message':
      return status.state === 'live' && status.failures === 0 ? status : { state: 'live', failures: 0 };
    case 'error': {
      const failures = status.failures + 1;
      return { state: failures >= policy.offlineAfter ? 'offline' : 'reconnecting', failures };
    }
    case 'network-down':
      return { state: 'offline', failures: status.failures };
    case 'network-up':
      return { state: 'reconnecting', failures: status.failures };
    case 'stop':
      return IDLE;
  }
}
