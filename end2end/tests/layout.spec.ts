// Usable on a small phone: nothing needs scrolling sideways at 320 CSS pixels.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, fl, person, register, settle, signIn, startMapping, withJs } from './helpers';

test('pages fit a 320 px wide screen', async ({ page }, info) => {
  test.skip(!withJs(), 'measuring the layout runs a script in the page');
  await page.setViewportSize({ width: 320, height: 800 });
  await register(page, person(info, 'narrow'));
  const id = await startMapping(page, 'Omvårdnad – grunder (demokurs)');
  for (const path of ['/', '/register', '/mappings', `/mappings/${id}`, `/mappings/${id}/sections/1`, `/mappings/${id}/check`, '/experiences', '/experiences/new']) {
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});

test('the catalogue and its administration fit a 320 px wide screen', async ({ page }) => {
  test.skip(!withJs(), 'measuring the layout runs a script in the page');
  await page.setViewportSize({ width: 320, height: 800 });
  const fits = async (path: string) => {
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  };
  await fits('/catalogue');
  await fits('/catalogue/DEMO-DIG01');
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  // Wide tables scroll inside their own region, not the page.
  await fits('/admin/catalogue');
  await fits('/admin/imports/new');
  await fits('/admin/frameworks/new');
  await page.goto('/admin/catalogue');
  await settle(page);
  await page.getByRole('button', { name: fl('Redigera DEMO-DIG01') }).click();
  await expect(page).toHaveURL(/\/admin\/drafts\/\d+/);
  await fits(new URL(page.url()).pathname);
  await page.getByRole('button', { name: 'Kasta utkastet' }).click();
  await expect(page).toHaveURL(/\/admin\/catalogue$/);
});
