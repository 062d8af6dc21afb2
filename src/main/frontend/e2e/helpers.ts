import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'Str0ng!Passw0rd#';

export function uniqueEmail(prefix = 'e2e'): string {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function registerViaApi(page: Page, email: string, displayName: string) {
  const response = await page.request.post('/api/v1/auth/register', { data: { email, password: PASSWORD, displayName } });
  expect(response.status()).toBe(201);
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** A bearer token for direct API calls in a test (the browser session keeps its own). */
export async function accessToken(page: Page, email: string, password = PASSWORD): Promise<string> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Adds symbols to the user's watchlist through the API. */
export async function watch(page: Page, token: string, ...symbols: string[]) {
  for (const symbol of symbols) {
    const response = await page.request.put(`/api/v1/watchlist/${symbol}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status()).toBe(200);
  }
}
