// An administrator writes a framework in the editor: a draft keeps every word, blanks
// included; publishing names what is missing; a published version never changes, and editing
// it starts the next version.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, fl, settle, signIn } from './helpers';

test('a new framework is drafted, checked, published and edited into version 2', async ({ page }) => {
  const code = `NY-${test.info().project.name}-${Date.now()}`.toUpperCase();
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Nytt ramverk' }).click();
  await settle(page);
  await expectAccessible(page);

  // A bad code is refused and named.
  await page.getByLabel('Kod').fill('med mellanslag');
  await page.getByLabel('Namn på svenska').fill('Truckförare');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(page.getByRole('alert')).toContainText('koden får bara ha bokstäver');
  await page.getByLabel('Yrke').check();
  await page.getByLabel('Kod').fill(code);
  await page.getByLabel('Namn på svenska').fill('Truckförare');
  await page.getByLabel('Namn på engelska (valfritt)').fill('Forklift driver');
  await page.getByRole('button', { name: 'Skapa utkast' }).click();
  await expect(page).toHaveURL(/\/admin\/drafts\/\d+/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fl('Redigera Truckförare, utkast till version 1'));
  await settle(page);
  await expectAccessible(page);

  // Fill part of it, add a criterion: nothing typed is lost.
  await page.locator('#section-0-title-sv').fill('Säkerhet');
  await page.locator('#criterion-0-0-text-sv').fill('Kontrollerar trucken före arbetet.');
  await page.getByRole('button', { name: fl('Lägg till ett kriterium i avsnitt 1') }).click();
  await expect(page.locator('#criterion-0-1-code')).toHaveValue('1.2');
  await expect(page.locator('#criterion-0-0-text-sv')).toHaveValue('Kontrollerar trucken före arbetet.');
  await settle(page);

  // Publishing with a blank criterion names it and links to it; the draft is still there.
  await page.getByRole('button', { name: 'Publicera' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText(fl('Avsnitt 1, kriterium 2, text (svenska)'));
  await expect(summary.getByRole('link')).toHaveAttribute('href', '#criterion-0-1-text-sv');
  expect((await page.request.get(`/catalogue/${code}`)).status()).toBe(404);

  await page.locator('#criterion-0-1-text-sv').fill('Kör säkert bland gående.');
  await page.locator('#criterion-0-1-text-en').fill('Drives safely among pedestrians.');
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page).toHaveURL(new RegExp(`/catalogue/${code}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Truckförare');
  await expect(page.getByText('Kör säkert bland gående.')).toBeVisible();

  // Editing the published framework starts version 2; version 1 stays as it was.
  await page.goto('/admin/catalogue');
  await settle(page);
  await page.getByLabel('Sök på namn eller kod').fill(code);
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Ett ramverk');
  await page.getByRole('button', { name: fl(`Redigera ${code}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fl('Redigera Truckförare, utkast till version 2'));
  await settle(page);
  await page.getByRole('button', { name: fl('Flytta kriterium 1.2 uppåt') }).click();
  await expect(page.locator('#criterion-0-0-text-sv')).toHaveValue('Kör säkert bland gående.');
  await settle(page);
  await page.getByRole('button', { name: 'Publicera' }).click();
  await expect(page).toHaveURL(new RegExp(`/catalogue/${code}$`));
  await expect(page.getByRole('listitem').filter({ hasText: 'Kör säkert' }).first()).toContainText('1.2');
  await page.getByRole('link', { name: fl('Version 1') }).click();
  await expect(page.getByText('Det här är en äldre version.')).toBeVisible();
  await expectAccessible(page);
});

test('a draft can be thrown away, and the published version stays', async ({ page }) => {
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/catalogue');
  await settle(page);
  await page.getByRole('button', { name: fl('Redigera DEMO-BUSS1') }).click();
  await expect(page).toHaveURL(/\/admin\/drafts\/\d+/);
  await settle(page);
  await page.locator('#title-sv').fill('Bussförare, ändrad');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fl('Redigera Bussförare, ändrad, utkast till version 2'));
  await settle(page);
  await page.getByRole('button', { name: 'Kasta utkastet' }).click();
  await expect(page).toHaveURL(/\/admin\/catalogue$/);
  await page.goto('/catalogue/DEMO-BUSS1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bussförare (demoyrke)');
});
