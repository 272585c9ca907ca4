// An administrator imports criteria from files: a preview first, then confirm. Bad files are
// refused whole, with each problem located; nothing is written until confirmed.
import { expect, test } from '@playwright/test';
import * as path from 'node:path';
import { DEMO_PASSWORD, expectAccessible, fl, person, register, settle, signIn } from './helpers';

const ADMIN = 'admin@demo.kartla.se';
const fixtures = path.join(__dirname, '..', '..', 'server', 'tests', 'fixtures');

function framework(code: string, criterion: string) {
  return Buffer.from(
    [
      'format = "kartla/1"',
      'kind = "occupation"',
      `code = "${code}"`,
      'title.sv = "Testyrke från fil"',
      'title.en = "Test occupation from a file"',
      '',
      '[[sections]]',
      'title.sv = "Grunder"',
      '',
      '[[sections.criteria]]',
      'code = "G1"',
      `text.sv = "${criterion}"`,
      '',
    ].join('\n'),
  );
}

test('an upload is previewed, confirmed and then in the public catalogue', async ({ page }) => {
  const code = `E2E-${test.info().project.name}-${Date.now()}`.toUpperCase();
  await signIn(page, ADMIN, DEMO_PASSWORD);
  await page.goto('/');
  await settle(page);
  await page.getByRole('link', { name: 'Katalogen (admin)' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hantera katalogen');
  await settle(page);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Importera kriterier från fil' }).click();
  await settle(page);
  await expectAccessible(page);
  await page.getByLabel('Kartlas eget format (TOML)').check();
  await page.getByLabel('Filer').setInputFiles({ name: 'yrke.toml', mimeType: 'application/toml', buffer: framework(code, 'Kan det första.') });
  await page.getByRole('button', { name: 'Visa förhandsgranskning' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förhandsgranska import');
  await settle(page);
  await expect(page.getByRole('status')).toHaveText(fl('1 ramverk: 1 nya, 0 ändrade, 0 oförändrade.'));
  await expect(page.getByRole('cell', { name: code })).toBeVisible();
  await expectAccessible(page);
  // Not yet in the public catalogue.
  expect((await page.request.get(`/catalogue/${code}`)).status()).toBe(404);

  await page.getByRole('button', { name: 'Importera ett ramverk' }).click();
  await expect(page.getByText('Importen är klar. Ramverken finns nu i katalogen.')).toBeVisible();
  await page.goto(`/catalogue/${code}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Testyrke från fil');

  // The same file again changes nothing; a changed one makes version 2.
  await page.goto('/admin/imports/new');
  await settle(page);
  await page.getByLabel('Filer').setInputFiles({ name: 'yrke.toml', mimeType: 'application/toml', buffer: framework(code, 'Kan det första.') });
  await page.getByRole('button', { name: 'Visa förhandsgranskning' }).click();
  await expect(page.getByText('Allt i filerna finns redan i katalogen.')).toBeVisible();
  await page.goto('/admin/imports/new');
  await settle(page);
  await page.getByLabel('Filer').setInputFiles({ name: 'yrke.toml', mimeType: 'application/toml', buffer: framework(code, 'Kan det första, bättre.') });
  await page.getByRole('button', { name: 'Visa förhandsgranskning' }).click();
  await expect(page.getByRole('cell', { name: fl('Ändrat, blir version 2') })).toBeVisible();
  await settle(page);
  await page.getByRole('button', { name: 'Importera ett ramverk' }).click();
  await expect(page.getByText('Importen är klar.', { exact: false })).toBeVisible();
  await page.goto(`/catalogue/${code}`);
  await expect(page.getByText('Kan det första, bättre.')).toBeVisible();
  await page.goto(`/catalogue/${code}?version=1`);
  await expect(page.getByText('Det här är en äldre version.')).toBeVisible();
  await expect(page.getByText('Kan det första.', { exact: true })).toBeVisible();
});

test('ESCO files in two languages preview with both, and bad files are refused with their place', async ({ page }) => {
  await signIn(page, ADMIN, DEMO_PASSWORD);
  await page.goto('/admin/imports/new');
  await settle(page);
  await page.getByLabel('ESCO (CSV)').check();
  await page.getByLabel('Filer').setInputFiles(
    ['occupations_sv.csv', 'occupations_en.csv', 'skills_sv.csv', 'skills_en.csv', 'occupationSkillRelations_en.csv'].map((f) =>
      path.join(fixtures, 'esco', f),
    ),
  );
  await page.getByLabel('Bara dessa ESCO-yrken (valfritt)').fill('http://data.europa.eu/esco/occupation/fix-welder');
  await page.getByRole('button', { name: 'Visa förhandsgranskning' }).click();
  await expect(page.getByRole('cell', { name: 'ESCO-7212.1' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'en, sv' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'ESCO-4321.2' })).toHaveCount(0);

  await page.goto('/admin/imports/new');
  await settle(page);
  await page.getByLabel('Moodle-kompetensramverk (CSV)').check();
  await page.getByLabel('Filer').setInputFiles({
    name: 'trasig.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Parent ID number,ID number,Short name,Description,Is framework\n,F,Ram,,1\nNOPE,A,Kompetens,,0\n'),
  });
  await page.getByRole('button', { name: 'Visa förhandsgranskning' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Filerna kan inte importeras: ett problem');
  await expect(page.getByRole('listitem').filter({ hasText: 'trasig.csv' })).toContainText(fl('rad 3'));
  await expect(page.getByRole('listitem').filter({ hasText: 'trasig.csv' })).toContainText(fl('ingen rad har id-numret ”NOPE”'));
  await expect(page.getByRole('button', { name: /Importera/ })).toHaveCount(0);
  await settle(page);
  await expectAccessible(page);
});

test('only administrators reach the catalogue administration and the upload', async ({ page }) => {
  const res = await page.request.post('/admin/imports', { multipart: { format: 'kartla' } });
  expect(res.status()).toBe(401);
  await register(page, person(test.info(), 'not-admin'));
  const forbidden = await page.goto('/admin/catalogue');
  expect(forbidden?.status()).toBe(403);
  const upload = await page.request.post('/admin/imports', {
    multipart: { format: 'kartla', files: { name: 'a.toml', mimeType: 'application/toml', buffer: framework('X', 'x') } },
  });
  expect(upload.status()).toBe(403);
  expect((await page.goto('/admin/imports/1'))?.status()).toBe(403);
});
