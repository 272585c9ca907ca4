// The merit portfolio: a person records what they have done; a refused save gives back what
// was typed; nobody else reaches their experiences.
import { expect, test } from '@playwright/test';
import { expectAccessible, fl, person, register, settle, startMapping, withJs } from './helpers';

test('experiences are added, corrected, changed and removed, and nothing typed is lost', async ({ page }) => {
  await register(page, person(test.info(), 'portfolio'));
  await page.getByRole('link', { name: 'Meritportfölj' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min meritportfölj');
  await settle(page);
  await expect(page.getByText('Du har inte lagt till några erfarenheter än.')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Lägg till en erfarenhet' }).click();
  await settle(page);
  await expectAccessible(page);
  // Forgetting what kind and writing the end before the start: both named, all text kept.
  await page.getByLabel('Vad gjorde du?').fill('Lagerarbetare');
  await page.getByLabel('Arbetsgivare, skola eller organisation, och ort').fill('Lager AB, Göteborg');
  await page.getByLabel('Land').fill('Sverige');
  await page.getByLabel('Började').fill('2018-03');
  await page.getByLabel('Slutade').fill('2017-01');
  const tasks = 'Plock och pack med handscanner.\nTruck varje dag.';
  await page.getByLabel('Arbetsuppgifter och vad du lärde dig').fill(tasks);
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Vad slags erfarenhet?');
  await expect(summary).toContainText('slutet kan inte vara före början');
  await expect(page.getByLabel('Vad gjorde du?')).toHaveValue('Lagerarbetare');
  await expect(page.getByLabel('Arbetsuppgifter och vad du lärde dig')).toHaveValue(tasks);
  await expect(page.getByLabel('Slutade')).toHaveAttribute('aria-invalid', 'true');
  await settle(page);
  await expectAccessible(page);

  await page.getByLabel('Arbete', { exact: true }).check();
  await page.getByLabel('Slutade').fill('');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Lagerarbetare' })).toBeVisible();
  await expect(page.getByText(fl('2018-03 – pågår'))).toBeVisible();
  await expect(page.getByText('Lager AB, Göteborg, Sverige')).toBeVisible();

  // Change it: it ended.
  await page.getByRole('link', { name: fl('Ändra Lagerarbetare') }).click();
  await settle(page);
  await expect(page.getByLabel('Arbete', { exact: true })).toBeChecked();
  await page.getByLabel('Slutade').fill('2022-08');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);
  await expect(page.getByText(fl('2018-03 – 2022-08'))).toBeVisible();
  await settle(page);
  await page.getByRole('button', { name: fl('Ta bort Lagerarbetare') }).click();
  await expect(page.getByText('Du har inte lagt till några erfarenheter än.')).toBeVisible();
});

test('another person cannot reach someone’s experience', async ({ page, browser }) => {
  await register(page, person(test.info(), 'owner'));
  await page.goto('/experiences/new');
  await settle(page);
  await page.getByLabel('Utbildning').check();
  await page.getByLabel('Vad gjorde du?').fill('Undersköterskeutbildning');
  await page.getByLabel('Började').fill('2015-08');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);
  await page.getByRole('link', { name: fl('Ändra Undersköterskeutbildning') }).click();
  const address = new URL(page.url()).pathname;
  const id = address.split('/').pop();

  const other = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: test.info().project.use.javaScriptEnabled });
  const them = await other.newPage();
  await register(them, person(test.info(), 'other'));
  expect((await them.goto(address))?.status()).toBe(404);
  const write = await them.request.post('/api/save_experience', {
    form: { id: id ?? '0', 'input[kind]': 'work', 'input[role]': 'Kapad', 'input[start]': '2020-01' },
  });
  expect(write.status()).toBe(404);
  const del = await them.request.post('/api/delete_experience', { form: { id: id ?? '0' } });
  expect(del.status()).toBe(404);
  await other.close();
  expect((await page.request.get('/experiences')).status()).toBe(200);
  // Not signed in: 401.
  const anon = await browser.newContext();
  expect((await (await anon.newPage()).goto('/experiences'))?.status()).toBe(401);
  await anon.close();
});

test('an answer points to the experiences it draws on', async ({ page }) => {
  await register(page, person(test.info(), 'links'));
  await page.goto('/experiences/new');
  await settle(page);
  await page.getByLabel('Arbete', { exact: true }).check();
  await page.getByLabel('Vad gjorde du?').fill('Truckförare');
  await page.getByLabel('Arbetsgivare, skola eller organisation, och ort').fill('Hamnen');
  await page.getByLabel('Började').fill('2016-05');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);

  await page.goto('/mappings');
  await settle(page);
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const first = page.locator('fieldset.criterion').first();
  await first.getByLabel(fl('Truckförare, Hamnen (2016-05 – pågår)')).check();
  if (withJs()) {
    await expect(first.getByRole('status')).toHaveText('Sparat');
  } else {
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  }
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByText(fl('Bygger på: Truckförare, Hamnen (2016-05 – pågår)'))).toBeVisible();
  await page.goto(`/mappings/${id}/sections/1`);
  await expect(page.locator('fieldset.criterion').first().getByLabel(fl('Truckförare, Hamnen (2016-05 – pågår)'))).toBeChecked();
  await expectAccessible(page);
});

test('a work experience prints as a certificate draft for the employer, for its owner only', async ({ page, browser }) => {
  await register(page, person(test.info(), 'certificate'));
  await page.goto('/experiences/new');
  await settle(page);
  await page.getByLabel('Arbete', { exact: true }).check();
  await page.getByLabel('Vad gjorde du?').fill('Kock');
  await page.getByLabel('Arbetsgivare, skola eller organisation, och ort').fill('Restaurang Kryddan, Malmö');
  await page.getByLabel('Började').fill('2017-02');
  await page.getByLabel('Slutade').fill('2021-06');
  await page.getByLabel('Arbetsuppgifter och vad du lärde dig').fill('Lagade lunch för 120 gäster om dagen.');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);
  await settle(page);
  const link = page.getByRole('link', { name: fl('Skriv ut intygsunderlag för Kock (PDF)') });
  await expect(link).toBeVisible();
  await expectAccessible(page);
  const href = (await link.getAttribute('href'))!;
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');

  // Schooling gets no draft; another person gets "not found".
  await page.goto('/experiences/new');
  await settle(page);
  await page.getByLabel('Utbildning').check();
  await page.getByLabel('Vad gjorde du?').fill('Gymnasium');
  await page.getByLabel('Började').fill('2010-08');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);
  await expect(page.getByRole('link', { name: fl('Skriv ut intygsunderlag för Gymnasium (PDF)') })).toHaveCount(0);
  const other = await browser.newContext({ locale: 'sv-SE' });
  const them = await other.newPage();
  await register(them, person(test.info(), 'not-owner'));
  expect((await them.request.get(href)).status()).toBe(404);
  await other.close();
});
