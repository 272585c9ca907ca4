// Picture tests of right-to-left pages: a screenshot compared with a committed reference
// within a tolerance (font rasterising may move a few pixels). The answering page in Arabic
// on a 320-pixel phone and on a desktop, and a mapping's overview in Persian, all with the
// demo's Arabic-speaking participant, Hiba Alkhalil. Dates are masked: the demo is seeded
// on the day the tests run. `npx playwright test pictures --update-snapshots` renews the
// references after a deliberate change of the layout.
import { expect, Page, test } from '@playwright/test';
import { DEMO_PASSWORD, settle, signIn } from './helpers';

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'one set of pictures, with JavaScript');

const HIBA = 'deltagare.arabiska@demo.kartla.se';

async function hibasMapping(page: Page): Promise<string> {
  await signIn(page, HIBA, DEMO_PASSWORD);
  await page.goto('/mappings');
  await settle(page);
  const href = await page.locator('a[href^="/mappings/"]').filter({ hasNotText: /^$/ }).first().getAttribute('href');
  expect(href).toMatch(/^\/mappings\/\d+$/);
  return href!;
}

async function useLanguage(page: Page, tag: string) {
  await page.context().addCookies([{ name: 'kartla_lang', value: tag, url: page.url() }]);
}

const PICTURE = { fullPage: true, animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 } as const;

function dates(page: Page) {
  return [page.getByText(/\d{4}-\d{2}-\d{2}/)];
}

test('the answering page in Arabic, on a phone and on a desktop', async ({ page }) => {
  const mapping = await hibasMapping(page);
  await useLanguage(page, 'ar');
  for (const [name, width] of [['phone-320', 320], ['desktop', 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`${mapping}/sections/1`);
    await settle(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page).toHaveScreenshot(`answering-ar-${name}.png`, { ...PICTURE, mask: dates(page) });
  }
});

test('the overview in Persian', async ({ page }) => {
  const mapping = await hibasMapping(page);
  await useLanguage(page, 'fa');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(mapping);
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page).toHaveScreenshot('overview-fa.png', { ...PICTURE, mask: dates(page) });
});
