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
