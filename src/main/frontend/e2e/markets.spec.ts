import { expect, test } from '@playwright/test';
import { registerViaApi, signIn, uniqueEmail } from './helpers';

test('markets: exchange status, typo-tolerant instrument search and the asset-class filter', async ({ page }) => {
  const email = uniqueEmail('e2e-markets');
  await registerViaApi(page, email, 'Markets Trader');
  await signIn(page, email);

  await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: /Markets/ }).click();
  await expect(page).toHaveURL(/\/markets$/);
  await expect(page.getByRole('heading', { name: 'Markets', level: 1 })).toBeVisible();

  // One status card per exchange, each with its session badge.
  const status = page.getByRole('region', { name: 'Exchange status' });
  await expect(status.getByRole('group', { name: 'NYSE' })).toBeVisible();
  await expect(status.getByRole('group', { name: 'NYSE' })).toContainText(/Open|Pre-market|After hours|Closed/);
  await expect(status.getByRole('group')).not.toHaveCount(0);

  // The server tolerates one typo: "appl" finds AAPL. Prices are not asserted (quotes may be absent).
  const table = page.getByRole('table', { name: 'Instruments' });
  const search = page.getByRole('searchbox', { name: 'Search instruments' });
  await search.fill('appl');
  await expect(page).toHaveURL(/[?&]q=appl/);
  await expect(table.getByRole('cell', { name: 'AAPL', exact: true })).toBeVisible();

  // Crypto only: BTC-USD shows up, stocks do not.
  await search.fill('');
  await page.getByRole('radiogroup', { name: 'Asset class' }).getByRole('radio', { name: 'Crypto' }).click();
  await expect(page.getByRole('radio', { name: 'Crypto' })).toBeChecked();
  await expect(table.getByRole('cell', { name: 'BTC-USD', exact: true })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'AAPL', exact: true })).toHaveCount(0);
});
