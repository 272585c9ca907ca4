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
  // The list of frameworks stacks instead of scrolling sideways, even inside its region.
  await fits('/admin/catalogue');
  const inner = await page.locator('.table-wrap').evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(inner, 'the list of frameworks scrolls sideways').toBeLessThanOrEqual(0);
  await fits('/admin/imports/new');
  await fits('/admin/frameworks/new');
  await page.goto('/admin/catalogue');
  await settle(page);
  await page.getByRole('button', { name: fl('Redigera DEMO-DIG01') }).click();
  await expect(page).toHaveURL(/\/admin\/drafts\/\d+/);
  await fits(new URL(page.url()).pathname);
  await page.getByRole('button', { name: 'Kasta utkastet' }).click();
  await expect(page).toHaveURL(/\/admin\/catalogue$/);
  // Organisations and people, with every table and form open.
  await fits('/admin/people');
  await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(wide, '/admin/people with its forms open scrolls sideways').toBeLessThanOrEqual(0);
  await fits('/admin/access-log?person=deltagare%40demo.kartla.se');
  await fits('/account');
  await fits('/forgot-password');
});

test('the administration fits a 320 px wide screen without JavaScript', async ({ page }) => {
  test.skip(withJs(), 'this is the layout without JavaScript');
  await page.setViewportSize({ width: 320, height: 800 });
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  for (const path of ['/admin/catalogue', '/admin/imports/new', '/admin/frameworks/new', '/catalogue', '/admin/people', '/account']) {
    await page.goto(path);
    // No script can measure here; a picture of the whole page is as wide as what scrolls.
    const png = await page.screenshot({ fullPage: true });
    const width = png.readUInt32BE(16);
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(320);
  }
});

test('cases and the directory fit a 320 px wide screen', async ({ page }) => {
  test.skip(!withJs(), 'measuring the layout runs a script in the page');
  await page.setViewportSize({ width: 320, height: 800 });
  const fits = async (path: string, openAll = false) => {
    await page.goto(path);
    await settle(page);
    if (openAll) await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  };
  await fits('/directory?q=lager');
  // The validator's case, partly judged, with every form open.
  await signIn(page, 'validerare@demo.kartla.se', DEMO_PASSWORD);
  await fits('/cases');
  const href = (await page.getByRole('link', { name: 'Amal Hassan' }).first().getAttribute('href'))!;
  await fits(href, true);
  // The coordinator's returned case, with its list of additions.
  await page.goto('/');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await signIn(page, 'vagledare@demo.kartla.se', DEMO_PASSWORD);
  await fits('/cases');
  const returned = (await page.getByRole('row').filter({ hasText: 'Väntar på komplettering' }).getByRole('link').first().getAttribute('href'))!;
  await fits(returned, true);
  await page.goto('/');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  await fits('/admin/directory', true);
});
