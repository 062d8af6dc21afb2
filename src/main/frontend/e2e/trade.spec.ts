import { expect, test, type Page } from '@playwright/test';
import { accessToken, registerViaApi, signIn, uniqueEmail } from './helpers';

const SYMBOL = 'BTC-USD'; // crypto trades around the clock, so market orders fill whenever the test runs

async function waitForQuote(page: Page, token: string) {
  await expect
    .poll(async () => (await page.request.get(`/api/v1/market/quote/${SYMBOL}`, { headers: { Authorization: `Bearer ${token}` } })).status(), { timeout: 120_000, intervals: [1000] })
    .toBe(200);
}

test('terminal: open an account, market buy, live position P&L, close it, realized P&L in the history', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const email = uniqueEmail('e2e-trade');
  await registerViaApi(page, email, 'Terminal Trader');
  await waitForQuote(page, await accessToken(page, email));
  await signIn(page, email);

  // No account yet: the terminal offers to open one.
  await page.getByRole('link', { name: 'Trade', exact: true }).first().click();
  await expect(page).toHaveURL(/\/trade/);
  await page.getByRole('button', { name: 'Open a practice account' }).click();
  const open = page.getByRole('dialog', { name: 'Open a practice account' });
  await open.getByLabel('Starting balance').fill('50000');
  await open.getByRole('button', { name: 'Open account' }).click();
  await expect(page.getByTestId('account-cash')).toContainText('$50,000.00');

  // Pick the instrument from the search box, size the order with a preset, read the estimate, confirm.
  const picker = page.getByRole('combobox', { name: 'Trade another instrument' });
  await picker.fill('bitcoin');
  await page.getByRole('option', { name: /BTC-USD/ }).click();
  await expect(page).toHaveURL(/symbol=BTC-USD/);
  const ticket = page.getByTestId('order-ticket');
  await ticket.getByRole('button', { name: '0.01', exact: true }).click();
  await expect(ticket.getByLabel('Quantity (units)')).toHaveValue('0.01');
  await expect(ticket.getByTestId('order-preview')).toContainText('Estimated price', { timeout: 15_000 });
  await ticket.getByRole('button', { name: 'Review buy order' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm order' });
  await expect(confirm).toContainText('Buy 0.01 BTC-USD');
  await confirm.getByRole('button', { name: 'Place buy order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Filled: Buy 0.01 BTC-USD' }).first()).toBeVisible();

  // The position is there, and its unrealized P&L follows the market from the account stream.
  const row = page.getByTestId('position-BTC-USD');
  await expect(row).toBeVisible();
  await expect(row).toContainText('0.01');
  await expect(page.getByRole('main').getByTestId('stream-state').first()).toHaveAttribute('data-state', 'live', { timeout: 30_000 });
  const pnl = row.getByTestId('position-unrealized');
  const first = await pnl.textContent();
  await expect.poll(() => pnl.textContent(), { timeout: 90_000, intervals: [500] }).not.toBe(first);
  await expect(page.getByTestId('account-open-trades')).toContainText('1');
  await page.screenshot({ path: testInfo.outputPath('trade-position.png'), fullPage: true });

  // Close it all at market from the positions table.
  await row.getByRole('button', { name: 'Close BTC-USD' }).click();
  const close = page.getByRole('dialog', { name: 'Close BTC-USD' });
  await close.getByRole('button', { name: 'Close all' }).click();
  await expect(page.getByText('No open positions')).toBeVisible();

  // The round trip is in the history with its realized P&L, signed in dollars.
  await page.getByRole('radiogroup', { name: 'Positions, orders and history' }).getByRole('radio', { name: 'History' }).click();
  const trade = page.getByTestId('closed-trade').first();
  await expect(trade).toContainText('BTC-USD');
  await expect(trade.getByTestId('trade-realized')).toHaveText(/^[+−-]?\$[\d,]+\.\d\d$|^\$0\.00$/);
  await page.getByRole('radiogroup', { name: 'History', exact: true }).getByRole('radio', { name: 'Fills' }).click();
  await expect(page.getByTestId('fill')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/fills.*\.csv$/);

  // The dashboard reports on the same account.
  await page.getByRole('link', { name: 'Dashboard', exact: true }).first().click();
  await expect(page.getByTestId('stat-equity')).toContainText('$');
  await expect(page.getByTestId('stat-positions')).toContainText('0');
});

test('terminal: a resting limit order waits in open orders, is modified (replaced), then canceled', async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('e2e-orders');
  await registerViaApi(page, email, 'Limit Trader');
  const token = await accessToken(page, email);
  await waitForQuote(page, token);
  const headers = { Authorization: `Bearer ${token}` };
  expect((await page.request.post('/api/v1/accounts', { headers, data: { name: 'Limits', type: 'CASH', currency: 'USD', startingBalance: 100000 } })).status()).toBe(201);
  const price = ((await (await page.request.get(`/api/v1/market/quote/${SYMBOL}`, { headers })).json()) as { price: number }).price;
  const limit = Math.floor(price * 0.8);
  await signIn(page, email);
  await page.goto(`/trade?symbol=${SYMBOL}`);

  // A GTC limit buy 20% under the market rests.
  const ticket = page.getByTestId('order-ticket');
  await ticket.getByLabel('Order type').selectOption('LIMIT');
  await ticket.getByLabel('Quantity (units)').fill('0.5');
  await ticket.getByLabel('Limit price').fill(String(limit));
  await ticket.getByLabel('Time in force').selectOption('GTC');
  await expect(ticket.getByTestId('order-preview')).toContainText('Estimated price', { timeout: 15_000 });
  await ticket.getByRole('button', { name: 'Review buy order' }).click();
  await page.getByRole('dialog', { name: 'Confirm order' }).getByRole('button', { name: 'Place buy order' }).click();
  await expect(page.getByTestId('account-open-trades')).toContainText('Working orders: 1');

  await page.getByRole('radio', { name: 'Open orders (1)' }).click();
  const row = page.getByTestId('open-order');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`$${limit.toLocaleString('en-US')}.00`);

  // Modify moves the limit: the old order is replaced by a new one at the new price.
  await row.getByRole('button', { name: `Modify the ${SYMBOL} order` }).click();
  const modify = page.getByRole('dialog', { name: `Modify ${SYMBOL} order` });
  await modify.getByLabel('Limit price').fill(String(limit - 100));
  await modify.getByRole('button', { name: 'Replace order' }).click();
  await expect(row).toContainText(`$${(limit - 100).toLocaleString('en-US')}.00`);
  await expect(row).toHaveCount(1);

  // Cancel empties the book and frees the buying power.
  await row.getByRole('button', { name: `Cancel the ${SYMBOL} order` }).click();
  await expect(page.getByText('No working orders')).toBeVisible();
  await expect(page.getByTestId('account-cash')).toContainText('Reserved $0.00');
  await page.getByRole('radio', { name: 'History' }).click();
  await page.getByRole('radiogroup', { name: 'History', exact: true }).getByRole('radio', { name: 'Orders', exact: true }).click();
  await expect(page.getByTestId('history-order').filter({ hasText: 'Canceled' })).toHaveCount(1);
  await expect(page.getByTestId('history-order').filter({ hasText: 'Replaced' })).toHaveCount(1);
});
