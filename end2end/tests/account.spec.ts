// A person's own account: moving home, changing the password (which signs them out on their
// other devices), signing out everywhere.
import { expect, test } from '@playwright/test';
import { BODEN, expectAccessible, person, register, settle, signIn } from './helpers';

test('a person moves home, changes their password and signs out everywhere', async ({ page, browser }, info) => {
  const p = person(info, 'account');
  await register(page, p);
  // A second device, signed in before the password changes.
  const otherCtx = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'sv-SE' });
  const other = await otherCtx.newPage();
  await signIn(other, p.email, p.password);

  await page.getByRole('link', { name: 'Ditt konto' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await settle(page);
  await expectAccessible(page);
  await page.getByLabel('Hemkommun').selectOption({ label: BODEN });
  await page.getByRole('button', { name: 'Spara hemkommun' }).click();
  await expect(page.getByRole('status')).toContainText('Din hemkommun är sparad.');
  await page.reload();
  await settle(page);
  await expect(page.getByLabel('Hemkommun').locator('option:checked')).toHaveText(BODEN);

  // A wrong current password, then a short new one, are refused with their field named.
  await page.getByLabel('Nuvarande lösenord').fill('inte mitt lösenord');
  await page.getByLabel('Nytt lösenord').fill('ett nytt långt lösenord');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByRole('alert')).toContainText('Nuvarande lösenord: stämmer inte');
  await settle(page);
  await page.getByLabel('Nuvarande lösenord').fill(p.password);
  await page.getByLabel('Nytt lösenord').fill('kort');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByRole('alert')).toContainText('Nytt lösenord: är för kort');
  await settle(page);
  await page.getByLabel('Nuvarande lösenord').fill(p.password);
  await page.getByLabel('Nytt lösenord').fill('ett nytt långt lösenord');
  await page.getByRole('button', { name: 'Byt lösenord' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt lösenord är bytt.');

  // The other device is signed out; the old password no longer opens the account.
  expect((await other.request.post('/api/list_my_mappings')).status()).toBe(401);
  await signIn(other, p.email, p.password, { fails: true });
  await expect(other.getByRole('alert')).toContainText('E-postadressen eller lösenordet stämmer inte.');
  await signIn(other, p.email, 'ett nytt långt lösenord');

  // Signing out everywhere ends both.
  await page.goto('/account');
  await settle(page);
  await page.getByRole('button', { name: 'Logga ut överallt' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await page.request.post('/api/list_my_mappings')).status()).toBe(401);
  expect((await other.request.post('/api/list_my_mappings')).status()).toBe(401);
  await otherCtx.close();
});
