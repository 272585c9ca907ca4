// A printed profile can be checked by anyone holding it: the verification code on its cover and at the foot of each page
// leads to /verify/{code}, which shows the initials, status, frameworks, date and the PDF's
// fingerprint, and nothing more; an unknown code is a 404.
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, expectAccessible, settle, signIn } from './helpers';

test('the code on a printed profile leads to a page that vouches for it', async ({ page, browser }) => {
  await signIn(page, 'deltagare@demo.kartla.se', DEMO_PASSWORD);
  const res = await page.request.get('/mappings/1/profile.pdf');
  expect(res.status()).toBe(200);
  const pdf = await res.body();
  const file = join(mkdtempSync(join(tmpdir(), 'kartla-verify-')), 'p.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', [file, '-']).toString();
  const code = text.match(/Verifieringskod: ([2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4})/)?.[1];
  expect(code, text.slice(0, 400)).toBeTruthy();
  expect(text).toContain(`/verify/${code}`);
  // And at the foot of every page, with the page number.
  const pages = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)?.[1]);
  for (let n = 1; n <= pages; n++) {
    expect(text).toContain(`Verifieringskod: ${code} · Sida ${n} av ${pages}`);
  }

  // Anyone, signed in or not, can check it.
  const ctx = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: test.info().project.use.javaScriptEnabled });
  const anyone = await ctx.newPage();
  const visit = await anyone.goto(`/verify/${code!.toLowerCase()}`);
  expect(visit?.status()).toBe(200);
  await settle(anyone);
  await expect(anyone.getByRole('heading', { level: 1, name: 'Kompetensprofilen finns' })).toBeVisible();
  await expect(anyone.getByText('A. H.', { exact: true })).toBeVisible();
  await expect(anyone.getByText('Inskickad', { exact: true })).toBeVisible();
  await expect(anyone.getByText(createHash('sha256').update(pdf).digest('hex'))).toBeVisible();
  await expect(anyone.getByText('Amal Hassan')).toHaveCount(0);
  await expectAccessible(anyone);

  // Typed into the form, in any case and with spaces.
  await anyone.goto('/verify');
  await settle(anyone);
  await anyone.getByLabel('Verifieringskod').fill(code!.toLowerCase().replace(/-/g, ' '));
  await anyone.getByRole('button', { name: 'Kontrollera' }).click();
  await expect(anyone).toHaveURL(new RegExp(`/verify/${code}$`));
  await expect(anyone.getByRole('heading', { level: 1, name: 'Kompetensprofilen finns' })).toBeVisible();

  // Unknown and malformed codes.
  expect((await anyone.goto('/verify/2222-3333-4444'))?.status()).toBe(404);
  await expect(anyone.getByText('Det finns ingen kompetensprofil med den koden.')).toBeVisible();
  await expectAccessible(anyone);
  await anyone.goto('/verify');
  await settle(anyone);
  await anyone.getByLabel('Verifieringskod').fill('<script>alert(1)</script>');
  await anyone.getByRole('button', { name: 'Kontrollera' }).click();
  await expect(anyone).toHaveURL(/\/verify\/-$/);
  await expect(anyone.getByText('Det finns ingen kompetensprofil med den koden.')).toBeVisible();
  await ctx.close();
});
