// A participant shares a mapping with a study and career counsellor of their municipality,
// who then reads it (and is written in the person's access log); withdrawn, it is gone for
// them. Counsellors elsewhere never see it.
import { expect, test } from '@playwright/test';
import {
  DEMO_PASSWORD, expectAccessible, fl, person, register, settle, signIn, signOut, startMapping,
} from './helpers';

const COURSE = 'Omvårdnad – grunder (demokurs)';

test('a mapping shared with a counsellor is theirs to read until it is withdrawn', async ({ page, browser }, info) => {
  const p = person(info, 'sharing');
  await register(page, p);
  const id = await startMapping(page, COURSE);
  await page.getByLabel('Mål med kartläggningen').fill('Bli undersköterska');
  await page.getByRole('button', { name: 'Spara målet' }).click();
  await expect(page.getByText('Målet är sparat.')).toBeVisible();

  await page.goto('/account');
  await settle(page);
  const sharing = page.locator('#sharing');
  await expect(sharing.getByText('Du delar inget just nu.')).toBeVisible();
  await sharing.getByLabel('Vägledare', { exact: true }).selectOption({ label: 'Sami Niemi' });
  await sharing.getByLabel('Vad vill du dela').selectOption({ label: COURSE });
  await sharing.getByRole('button', { name: 'Dela', exact: true }).click();
  await expect(page.getByText('Nu delar du med vägledaren.')).toBeVisible();
  await settle(page);
  await expect(page.locator('#sharing')).toContainText(fl(`Sami Niemi kan läsa: ${COURSE}`));
  await expectAccessible(page);
  await page.goto('/mappings');
  await signOut(page);

  // The counsellor finds it in their caseload and reads it, without changing anything.
  const ctx = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: info.project.use.javaScriptEnabled });
  const counsellor = await ctx.newPage();
  await signIn(counsellor, 'vagledare@demo.kartla.se', DEMO_PASSWORD);
  await counsellor.getByRole('link', { name: 'Mina deltagare' }).click();
  await expect(counsellor).toHaveURL(/\/caseload$/);
  await settle(counsellor);
  await expectAccessible(counsellor);
  const card = counsellor.locator('li').filter({ hasText: p.name });
  await card.getByRole('link', { name: COURSE }).click();
  await expect(counsellor).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(counsellor);
  await expect(counsellor.getByText(fl('Mål med kartläggningen: Bli undersköterska'))).toBeVisible();
  await expect(counsellor.getByRole('button', { name: 'Spara målet' })).toHaveCount(0);
  expect((await counsellor.goto(`/mappings/${id}/sections/1`))?.status()).toBe(200);
  await expect(counsellor.getByRole('button', { name: 'Spara och fortsätt' })).toHaveCount(0);
  expect((await counsellor.request.get(`/mappings/${id}/profile.pdf`)).status()).toBe(200);

  // A counsellor of another municipality: as if it did not exist.
  const farCtx = await browser.newContext({ locale: 'sv-SE' });
  const far = await farCtx.newPage();
  await signIn(far, 'larare@demo.kartla.se', DEMO_PASSWORD);
  expect((await far.goto(`/mappings/${id}`))?.status()).toBe(404);
  await farCtx.close();

  // The person sees who read it, and withdraws.
  await signIn(page, p.email, p.password);
  await page.goto('/account/seen-by');
  await settle(page);
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Sami Niemi' }).first()).toBeVisible();
  await page.goto('/account');
  await settle(page);
  await page.locator('#sharing').getByRole('button', { name: 'Sluta dela' }).click();
  await expect(page.getByText('Du delar inte längre det.')).toBeVisible();
  expect((await counsellor.goto(`/mappings/${id}`))?.status()).toBe(404);
  await counsellor.goto('/caseload');
  await expect(counsellor.getByText(p.name)).toHaveCount(0);
  await ctx.close();
});

test('a counsellor invites with a code, and the person who enters it is connected', async ({ page, browser }, info) => {
  const ctx = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: info.project.use.javaScriptEnabled });
  const counsellor = await ctx.newPage();
  await signIn(counsellor, 'vagledare@demo.kartla.se', DEMO_PASSWORD);
  await counsellor.goto('/caseload');
  await settle(counsellor);
  await counsellor.getByRole('button', { name: 'Gör en kod' }).click();
  await settle(counsellor);
  const code = (await counsellor.locator('#invite strong.code').first().textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expectAccessible(counsellor);

  const p = person(info, 'connect');
  await register(page, p);
  await startMapping(page, COURSE);
  await page.goto('/account');
  await settle(page);
  await page.getByLabel('Kod från din vägledare').fill('ZZZ-ZZZ');
  await page.getByRole('button', { name: 'Anslut', exact: true }).click();
  await expect(page.getByText('ingen öppen inbjudan har den här koden', { exact: false }).first()).toBeVisible();
  await page.goto('/account');
  await settle(page);
  await page.getByLabel('Kod från din vägledare').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Anslut', exact: true }).click();
  await expect(page.getByText('Nu delar du med vägledaren.')).toBeVisible();
  await expect(page.locator('#sharing')).toContainText(fl('Sami Niemi kan läsa: Alla mina kartläggningar'));

  // The code is used up; the counsellor has the person in their caseload.
  await counsellor.goto('/caseload');
  await settle(counsellor);
  await expect(counsellor.locator('#invite strong.code').filter({ hasText: code })).toHaveCount(0);
  await expect(counsellor.locator('li').filter({ hasText: p.name }).getByRole('link', { name: COURSE })).toBeVisible();
  await ctx.close();
});
