import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { accessToken, registerViaApi, signIn, uniqueEmail, watch } from './helpers';

// Visual reference of the main pages, taken against the mock server (`npm run screenshots`).
const OUT = fileURLToPath(new URL('../../../../docs/screenshots/', import.meta.url));
const DESKTOP = { width: 1440, height: 900 };
const MOBILE = { width: 390, height: 844 };
const ADMIN = { email: 'admin@tradesense.local', password: 'Admin!Passw0rd1' };

async function shoot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}${name}.png` });
}

test.describe.configure({ mode: 'serial' });
test.use({ viewport: DESKTOP });

test('sign-in and register', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await shoot(page, 'sign-in');

  await page.goto('/register');
  await page.getByLabel('Display name').fill('Amina Benali');
  await page.getByLabel('Email').fill('amina@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Tr4ding');
  await shoot(page, 'register');
});

test('dashboard, desktop and Arabic', async ({ page }) => {
  const email = uniqueEmail('amina');
  await registerViaApi(page, email, 'Amina Benali');
  await signIn(page, email);
  await expect(page.getByTestId('stat-equity')).toBeVisible();
  await shoot(page, 'dashboard');

  await page.getByLabel('Language').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await shoot(page, 'dashboard-ar');
  await page.getByLabel('اللغة').selectOption('en');
});

test('dashboard on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const email = uniqueEmail('amina-mobile');
  await registerViaApi(page, email, 'Amina Benali');
  await signIn(page, email);
  await expect(page.getByRole('navigation', { name: 'Primary' })).toBeVisible();
  await shoot(page, 'dashboard-mobile');
  await context.close();
});

test('account, audit log, mailbox, coming soon', async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/account');
  await expect(page.getByRole('table', { name: 'Active sessions' })).toBeVisible();
  await shoot(page, 'account');

  await page.goto('/admin/audit-log');
  await expect(page.getByRole('table', { name: 'Audit log' })).toBeVisible();
  await shoot(page, 'audit-log');

  await page.goto('/admin/market-health');
  await expect(page.getByRole('table', { name: 'Feeds' })).toBeVisible();
  await shoot(page, 'market-health');

  await page.goto('/journal');
  await shoot(page, 'coming-soon');

  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog', { name: 'Go to' })).toBeVisible();
  await page.keyboard.type('acc');
  await shoot(page, 'command-palette');
  await page.keyboard.press('Escape');

  await page.goto('/dev/mailbox');
  await expect(page.getByRole('list', { name: 'Messages' })).toBeVisible();
  await shoot(page, 'dev-mailbox');
});

test('instrument page and watchlist, desktop and phone', async ({ page, browser }) => {
  const email = uniqueEmail('amina-markets');
  await registerViaApi(page, email, 'Amina Benali');
  await watch(page, await accessToken(page, email), 'SPY', 'AAPL', 'NVDA', 'BTC-USD', 'EUR-USD', 'ATW');
  await signIn(page, email);

  await page.goto('/markets/BTC-USD?tf=15m');
  await expect(page.getByTestId('legend-close')).toBeVisible();
  await expect(page.getByRole('main').getByTestId('stream-state')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('key-level').first()).toBeVisible();
  await page.mouse.move(900, 690);
  await shoot(page, 'instrument');

  // Indicators: Bollinger on the candles, RSI and MACD in panes below.
  const indicators = page.getByRole('group', { name: 'Indicators' });
  for (const name of ['Bollinger 20, 2', 'RSI 14', 'MACD 12, 26, 9']) await indicators.getByRole('button', { name }).click();
  await expect(page.getByTestId('price-chart')).toHaveAttribute('data-panes', '2');
  await page.waitForTimeout(600);
  await page.getByTestId('price-chart').screenshot({ path: `${OUT}instrument-indicators.png` });
  for (const name of ['Bollinger 20, 2', 'RSI 14', 'MACD 12, 26, 9']) await indicators.getByRole('button', { name }).click();

  await page.goto('/watchlist');
  await expect(page.getByRole('table', { name: 'Watchlist' }).getByRole('img', { name: /BTC-USD/ })).toBeVisible();
  await shoot(page, 'watchlist');

  const context = await browser.newContext({ viewport: MOBILE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await context.newPage();
  await signIn(phone, email);
  await phone.goto('/markets/EUR-USD?tf=1h');
  await expect(phone.getByTestId('legend-close')).toBeVisible();
  await phone.getByRole('heading', { name: 'Chart' }).evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 180));
  await shoot(phone, 'instrument-mobile');
  await context.close();
});
