// The directory of who assesses what: public, searchable by course or occupation and by
// municipality, showing only people who chose to be shown; kept by each organisation's
// administrators, the choice to be shown each person's own.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, LULEA, expectAccessible, fl, settle, signIn, signOut, withJs } from './helpers';

test('anyone finds who assesses an occupation, where', async ({ page }) => {
  await page.goto('/directory');
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Vem bedömer vad' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Kurs eller yrke').fill('lager');
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\/directory\?q=lager/);
  await settle(page);
  const nordval = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Nordvalidering (demo)' }) });
  await expect(nordval.getByRole('heading', { name: 'Vera Lind' })).toBeVisible();
  await expect(nordval).toContainText(fl(`Bedömer för ${LULEA}`));
  await expect(nordval).toContainText('vera.lind@demo.kartla.se');
  await expect(page.getByRole('heading', { name: 'Nils Öberg' })).toHaveCount(0);
  // Cooks in Boden: the folk high school that serves Boden.
  await page.goto('/directory?q=kock&municipality=');
  await settle(page);
  await page.getByLabel('Kommun').selectOption({ label: 'Bodens kommun (demo)' });
  await page.getByRole('button', { name: 'Sök' }).click();
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Nils Öberg' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Vera Lind' })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto('/directory?q=ingenting-som-finns');
  await expect(page.getByText('Ingen i förteckningen passar sökningen.')).toBeVisible();
});

test('an administrator keeps what their people assess; each person chooses to be shown', async ({ page }) => {
  test.skip(!withJs(), 'changes the demo directory; once is enough');
  // Not listed (no consent): a course Maria assesses does not show her.
  await page.goto('/directory?q=Omvårdnad');
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Maria Johansson' })).toHaveCount(0);

  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Förteckningen över vem som bedömer vad' }).click();
  await settle(page);
  await expectAccessible(page);
  const maria = page.locator('details').filter({ hasText: 'Maria Johansson' });
  await maria.locator('summary').click();
  await maria.getByLabel('Språk').fill('svenska');
  await maria.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toContainText('skriv språkkoder');
  await settle(page);
  const again = page.locator('details').filter({ hasText: 'Maria Johansson' });
  if (!(await again.getAttribute('open'))) await again.locator('summary').click();
  await again.getByLabel('Språk').fill('sv, en, so');
  await again.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Förteckningen är sparad.')).toBeVisible();
  // Another organisation's people (Vera Lind at Nordvalidering) are not theirs to change.
  const res = await page.request.post('/api/set_assesses', {
    form: { 'input[user]': '4', 'input[organisation]': '5', 'input[languages]': 'sv' },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(404);
  await signOut(page);

  await signIn(page, 'validerare.lulea@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/account');
  await settle(page);
  await page.getByLabel('Visa mig i den offentliga förteckningen').check();
  await page.getByLabel('E-post som visas (valfritt)').fill('maria.johansson@demo.kartla.se');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByText('Ditt val för förteckningen är sparat.')).toBeVisible();
  await page.goto('/cases');
  await signOut(page);

  await page.goto('/directory?q=Omvårdnad');
  await settle(page);
  const shown = page.locator('li').filter({ has: page.getByRole('heading', { name: 'Maria Johansson' }) });
  await expect(shown).toContainText('sv, en, so');
  await expect(shown).toContainText('maria.johansson@demo.kartla.se');
});
