// The public criteria catalogue: no sign-in needed, searchable, in the reader's language with a
// visible note where a text falls back to Swedish.
import { expect, test } from '@playwright/test';
import { expectAccessible, fl, person, register, settle } from './helpers';

test('anyone can search the catalogue and filter by kind and language', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  await page.getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kriteriekatalog');
  await settle(page);
  // Other tests add frameworks of their own; the six demo ones are always there.
  await expect(page.getByRole('status')).toHaveText(/träffar/);
  await expect(page.getByRole('link', { name: 'Bussförare (demoyrke)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Sök på namn eller kod').fill('demo-l');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  await expect(page).toHaveURL(/q=demo-l/);
  await expect(page.getByRole('status')).toHaveText('En träff');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Lagermedarbetare (demoyrke)');

  await page.getByLabel('Sök på namn eller kod').fill('');
  await page.getByLabel('Typ').selectOption('course');
  await page.getByLabel('Texternas språk').selectOption('ar');
  await page.getByRole('button', { name: 'Sök', exact: true }).click();
  // The digital course and the care course have their criteria in Arabic too.
  await expect(page.getByRole('status')).toHaveText(fl('2 träffar'));
  await expect(page.getByLabel('Typ')).toHaveValue('course');
  await page.getByRole('link', { name: 'Digital kompetens i arbetslivet (demokurs)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Digital kompetens i arbetslivet (demokurs)');
  await expect(page.getByRole('heading', { level: 2, name: '1. Enheter och program' })).toBeVisible();
  await expect(page.getByText(fl('Betygssteg E')).first()).toBeVisible();
  await expectAccessible(page);
});

test('a framework reads in English, and Swedish where a text has no English', async ({ page, context }) => {
  await context.addCookies([{ name: 'kartla_lang', value: 'en', url: test.info().project.use.baseURL ?? 'http://127.0.0.1:3100' }]);
  await page.goto('/catalogue/DEMO-SVA01');
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Swedish for work and everyday life (demo course)');
  await expect(page.getByText('Some texts are not available in your language')).toHaveCount(0);
  await expectAccessible(page);

  // The digital course has its grade-step guidance in Swedish only.
  await page.goto('/catalogue/DEMO-DIG01');
  await settle(page);
  await expect(page.getByText('Some texts are not available in your language and are shown in Swedish.')).toBeVisible();
  const fallback = page.getByText('Väljer själv lämpligt verktyg för uppgiften');
  await expect(fallback).toHaveAttribute('lang', 'sv');
  await expect(page.getByText('Uses a computer and a smartphone for everyday work tasks.')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
});

test('an unknown framework is a 404, and a participant can start from the catalogue', async ({ page }) => {
  const res = await page.goto('/catalogue/NO-SUCH-CODE');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte.');

  await page.goto('/catalogue/DEMO-KOCK1');
  await settle(page);
  await expect(page.getByRole('button', { name: 'Börja kartlägga mot det här' })).toHaveCount(0);
  await register(page, person(test.info(), 'catalogue'));
  await page.goto('/catalogue/DEMO-KOCK1');
  await settle(page);
  await page.getByRole('button', { name: 'Börja kartlägga mot det här' }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fl('Kock (demoyrke)'));
});

test('a course’s grade-step guidance is there while answering', async ({ page }) => {
  await register(page, person(test.info(), 'guidance'));
  await page.goto('/catalogue/DEMO-SVA01');
  await settle(page);
  await page.getByRole('button', { name: 'Börja kartlägga mot det här' }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  await page.goto(`${new URL(page.url()).pathname}/sections/1`);
  await settle(page);
  const guidance = page.locator('#criterion-' + (await page.locator('input[name$="[criterion_id]"]').first().getAttribute('value')));
  await guidance.getByText('Vad betygsstegen innebär').first().click();
  await expect(page.getByText('Förstår enkla instruktioner och frågar när något är oklart.')).toBeVisible();
  await expectAccessible(page);
});
