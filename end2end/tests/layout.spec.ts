// Usable on a small phone: nothing needs scrolling sideways at 320 CSS pixels.
import { expect, test } from '@playwright/test';
import { person, register, settle, startMapping, withJs } from './helpers';

test('pages fit a 320 px wide screen', async ({ page }, info) => {
  test.skip(!withJs(), 'measuring the layout runs a script in the page');
  await page.setViewportSize({ width: 320, height: 800 });
  await register(page, person(info, 'narrow'));
  const id = await startMapping(page, 'Omvårdnad – grunder (demokurs)');
  for (const path of ['/', '/register', '/mappings', `/mappings/${id}`, `/mappings/${id}/sections/1`, `/mappings/${id}/check`]) {
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
