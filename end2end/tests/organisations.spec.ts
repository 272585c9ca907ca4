// Organisations and the roles held in them: an organisation's administrator sees and ends the
// roles in their own organisation only.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, VALIDATOR, expectAccessible, fl, kartlaCli, person, register, settle, signIn, signOut } from './helpers';

test('an organisation’s administrator ends a role in their organisation, and only there', async ({ page }, info) => {
  const p = person(info, 'staff');
  await register(page, p);
  // The participant also becomes a counsellor in Luleå, as an installer would do it.
  expect(kartlaCli(['users', 'add', '--email', p.email, '--role', 'counsellor', '--org', 'LULEA'])).toContain('counsellor@LULEA');
  // A participant cannot end anyone's role.
  expect((await page.request.post('/api/end_membership', { form: { user_id: '1', organisation: '2', role: 'counsellor' } })).status()).toBe(403);
  await signOut(page);

  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin\/people$/);
  await settle(page);
  await expectAccessible(page);
  await expect(page.getByRole('heading', { level: 2, name: fl('Luleå kommun (demo)') })).toBeVisible();
  // Piteå's people are not shown to Luleå's administrator.
  await expect(page.getByRole('heading', { level: 2, name: fl('Piteå kommun (demo)') })).toHaveCount(0);
  await expect(page.getByText('Hanna Lundqvist')).toHaveCount(0);
  const end = page.getByRole('button', { name: fl(`Avsluta Studie- och yrkesvägledare för ${p.name}`) });
  const form = page.locator('form').filter({ has: end });
  const userId = await form.locator('input[name="user_id"]').getAttribute('value');
  // Another organisation's role is beyond them: as if it did not exist.
  const elsewhere = await page.request.post('/api/end_membership', { form: { user_id: userId!, organisation: '3', role: 'counsellor' } });
  expect(elsewhere.status()).toBe(404);
  await end.click();
  await expect(page.getByRole('status')).toContainText('Rollen är avslutad.');
  await expect(page.getByRole('button', { name: fl(`Avsluta Studie- och yrkesvägledare för ${p.name}`) })).toHaveCount(0);
  expect(kartlaCli(['users', 'list'])).toContain(`${p.email}\tparticipant@LULEA\n`);
});

test('the installation’s administrator adds an organisation, and a bad code is named', async ({ page }, info) => {
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/people');
  await settle(page);
  const code = `T${info.project.name.toUpperCase()}-${Date.now() % 100000}`;
  await page.getByLabel('Kod').fill('ö');
  await page.getByLabel('Namn').fill('Testkommun');
  await page.getByRole('button', { name: 'Lägg till organisation' }).click();
  await expect(page.getByRole('alert')).toContainText('Kod: ska vara 2 till 24 bokstäver');
  await settle(page);
  await page.getByLabel('Slags organisation').selectOption({ label: 'Anordnare' });
  await page.getByLabel('Kod').fill(code);
  await page.getByLabel('Namn').fill('Testanordnare');
  await page.getByRole('button', { name: 'Lägg till organisation' }).click();
  await expect(page.getByRole('status')).toContainText('Organisationen är tillagd.');
  await expect(page.getByRole('heading', { level: 2, name: fl(`Testanordnare (${code})`) })).toBeVisible();
  await expectAccessible(page);
  expect(kartlaCli(['orgs', 'list'])).toContain(`${code}\tprovider\tTestanordnare\n`);
});

test('administrators search who has seen a person’s information, as far as the policy lets them', async ({ page }, info) => {
  // Nordvalidering's validator opens Amal's handed-in mapping: that is written down.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await page.getByRole('link', { name: /Amal Hassan/ }).first().click();
  await expect(page).toHaveURL(/\/review\/\d+$/);
  await settle(page);
  await signOut(page);

  // The installation's administrator sees every reader.
  await signIn(page, 'admin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Vem har sett vems uppgifter' }).click();
  await settle(page);
  await page.getByLabel('Personens e-postadress').fill('deltagare@demo.kartla.se');
  await page.getByRole('button', { name: 'Sök' }).click();
  await expect(page).toHaveURL(/\/admin\/access-log\?person=deltagare%40demo\.kartla\.se$/);
  await expect(page.getByRole('cell', { name: 'Vera Lind (validerare@demo.kartla.se)' }).first()).toBeVisible();
  await settle(page);
  await expectAccessible(page);
  await signOut(page);

  // Luleå's administrator sees only what Luleå's people opened: not Nordvalidering's reading.
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/access-log?person=deltagare%40demo.kartla.se');
  await expect(page.getByText('Ingen som du får se har öppnat den här personens uppgifter.')).toBeVisible();
  await page.goto('/admin/access-log?person=ingen%40example.se');
  await expect(page.getByText('Det finns inget konto med den e-postadressen.')).toBeVisible();
  await signOut(page);

  // A participant's roles do not open the page.
  const p = person(info, 'audit');
  await register(page, p);
  expect((await page.goto('/admin/access-log?person=deltagare%40demo.kartla.se'))?.status()).toBe(403);
});
