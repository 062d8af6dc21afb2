import { expect, test } from '@playwright/test';
import { registerViaApi, signIn, uniqueEmail } from './helpers';

// The administrator seeded by application-test.yml (BrowserTests runs with the test profile); E2E_ADMIN_* override.
const ADMIN = { email: process.env.E2E_ADMIN_EMAIL ?? 'root@tradesense.test', password: process.env.E2E_ADMIN_PASSWORD ?? 'Admin!Passw0rd#2026' };

test('admin: market data health lists the feeds, breakers and caches', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole('link', { name: 'Market data health' }).click();
  await expect(page).toHaveURL(/\/admin\/market-health$/);
  await expect(page.getByRole('heading', { name: 'Market data health', level: 1 })).toBeVisible();
  const feeds = page.getByRole('table', { name: 'Feeds' });
  await expect(feeds).toBeVisible();
  await expect(feeds.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Circuit breakers' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Caches' })).toBeVisible();
});

test('admin: a member cannot open the market data health page', async ({ page }) => {
  const email = uniqueEmail('e2e-member');
  await registerViaApi(page, email, 'Plain Member');
  await signIn(page, email);
  await expect(page.getByRole('link', { name: 'Market data health' })).toHaveCount(0);
  await page.goto('/admin/market-health');
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Feeds' })).toHaveCount(0);
});
