import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, IDLE, nextConnection, type ConnectionEvent, type ConnectionStatus } from './connection';

const run = (events: ConnectionEvent[], from: ConnectionStatus = IDLE) => events.reduce((s, e) => nextConnection(s, e), from);

describe('reconnect back-off', () => {
  const middle = () => 0.5; // no jitter

  it('doubles from one second and stops growing at thirty', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 10].map((n) => backoffDelay(n, DEFAULT_BACKOFF, middle))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('spreads each delay by at most a fifth either side, never past the cap', () => {
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0)).toBe(3200);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.999999)).toBe(4800);
    expect(backoffDelay(9, DEFAULT_BACKOFF, () => 0.999999)).toBe(30000);
  });
});

describe('connection state', () => {
  it('connecting, then live on open', () => {
    expect(run(['start'])).toEqual({ state: 'connecting', failures: 0 });
    expect(run(['start', 'open', 'message'])).toEqual({ state: 'live', failures: 0 });
  });

  it('reconnecting after errors, offline after four in a row, live again once an event arrives', () => {
    expect(run(['start', 'error']).state).toBe('reconnecting');
    const down = run(['start', 'error', 'error', 'error', 'error']);
    expect(down).toEqual({ state: 'offline', failures: 4 });
    expect(run(['open', 'message'], down)).toEqual({ state: 'live', failures: 0 });
  });

  it('keeps counting failures when a stream opens and drops without delivering anything', () => {
    expect(run(['start', 'error', 'open', 'error', 'open', 'error'])).toEqual({ state: 'reconnecting', failures: 3 });
  });

  it('follows the browser going offline and back, and goes idle when nothing is watched', () => {
    const offline = run(['start', 'open', 'message', 'network-down']);
    expect(offline.state).toBe('offline');
    expect(run(['network-up'], offline).state).toBe('reconnecting');
    expect(run(['stop'], offline)).toEqual(IDLE);
  });

  it('a symbol change while reconnecting does not pretend to be a first connect', () => {
    expect(run(['start', 'error', 'start'])).toEqual({ state: 'reconnecting', failures: 1 });
  });
});
