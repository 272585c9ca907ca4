// Evidence: files numbered in the order added, their type read from the content, linked to
// experiences and criteria, "missing" per criterion, readable only by the owner and the staff
// of a case that holds them, and deletable (a file a case holds only leaves the person's list).
import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DEMO_PASSWORD, VALIDATOR, expectAccessible, fl, person, register, settle, signIn, signOut, startMapping, withJs,
} from './helpers';

const OCCUPATION = 'Lagermedarbetare (demoyrke)';

// The smallest real files of each kind: a 1×1 PNG, a JPEG header and a one-page PDF.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64)]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, title = '') {
  await page.goto('/evidence');
  await settle(page);
  if (title) await page.getByLabel('Vad är det? (valfritt)').fill(title);
  await page.getByLabel('Fil', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await settle(page);
}

test('evidence is numbered, linked, marked missing, shown and deleted', async ({ page }) => {
  await register(page, person(test.info(), 'evidence'));
  // An experience to link the file to.
  await page.goto('/experiences/new');
  await settle(page);
  await page.getByLabel('Arbete', { exact: true }).check();
  await page.getByLabel('Vad gjorde du?').fill('Truckförare');
  await page.getByLabel('Arbetsgivare, skola eller organisation, och ort').fill('Lager AB');
  await page.getByLabel('Började').fill('2019-03');
  await page.getByRole('button', { name: 'Spara erfarenheten' }).click();
  await expect(page).toHaveURL(/\/experiences$/);

  await page.goto('/evidence');
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Bevis' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Vad är det? (valfritt)').fill('Truckkort');
  await page.getByLabel(fl('Truckförare, Lager AB')).check();
  await page.getByLabel('Fil', { exact: true }).setInputFiles({ name: 'kort.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await expect(page).toHaveURL(/\/evidence\?added=1$/);
  await settle(page);
  await expect(page.getByRole('status').filter({ hasText: fl('Bilaga 1 har lagts till.') })).toBeVisible();
  await expect(page.getByRole('heading', { name: fl('Bilaga 1: Truckkort') })).toBeVisible();
  await expect(page.getByText(/Hör till: .*Truckförare/)).toBeVisible();

  // Without a title the file's name is used; the name says PDF but the type comes from the bytes.
  await upload(page, { name: 'intyg.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('heading', { name: fl('Bilaga 2: intyg') })).toBeVisible();
  await upload(page, { name: 'foto.jpg', mimeType: 'image/jpeg', buffer: JPEG }, 'Foto av pall');
  await expect(page.getByRole('heading', { name: fl('Bilaga 3: Foto av pall') })).toBeVisible();
  await expectAccessible(page);

  const href = await page.getByRole('link', { name: fl('Öppna bilaga 1') }).getAttribute('href');
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');
  expect(file.headers()['content-security-policy']).toContain('sandbox');
  expect(Buffer.compare(await file.body(), PNG)).toBe(0);

  // Answers point to evidence, or say there is none.
  await page.goto('/mappings');
  await settle(page);
  const id = await startMapping(page, OCCUPATION);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const rows = page.getByRole('group').filter({ has: page.getByRole('textbox') });
  const first = rows.nth(0);
  await first.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
  await first.getByRole('textbox').fill('Körde truck varje dag i tre år.');
  await first.getByRole('checkbox', { name: fl('Bilaga 1: Truckkort') }).check();
  if (withJs()) await expect(first.getByRole('status')).toHaveText('Sparat');
  const second = rows.nth(1);
  await second.getByRole('radio', { name: 'Ingen erfarenhet' }).check();
  await second.getByRole('checkbox', { name: 'Jag har inget bevis för detta (saknas)' }).check();
  if (withJs()) await expect(second.getByRole('status')).toHaveText('Sparat');
  await expectAccessible(page);
  if (!withJs()) await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByRole('link', { name: fl('Bilaga 1: Truckkort') })).toBeVisible();
  await expect(page.getByText('Bevis saknas')).toBeVisible();

  // Deleting a file removes it and its links; its number is not given out again.
  await page.goto('/evidence');
  await settle(page);
  await page.getByRole('button', { name: fl('Ta bort bilaga 1') }).click();
  await expect(page.getByRole('heading', { name: fl('Bilaga 1: Truckkort') })).toHaveCount(0);
  expect((await page.request.get(href!)).status()).toBe(404);
  await upload(page, { name: 'ny.png', mimeType: 'image/png', buffer: PNG }, 'Ny bild');
  await expect(page.getByRole('heading', { name: fl('Bilaga 4: Ny bild') })).toBeVisible();
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByRole('link', { name: fl('Bilaga 1: Truckkort') })).toHaveCount(0);
});

test('wrong types, missing and oversized files are refused, and what was typed stays', async ({ page }) => {
  await register(page, person(test.info(), 'badfile'));
  // A script named like a picture.
  await upload(page, { name: 'bild.png', mimeType: 'image/png', buffer: Buffer.from('<script>alert(1)</script>') }, 'Min bild');
  await expect(page).toHaveURL(/refused=wrong-type/);
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('filen är inte en PDF, JPEG eller PNG');
  await expect(page.getByLabel('Vad är det? (valfritt)')).toHaveValue('Min bild');
  await expectAccessible(page);
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Fil', { exact: true })).toBeFocused();

  // No file at all.
  await page.goto('/evidence');
  await settle(page);
  await page.getByRole('button', { name: 'Ladda upp' }).click();
  await settle(page);
  await expect(page.getByRole('alert')).toContainText('välj en fil att ladda upp');
  await expect(page.getByLabel('Vad är det? (valfritt)')).toHaveValue('Min bild');

  // Over the limit.
  const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1)]);
  await upload(page, { name: 'stor.pdf', mimeType: 'application/pdf', buffer: big }, 'Stort intyg');
  await expect(page.getByRole('alert')).toContainText('filen är för stor');
  await expect(page.getByLabel('Vad är det? (valfritt)')).toHaveValue('Stort intyg');
  await expect(page.getByText('Du har inte lagt till några bevis än.')).toBeVisible();

  // Clients other than a browser page get the status and the words.
  const post = (buffer: Buffer, name = 'x.png') =>
    page.request.post('/evidence', {
      multipart: { title: 'API', file: { name, mimeType: 'image/png', buffer } },
      maxRedirects: 0,
    });
  let res = await post(Buffer.from('GIF89a not allowed'));
  expect(res.status()).toBe(415);
  expect(await res.text()).toBe('Filen är inte en PDF, JPEG eller PNG.');
  res = await post(big, 'big.pdf');
  expect(res.status()).toBe(413);
  res = await page.request.post('/evidence', { multipart: { title: 'API' }, maxRedirects: 0 });
  expect(res.status()).toBe(422);
  res = await page.request.post('/evidence', {
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    data: 'not multipart at all',
    maxRedirects: 0,
  });
  expect(res.status()).toBe(400);
  res = await post(PNG);
  expect(res.status()).toBe(303);
});

test('a file is for its owner and the staff of the case that holds it, once assigned', async ({ page, browser }) => {
  test.skip(!withJs(), 'access is checked on the server; once is enough');
  const owner = person(test.info(), 'owner');
  await register(page, owner);
  await upload(page, { name: 'betyg.pdf', mimeType: 'application/pdf', buffer: PDF }, 'Betyg');
  const href = (await page.getByRole('link', { name: fl('Öppna bilaga 1') }).getAttribute('href'))!;
  const evidenceId = Number(href.split('/')[2]);

  // Nobody signed in: 401. Another participant: 404, for reading and for deleting.
  const anon = await browser.newContext();
  expect((await anon.request.get(href)).status()).toBe(401);
  await anon.close();
  const otherCtx = await browser.newContext({ locale: 'sv-SE' });
  const other = await otherCtx.newPage();
  await register(other, person(test.info(), 'other'));
  expect((await other.request.get(href)).status()).toBe(404);
  const del = await other.request.post('/api/delete_evidence', { form: { id: String(evidenceId) } });
  expect(del.status()).toBe(404);
  const up = await other.request.post('/evidence', {
    multipart: { title: 'x', file: { name: 'x.png', mimeType: 'image/png', buffer: PNG } },
    maxRedirects: 0,
  });
  expect(up.status()).toBe(303);
  await otherCtx.close();

  // A validator: not while nothing is handed in.
  const valCtx = await browser.newContext({ locale: 'sv-SE' });
  const validator = await valCtx.newPage();
  await signIn(validator, VALIDATOR, DEMO_PASSWORD);
  expect((await validator.request.get(href)).status()).toBe(404);

  // The first answer points to the file; the rest are "not relevant".
  await page.goto('/mappings');
  await settle(page);
  const id = await startMapping(page, OCCUPATION);
  await page.goto(`/mappings/${id}/sections/1`);
  let first = true;
  for (;;) {
    await settle(page);
    if (/\/check$/.test(page.url())) break;
    const section = page.url().match(/sections\/(\d+)$/)![1];
    await expect(page.getByText(fl(`Del ${section} av`))).toBeVisible();
    const radios = page.getByRole('radio', { name: 'Inte relevant för mig' });
    const n = await radios.count();
    for (let i = 0; i < n; i++) await radios.nth(i).check();
    if (first) {
      const c = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
      await c.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
      await c.getByRole('textbox').fill('Jag tog emot gods varje dag i fyra år.');
      await c.getByLabel(fl('Bilaga 1: Betyg')).check();
      first = false;
    }
    const before = page.url();
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await page.waitForURL((u) => u.toString() !== before);
  }
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(page);
  const caseHref = (await page.getByRole('link', { name: 'Se hela ärendet med alla händelser' }).getAttribute('href'))!;
  // Handed in, the case is Nordvalidering's; until it is assigned to her, its validator
  // gets "not found" for the case, its profile and the file.
  expect((await validator.request.get(href)).status()).toBe(404);
  expect((await validator.request.get(`/mappings/${id}/profile.pdf`)).status()).toBe(404);
  expect((await validator.goto(caseHref))?.status()).toBe(404);
  // The provider's coordinator assigns it to her.
  const coCtx = await browser.newContext({ locale: 'sv-SE' });
  const coordinator = await coCtx.newPage();
  await signIn(coordinator, 'samordnare@demo.kartla.se', DEMO_PASSWORD);
  await coordinator.goto(caseHref);
  await settle(coordinator);
  await coordinator.getByLabel('Validerare').selectOption({ label: 'Vera Lind' });
  await coordinator.getByRole('button', { name: 'Tilldela' }).click();
  await expect(coordinator.getByText('Ärendet är tilldelat.')).toBeVisible();
  // The coordinator sees the file the case holds too.
  expect((await coordinator.request.get(href)).status()).toBe(200);
  await coCtx.close();
  const res = await validator.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toBe("attachment; filename=\"bilaga-1.pdf\"; filename*=UTF-8''bilaga-1.pdf");
  expect((await validator.request.get(`/mappings/${id}/profile.pdf`)).status()).toBe(200);
  expect((await validator.goto(caseHref))?.status()).toBe(200);
  await valCtx.close();

  // A validator of another organisation (Boden's provider): the case, its profile and its
  // evidence do not exist for them.
  const farCtx = await browser.newContext({ locale: 'sv-SE' });
  const far = await farCtx.newPage();
  await signIn(far, 'validerare.boden@demo.kartla.se', DEMO_PASSWORD);
  expect((await far.request.get(href)).status()).toBe(404);
  expect((await far.request.get(`/mappings/${id}/profile.pdf`)).status()).toBe(404);
  const gone = await far.goto(caseHref);
  expect(gone?.status()).toBe(404);
  await expect(far.getByRole('heading', { level: 1 })).not.toContainText(owner.name);
  await far.goto('/cases');
  await settle(far);
  await expect(far.getByRole('link', { name: new RegExp(owner.name) })).toHaveCount(0);
  await farCtx.close();

  // Removing the file after handing in only takes it off the person's list: the case keeps
  // what was handed in.
  await page.goto('/evidence');
  await settle(page);
  await page.getByRole('button', { name: fl('Ta bort bilaga 1') }).click();
  await settle(page);
  await expect(page.getByRole('link', { name: fl('Öppna bilaga 1') })).toHaveCount(0);
  const staffCtx = await browser.newContext({ locale: 'sv-SE' });
  const staff = await staffCtx.newPage();
  await signIn(staff, VALIDATOR, DEMO_PASSWORD);
  expect((await staff.request.get(href)).status()).toBe(200);
  // The case's profile still lists it, and still shows the answer as handed in.
  const profile = await staff.request.get(`/mappings/${id}/profile.pdf`);
  expect(profile.status()).toBe(200);
  const file = path.join(os.tmpdir(), `kartla-e2e-frozen-${Date.now()}.pdf`);
  fs.writeFileSync(file, await profile.body());
  const text = execFileSync('pdftotext', [file, '-']).toString().replace(/[\u2068\u2069]/g, '');
  fs.unlinkSync(file);
  expect(text).toContain('Bilaga 1');
  expect(text).toContain('Betyg');
  expect(text).toContain('Jag tog emot gods varje dag i fyra år.');
  await staffCtx.close();
  await signOut(page);
  expect((await page.request.get(href)).status()).toBe(401);
});

test('the evidence page works on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await register(page, person(test.info(), 'narrow'));
  await upload(page, { name: 'foto.png', mimeType: 'image/png', buffer: PNG }, 'Ett mycket långt namn på en bild av en lastpall som jag staplade');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: fl('Ta bort bilaga 1') })).toBeVisible();
});
