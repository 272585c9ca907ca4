// The whole journey on the real stack: register, answer, submit, the validator returns it,
// the participant adds and resubmits, the validator marks it reviewed, both download the PDF.
import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import {
  DEMO_PASSWORD, VALIDATOR, expectAccessible, fl, person, register, settle, signIn, signOut, startMapping,
} from './helpers';

const COURSE = 'Omvårdnad – grunder (demokurs)';

/** Rate every criterion of the open section and describe it. */
async function answerSection(page: Page, rating: string, text: string) {
  const criteria = page.getByRole('group').filter({ has: page.getByRole('textbox') });
  // After a link is followed in the browser (JavaScript on), the section's data may still be
  // on its way: count only once the first criterion is there.
  await criteria.first().waitFor();
  const n = await criteria.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const c = criteria.nth(i);
    await c.getByRole('radio', { name: rating }).check();
    await c.getByRole('textbox').fill(text);
  }
}

async function expectPdf(page: Page, id: number) {
  const res = await page.request.get(`/mappings/${id}/profile.pdf`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const body = await res.body();
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  expect(body.length).toBeGreaterThan(5_000);
}

test('a mapping goes from draft to reviewed and both sides get the PDF', async ({ page }, info) => {
  const p = person(info, 'journey');
  await register(page, p);
  await expectAccessible(page);

  const id = await startMapping(page, COURSE);
  await expectAccessible(page);
  await expect(page.getByText(fl('0 av 16 besvarade'))).toBeVisible();
  // The goal goes on the profile's cover.
  await page.getByLabel('Mål med kartläggningen').fill('Bli undersköterska i Malmö');
  await page.getByRole('button', { name: 'Spara målet' }).click();
  await expect(page.getByText('Målet är sparat.')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}\\?goal=saved$`));
  await page.reload();
  await settle(page);
  await expect(page.getByLabel('Mål med kartläggningen')).toHaveValue('Bli undersköterska i Malmö');
  await page.getByRole('link', { name: 'Bemötande och kommunikation' }).click();

  const answers: [string, string][] = [
    ['Kan göra det självständigt', 'Jag har arbetat tre år på ett äldreboende i Malmö och gjorde detta varje dag.'],
    ['Ingen erfarenhet', ''],
    ['Kan lära ut till andra', 'عملت ثلاث سنوات في دار رعاية المسنين وكنت أدرّب الموظفين الجدد.'],
    ['Kan göra det med stöd', 'Jag har skrivit rapporter tillsammans med min handledare.'],
  ];
  for (let s = 1; s <= 4; s++) {
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/${s}$`));
    await settle(page);
    await expect(page.getByText(fl(`Del ${s} av 4`))).toBeVisible();
    if (s === 1) await expectAccessible(page);
    await answerSection(page, ...answers[s - 1]);
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  }

  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/check$`));
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Granska dina svar' })).toBeVisible();
  await expect(page.getByText('Det här saknas innan du kan skicka in')).toHaveCount(0);
  await expect(page.getByText('عملت ثلاث سنوات').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(page);
  await expect(page.getByText('Inskickad', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Granska och skicka in' })).toHaveCount(0);
  await signOut(page);

  // The validator asks for additions.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await settle(page);
  await expectAccessible(page);
  await page.getByRole('link', { name: new RegExp(p.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${id}$`));
  await settle(page);
  await expectAccessible(page);
  await expect(page.getByText('Jag har arbetat tre år på ett äldreboende i Malmö').first()).toBeVisible();
  await expect(page.getByText('Bli undersköterska i Malmö')).toBeVisible();
  // Returning without a comment is refused with a message.
  await page.getByLabel('Skicka tillbaka för komplettering').check();
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page.getByRole('alert')).toContainText('Kommentar: måste fyllas i');
  await settle(page);
  await page.getByLabel('Skicka tillbaka för komplettering').check();
  await page.getByLabel('Kommentar').fill('Beskriv hygienrutinerna mer, till exempel vilka skyddskläder du använde.');
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await settle(page);
  await signOut(page);

  // The participant sees the comment, and who has opened their mapping; adds to an answer
  // and submits again.
  await signIn(page, p.email, p.password);
  await expect(page).toHaveURL(/\/mappings$/);
  await page.getByRole('link', { name: 'Vem har sett dina uppgifter' }).click();
  await settle(page);
  const seen = page.getByRole('table', { name: 'Vem som öppnade vad, det senaste först' });
  await expect(seen.getByRole('row').filter({ hasText: fl(`Kartläggning ${id}`) }).first()).toContainText('Vera Lind');
  await expect(seen.getByRole('row').filter({ hasText: 'Vera Lind' }).first()).toContainText('Validerare');
  await expect(seen.getByRole('row').filter({ hasText: 'Vera Lind' }).first()).toContainText('Nordvalidering (demo)');
  await expectAccessible(page);
  await page.goto(`/mappings/${id}`);
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Valideraren vill att du kompletterar' })).toBeVisible();
  await expect(page.getByText('Beskriv hygienrutinerna mer')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Hygien och smittskydd' }).click();
  await settle(page);
  await answerSection(page, 'Kan göra det självständigt', 'Jag använde handskar, förkläde och handsprit enligt basala hygienrutiner.');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/3$`));
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByText('Jag använde handskar, förkläde').first()).toBeVisible();
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(page);
  await expectPdf(page, id);
  await signOut(page);

  // The validator marks it reviewed.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/review$/);
  await page.goto(`/review/${id}`);
  await settle(page);
  await expect(page.getByText(fl('Skickad tillbaka för komplettering av Vera Lind'))).toBeVisible();
  await page.getByLabel('Granskad – inget mer behövs').check();
  await page.getByRole('button', { name: 'Spara beslutet' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expectPdf(page, id);
  await signOut(page);

  await signIn(page, p.email, p.password);
  await page.goto(`/mappings/${id}`);
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Din kartläggning är granskad' })).toBeVisible();
  await expectPdf(page, id);
  // The print form: labels in English, the criteria in English and Swedish side by side.
  await page.getByLabel('Språk i rubriker och etiketter').selectOption('en');
  await page.getByLabel('Kriterierna på två språk sida vid sida').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner kompetensprofil (PDF)' }).click(),
  ]);
  const text = execFileSync('pdftotext', [await download.path(), '-']).toString();
  expect(text).toContain('Competence profile');
  expect(text).toContain('Goal: Bli undersköterska i Malmö');
  expect(text).toMatch(/English\s+Swedish/);
  await expectAccessible(page);
});
