import { expect, test } from '@playwright/test';
import { PASSWORD, signIn, uniqueEmail } from './helpers';

test('register, verify through the development mailbox, sign in and sign out', async ({ page }) => {
  const email = uniqueEmail();
  const name = 'E2E Trader';

  await page.goto('/register');
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await expect(page.getByText('At least 8 characters')).toBeVisible();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();

  await page.getByRole('link', { name: 'Open the development mailbox' }).click();
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
  await page.getByRole('list', { name: 'Messages' }).getByRole('button', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) }).first().click();
  await page.getByRole('link', { name: /verify-email\?token=/ }).first().click();

  await expect(page.getByRole('heading', { name: 'Email verified' })).toBeVisible();
  await page.getByRole('link', { name: 'Continue to sign in' }).click();

  await signIn(page, email);
  await expect(page.getByRole('complementary', { name: 'Main navigation' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  await expect(page.getByTestId('user-name')).toHaveText(name);
  await expect(page.getByText('Confirm your email address')).toHaveCount(0);

  // A reload of a deep link restores the session from the stored refresh token.
  await page.goto('/account');
  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByText('Verified', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Open user menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();

  // The session is gone: protected pages send the visitor back to sign in, remembering where they were.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount$/);
});
