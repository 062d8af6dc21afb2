import { describe, expect, it, vi } from 'vitest';
import { createAuthFetch } from './authFetch';
import { singleFlight } from './singleFlight';

function harness(initialToken: string) {
  let token = initialToken;
  const refreshCalls = vi.fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 10));
    token = 'fresh';
    return 'ok' as const;
  });
  const onSessionExpired = vi.fn();
  const seen: Array<{ url: string; auth: string | null; body: string }> = [];
  const fetch = vi.fn(async (request: Request) => {
    const auth = request.headers.get('Authorization');
    seen.push({ url: request.url, auth, body: await request.text() });
    return new Response(null, { status: auth === 'Bearer fresh' ? 200 : 401 });
  });
  const authFetch = createAuthFetch({
    fetch,
    accessToken: () => token,
    canRefresh: () => true,
    refresh: singleFlight(refreshCalls),
    onSessionExpired,
  });
  return { authFetch, refreshCalls, onSessionExpired, seen, fetch };
}

describe('createAuthFetch', () => {
  it('adds the bearer token', async () => {
    const { authFetch, seen } = harness('fresh');
    await authFetch(new Request('http://x/api/v1/auth/me'));
    expect(seen[0]?.auth).toBe('Bearer fresh');
  });

  it('shares one refresh between concurrent 401s and retries each request once with its body', async () => {
    const { authFetch, refreshCalls, seen } = harness('stale');
    const responses = await Promise.all([
      authFetch(new Request('http://x/api/v1/auth/me')),
      authFetch(new Request('http://x/api/v1/auth/sessions')),
      authFetch(new Request('http://x/api/v1/auth/me', { method: 'PATCH', body: '{"locale":"fr"}' })),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(refreshCalls).toHaveBeenCalledTimes(1);
    expect(seen.filter((s) => s.auth === 'Bearer fresh').map((s) => s.body)).toContain('{"locale":"fr"}');
  });

  it.each([
    ['rejected', 1],
    ['unreachable', 0],
  ] as const)('returns the 401 when the refresh is %s, ending the session only if rejected', async (outcome, ended) => {
    const onSessionExpired = vi.fn();
    const authFetch = createAuthFetch({
      fetch: async () => new Response(null, { status: 401 }),
      accessToken: () => 'stale',
      canRefresh: () => true,
      refresh: async () => outcome,
      onSessionExpired,
    });
    const response = await authFetch(new Request('http://x/api/v1/auth/me'));
    expect(response.status).toBe(401);
    expect(onSessionExpired).toHaveBeenCalledTimes(ended);
  });

  it('does not refresh on a 401 from the credential endpoints', async () => {
    const { authFetch, refreshCalls } = harness('stale');
    const response = await authFetch(new Request('http://x/api/v1/auth/login', { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(refreshCalls).not.toHaveBeenCalled();
  });
});
