import { describe, expect, it } from 'vitest';
import { ApiError, parseRetryAfter, unwrap } from './problem';

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30);
    expect(parseRetryAfter(null)).toBeNull();
    expect(parseRetryAfter('soon')).toBeNull();
  });
});

describe('unwrap', () => {
  it('turns a problem response into an ApiError with field errors and Retry-After', async () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '42' } });
    const problem = { status: 429, detail: 'Locked', errors: [{ field: 'email', message: 'is locked' }] };
    const error = await unwrap(Promise.resolve({ error: problem, response })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).retryAfterSeconds).toBe(42);
    expect((error as ApiError).fieldErrors).toEqual({ email: 'is locked' });
  });

  it('reports a network failure as status 0', async () => {
    const error = await unwrap(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => e);
    expect((error as ApiError).status).toBe(0);
  });
});
