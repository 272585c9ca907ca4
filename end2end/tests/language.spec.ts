// The interface speaks Swedish first, English on request, and says so to the browser.
import { expect, test } from '@playwright/test';
import { expectAccessible, fl, person, register, settle } from './helpers';

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

test('the Swedish original can be shown under each criterion, and the choice is remembered', async ({ page }, info) => {
  await register(page, person(info, 'originals'));
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('button', { name: 'Byt språk' }).click();
  await settle(page);
  await page.getByRole('button', { name: fl('Start with Care – fundamentals (demo course)') }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  const id = new URL(page.url()).pathname.split('/').pop();
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  await expect(page.getByText('Treats people with respect for their integrity, habits and wishes.')).toBeVisible();
  await expect(page.getByText('Bemöter personer med respekt')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the Swedish original under each criterion' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/1$`));
  await settle(page);
  const original = page.locator('.original').first();
  await expect(original).toContainText('In Swedish:');
  await expect(original.locator('[lang="sv"]')).toHaveText('Bemöter personer med respekt för deras integritet, vanor och vilja.');
  await expectAccessible(page);
  // Remembered on the next visit.
  await page.reload();
  await settle(page);
  await expect(page.locator('.original')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Hide the Swedish original' }).click();
  await settle(page);
  await expect(page.locator('.original')).toHaveCount(0);
});
