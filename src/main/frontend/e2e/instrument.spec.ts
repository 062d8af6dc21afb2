import { expect, test, type Page } from '@playwright/test';
import { accessToken, registerViaApi, signIn, uniqueEmail } from './helpers';

const SYMBOL = 'BTC-USD'; // crypto trades around the clock, so its feed is always live

/** The simulated exchange backfills its history at start-up, then starts the live feed: wait for the bars. */
async function waitForHistory(page: Page, token: string) {
  await expect
    .poll(
      async () => {
        const response = await page.request.get(`/api/v1/market/history/${SYMBOL}?interval=1m&limit=1`, { headers: { Authorization: `Bearer ${token}` } });
        return response.ok() ? ((await response.json()) as { bars: unknown[] }).bars.length : 0;
      },
      { timeout: 120_000, intervals: [1000] },
    )
    .toBeGreaterThan(0);
}

test('instrument page: found from the command palette, candles follow the live feed, watchlist toggle', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const email = uniqueEmail('e2e-instrument');
  await registerViaApi(page, email, 'Chart Reader');
  await waitForHistory(page, await accessToken(page, email));
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Chart Reader');

  // Ctrl+K finds instruments as well as pages; a click (or Enter) opens the instrument page.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Go to' });
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('bitcoin');
  await expect(palette.getByRole('option', { name: /BTC-USD/ })).toBeVisible();
  await palette.getByRole('option', { name: /BTC-USD/ }).click();
  await expect(page).toHaveURL(/\/markets\/BTC-USD$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('BTC-USD');

  // The one-minute chart: the legend shows the newest candle, and it changes as the feed trades.
  await page.getByRole('radiogroup', { name: 'Timeframe' }).getByRole('radio', { name: '1 minute', exact: true }).click();
  await expect(page).toHaveURL(/tf=1m/);
  const legend = page.getByTestId('chart-legend');
  await expect(page.getByTestId('legend-close')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('main').getByTestId('stream-state')).toHaveAttribute('data-state', 'live', { timeout: 60_000 });
  const before = await legend.textContent();
  await expect.poll(() => legend.textContent(), { timeout: 90_000, intervals: [500] }).not.toBe(before);
  await page.screenshot({ path: testInfo.outputPath('instrument-btc-1m.png') });

  // Timeframe buttons are a radio group: arrow keys move the choice.
  await page.getByRole('radio', { name: '1 minute', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '5 minutes', exact: true })).toBeChecked();
  await expect(page.getByTestId('legend-close')).toBeVisible({ timeout: 30_000 });

  // Watching it puts it on the watchlist (persisted) and in the header's ticker.
  await page.getByRole('button', { name: 'Watch', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Watching' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Live ticker' }).getByTestId('ticker-BTC-USD')).toBeVisible();
  await page.goto('/watchlist');
  await expect(page.getByRole('table', { name: 'Watchlist' }).getByRole('link', { name: /BTC-USD/ })).toBeVisible();
  await page.getByRole('button', { name: 'Remove BTC-USD' }).click();
  await expect(page.getByText('Your watchlist is empty')).toBeVisible();
});

test('markets: "/" focuses the page search, rows open the instrument page', async ({ page }, testInfo) => {
  const email = uniqueEmail('e2e-slash');
  await registerViaApi(page, email, 'Slash Trader');
  await signIn(page, email);
  await page.goto('/markets');
  const search = page.getByRole('searchbox', { name: 'Search instruments' });
  await expect(search).toBeVisible();
  await page.getByRole('heading', { name: 'Markets', level: 1 }).click();
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await expect(page.getByRole('dialog', { name: 'Go to' })).toBeHidden();
  await search.fill('AAPL');
  await page.getByRole('table', { name: 'Instruments' }).getByRole('link', { name: 'AAPL', exact: true }).click();
  await expect(page).toHaveURL(/\/markets\/AAPL$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Apple');
  await expect(page.getByTestId('legend-close')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('instrument-aapl.png') });
});

test('instrument page: the Key levels card lists levels around the price, and a family toggle hides them', async ({ page }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('e2e-levels');
  await registerViaApi(page, email, 'Level Reader');
  await waitForHistory(page, await accessToken(page, email));
  await signIn(page, email);
  await page.goto(`/markets/${SYMBOL}`);

  const card = page.getByTestId('key-levels');
  await expect(card.getByTestId('key-level').first()).toBeVisible({ timeout: 30_000 });
  await expect(card.getByTestId('levels-price')).toBeVisible();
  // Rows are sorted by price, highest first, through both sides.
  const prices = await card.getByTestId('key-level').evaluateAll((rows) => rows.map((row) => Number((row.children[1]?.textContent ?? '').replace(/[^\d.-]/g, ''))));
  expect(prices).toEqual([...prices].sort((a, b) => b - a));

  // Switch off the family of the first listed level: its rows leave the card (and its lines the chart).
  const labels: Record<string, string> = { DAY: 'Previous day', PREMARKET: 'Pre-market', OPENING_RANGE: 'Opening range' };
  const family = (await card.getByTestId('key-level').first().getAttribute('data-family')) ?? '';
  expect(Object.keys(labels)).toContain(family);
  const rows = card.locator(`[data-testid="key-level"][data-family="${family}"]`);
  await expect(rows.first()).toBeVisible();
  const toggle = page.getByRole('group', { name: 'Levels on the chart' }).getByRole('button', { name: labels[family] });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(rows).toHaveCount(0);
  await toggle.click();
  await expect(rows.first()).toBeVisible();

  // An indicator pane opens below the candles.
  await page.getByRole('group', { name: 'Indicators' }).getByRole('button', { name: 'RSI 14' }).click();
  await expect(page.getByTestId('price-chart')).toHaveAttribute('data-panes', '1');
  await page.getByRole('group', { name: 'Indicators' }).getByRole('button', { name: 'RSI 14' }).click();
  await expect(page.getByTestId('price-chart')).toHaveAttribute('data-panes', '0');
});
