import { expect, test } from '@playwright/test';
import { registerViaApi, signIn, uniqueEmail } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('on a phone the dashboard uses the bottom navigation instead of the sidebar', async ({ page }, testInfo) => {
  const email = uniqueEmail('e2e-mobile');
  await registerViaApi(page, email, 'Mobile Trader');
  await signIn(page, email);

  const bottomNav = page.getByRole('navigation', { name: 'Primary' });
  await expect(bottomNav).toBeVisible();
  await expect(bottomNav.getByRole('link')).toHaveCount(4);
  await expect(bottomNav.getByRole('button', { name: 'More' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Main navigation' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mobile Trader');
  await expect(page.getByRole('region', { name: 'Confirm your email address' })).toBeVisible();

  await page.screenshot({ path: testInfo.outputPath('dashboard-mobile.png'), fullPage: true });

  await bottomNav.getByRole('button', { name: 'More' }).click();
  await expect(page.getByRole('dialog', { name: 'More' }).getByRole('link', { name: 'Account' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'More' })).toBeHidden();
});
