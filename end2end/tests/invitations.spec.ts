// Invitations and forgotten passwords on an installation without mail: the administrator is
// shown the one-time link to pass on; the link makes an account with the role (or adds the
// role to an existing account, signed in), once.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, LULEA, expectAccessible, fl, kartlaCli, person, register, settle, signIn, signOut } from './helpers';

async function invite(page: import('@playwright/test').Page, email: string, role: string): Promise<string> {
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await page.getByLabel('E-postadress', { exact: true }).fill(email);
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: LULEA });
  await page.getByLabel('Roll', { exact: true }).selectOption({ label: role });
  await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
  const shown = page.locator('.link-to-pass-on');
  await expect(shown).toHaveText(/\/invite\/[0-9a-f]{64}$/);
  await expect(page.locator('#made-link')).toContainText('Den här installationen skickar ingen e-post');
  await expect(page.getByRole('button', { name: fl(`Återkalla inbjudan till ${email}`) })).toBeVisible();
  await settle(page);
  await expectAccessible(page);
  const link = new URL((await shown.textContent())!.trim());
  await signOut(page);
  return link.pathname;
}

test('an invitation makes an account with the role, once', async ({ page }, info) => {
  const p = person(info, 'invited');
  const path = await invite(page, p.email, 'Validerare');

  await page.goto(path);
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbjudan' })).toBeVisible();
  await expect(page.getByText(fl(`Du är inbjuden till rollen Validerare hos ${LULEA}`))).toBeVisible();
  await expectAccessible(page);
  // A short password is named; the invitation stays open.
  await page.getByLabel('Namn').fill(p.name);
  await page.getByLabel('Lösenord').fill('kort');
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await expect(page.getByRole('alert')).toContainText('Lösenord: är för kort');
  await settle(page);
  await page.getByLabel('Namn').fill(p.name);
  await page.getByLabel('Lösenord').fill(p.password);
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await settle(page);
  await signOut(page);

  // The new person signs in with the role; the link opens nothing any more.
  await signIn(page, p.email, p.password);
  await expect(page).toHaveURL(/\/cases$/);
  const again = await page.goto(path);
  expect(again?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Den här inbjudan fungerar inte längre' })).toBeVisible();
  expect(kartlaCli(['users', 'list'])).toContain(`${p.email}\tvalidator@LULEA\n`);
});

test('someone with an account signs in to accept, and comes back to the invitation', async ({ page }, info) => {
  const p = person(info, 'has-account');
  await register(page, p);
  await signOut(page);
  const path = await invite(page, p.email, 'Validerare');

  await page.goto(path);
  await settle(page);
  await page.getByRole('link', { name: 'Logga in', exact: true }).last().click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await settle(page);
  await page.getByLabel('E-postadress').fill(p.email);
  await page.getByLabel('Lösenord').fill(p.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await settle(page);
  await page.getByRole('button', { name: 'Ta emot inbjudan' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  expect(kartlaCli(['users', 'list'])).toContain(`${p.email}\tparticipant@LULEA,validator@LULEA\n`);
});

test('a withdrawn invitation opens nothing, and another site cannot be the way back', async ({ page }, info) => {
  const p = person(info, 'withdrawn');
  const path = await invite(page, p.email, 'Handläggare');
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  // Another organisation's invitations are beyond Luleå's administrator: as if they did not
  // exist; only an installation administrator invites one.
  const elsewhere = await page.request.post('/api/invite', {
    form: { 'input[email]': p.email, 'input[organisation]': '3', 'input[role]': 'validator' },
  });
  expect(elsewhere.status()).toBe(404);
  const above = await page.request.post('/api/invite', {
    form: { 'input[email]': p.email, 'input[organisation]': '2', 'input[role]': 'installation_admin' },
  });
  expect(above.status()).toBe(422);
  await page.getByRole('button', { name: fl(`Återkalla inbjudan till ${p.email}`) }).click();
  await expect(page.getByRole('status').first()).toContainText('Inbjudan är återkallad.');
  await signOut(page);
  expect((await page.goto(path))?.status()).toBe(404);

  // After signing in, a return address on another site leads to the start page instead.
  await page.goto('/sign-in?next=//evil.example/');
  await settle(page);
  await page.getByLabel('E-postadress').fill('kommunadmin@demo.kartla.se');
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/admin\/people$/);
});

test('without mail, "forgot password" says whom to ask', async ({ page }) => {
  await page.goto('/sign-in');
  await settle(page);
  await page.getByRole('link', { name: 'Glömt ditt lösenord?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glömt lösenord' })).toBeVisible();
  await expect(page.getByText('Den här installationen skickar ingen e-post, så ingen länk kan skickas till dig.')).toBeVisible();
  await expectAccessible(page);
  // A made-up link to set a password opens nothing.
  expect((await page.goto(`/reset-password/${'a'.repeat(64)}`))?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Den här länken fungerar inte längre' })).toBeVisible();
});
