import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An API call that failed: HTTP status (0 for network failure), RFC 9457 body if any, Retry-After in seconds. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfterSeconds: number | null;

  constructor(status: number, problem: Problem | null, retryAfterSeconds: number | null = null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) result[e.field] ??= e.message;
    return result;
  }
}

export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

function asProblem(body: unknown): Problem | null {
  return body && typeof body === 'object' ? (body as Problem) : null;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Resolves to the response data of an openapi-fetch call, or throws an ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw new ApiError(response.status, asProblem(error), parseRetryAfter(response.headers.get('Retry-After')));
  }
  return data as T;
}
