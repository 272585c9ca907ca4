// The interface speaks Swedish first, English on request, and says so to the browser.
import { expect, test } from '@playwright/test';
import { expectAccessible, settle } from './helpers';

test('the start page is Swedish by default and English after switching', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Visa vad du kan');
  await expectAccessible(page);
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('button', { name: 'Byt språk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Show what you can do');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
});

test('an unknown address is a 404 page in the reader’s language', async ({ page }) => {
  const res = await page.goto('/no/such/page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte.');
  await expectAccessible(page);
});

test('the health check answers', async ({ request }) => {
  expect((await request.get('/health')).status()).toBe(200);
});
