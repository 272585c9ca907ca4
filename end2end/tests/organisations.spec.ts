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
  const addForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lägg till organisation' }) });
  await addForm.getByLabel('Kod').fill('ö');
  await addForm.getByLabel('Namn').fill('Testkommun');
  await page.getByRole('button', { name: 'Lägg till organisation' }).click();
  await expect(page.getByRole('alert')).toContainText('Kod: ska vara 2 till 24 bokstäver');
  await settle(page);
  await addForm.getByLabel('Slags organisation').selectOption({ label: 'Anordnare' });
  await addForm.getByLabel('Kod').fill(code);
  await addForm.getByLabel('Namn').fill('Testanordnare');
  await page.getByRole('button', { name: 'Lägg till organisation' }).click();
  await expect(page.getByRole('status')).toContainText('Organisationen är tillagd.');
  await expect(page.getByRole('heading', { level: 2, name: fl(`Testanordnare (${code})`) })).toBeVisible();
  await expectAccessible(page);
  expect(kartlaCli(['orgs', 'list'])).toContain(`${code}\tprovider\tTestanordnare\n`);

  // The new provider gets a contact address and assesses for Boden.
  await settle(page);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: fl(`Testanordnare (${code})`) }) });
  await section.getByText(fl('Ändra uppgifterna för Testanordnare')).click();
  await section.getByLabel('E-postadress för kontakt').fill('inte en adress');
  await section.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByRole('alert')).toContainText('är inte en giltig e-postadress');
  await settle(page);
  const again = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: fl(`Testanordnare (${code})`) }) });
  await again.getByText(fl('Ändra uppgifterna för Testanordnare')).click();
  await again.getByLabel('Namn').fill('Testanordnare AB');
  await again.getByLabel('E-postadress för kontakt').fill('kontakt@test.kartla.se');
  await again.getByLabel('Bodens kommun (demo)').check();
  await again.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByRole('status').first()).toContainText('Organisationens uppgifter är sparade.');
  const saved = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: fl(`Testanordnare AB (${code})`) }) });
  await expect(saved.getByText('kontakt@test.kartla.se')).toBeVisible();
  await saved.getByText(fl('Ändra uppgifterna för Testanordnare AB')).click();
  await expect(saved.getByLabel('Bodens kommun (demo)')).toBeChecked();
  await expect(saved.getByLabel('Luleå kommun (demo)')).not.toBeChecked();
  await expectAccessible(page);
});

test('an organisation’s administrator changes their organisation’s details, and no other’s', async ({ page }) => {
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  const lulea = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: fl('Luleå kommun (demo)') }) });
  const id = await lulea.locator('input[name="input[id]"]').getAttribute('value');
  // Which municipalities a provider serves is the installation's to decide, and another
  // organisation is as if it did not exist.
  const other = await page.request.post('/api/edit_organisation', { form: { 'input[id]': '1', 'input[name]': 'Kapad' } });
  expect(other.status()).toBe(404);
  const serves = await page.request.post('/api/edit_organisation', {
    form: { 'input[id]': id!, 'input[name]': 'Luleå kommun (demo)', 'input[serves_shown]': '1' },
  });
  expect(serves.status()).toBe(403);
  await lulea.getByText(fl('Ändra uppgifterna för Luleå kommun (demo)')).click();
  await expect(lulea.getByText('Kommuner den bedömer åt')).toHaveCount(0);
  await lulea.getByLabel('Telefon för kontakt').fill('0920-45 30 00');
  await lulea.getByRole('button', { name: 'Spara uppgifterna' }).click();
  await expect(page.getByRole('status').first()).toContainText('Organisationens uppgifter är sparade.');
  await expect(page.getByText(fl('0920-45 30 00'))).toBeVisible();
});

test('administrators search who has seen a person’s information, as far as the policy lets them', async ({ page }, info) => {
  // Nordvalidering’s validator opens Amal’s case assigned to her: that is written down.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await page.getByRole('link', { name: /Amal Hassan/ }).first().click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
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

  // Luleå's administrator sees only what Luleå's people opened (Amal's Swedish course is a
  // Luleå case): not Nordvalidering's reading.
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/admin/access-log?person=deltagare%40demo.kartla.se');
  await settle(page);
  await expect(page.getByRole('cell', { name: /Vera Lind/ })).toHaveCount(0);
  await expect(page.getByRole('cell', { name: /Petra Holm/ })).toHaveCount(0);
  await page.goto('/admin/access-log?person=deltagare.boden%40demo.kartla.se');
  await expect(page.getByText('Ingen som du får se har öppnat den här personens uppgifter.')).toBeVisible();
  await page.goto('/admin/access-log?person=ingen%40example.se');
  await expect(page.getByText('Det finns inget konto med den e-postadressen.')).toBeVisible();
  await signOut(page);

  // A participant's roles do not open the page.
  const p = person(info, 'audit');
  await register(page, p);
  expect((await page.goto('/admin/access-log?person=deltagare%40demo.kartla.se'))?.status()).toBe(403);
});

test('an organisation’s administrator changes a role, and makes a password link for their staff only', async ({ page }, info) => {
  // Someone who works in Luleå, added as an installer would.
  const p = person(info, 'changed');
  expect(kartlaCli(['users', 'add', '--email', p.email, '--role', 'counsellor', '--org', 'LULEA', '--name', p.name], `${p.password}\n`)).toContain('counsellor@LULEA');

  // And a participant who also counsels there.
  const q = person(info, 'holder');
  await register(page, q);
  expect(kartlaCli(['users', 'add', '--email', q.email, '--role', 'counsellor', '--org', 'LULEA'])).toContain('counsellor@LULEA');
  await signOut(page);

  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  const idOf = (name: string) =>
    page.locator('form').filter({ has: page.getByRole('button', { name: fl(`Byt roll för ${name}`) }) }).locator('input[name="user_id"]').getAttribute('value');
  const userId = await idOf(p.name);
  const holderId = await idOf(q.name);
  await page.getByLabel(fl(`Ny roll för ${p.name}`)).selectOption({ label: 'Validerare' });
  await page.getByRole('button', { name: fl(`Byt roll för ${p.name}`) }).click();
  await expect(page.getByRole('status').first()).toContainText('Rollen är bytt.');
  expect(kartlaCli(['users', 'list'])).toContain(`${p.email}\tvalidator@LULEA\n`);
  // A participant's home is theirs: an administrator neither ends nor changes it.
  for (const [api, extra] of [['end_membership', {}], ['change_role', { new_role: 'validator' }]] as const) {
    const home = await page.request.post(`/api/${api}`, { form: { user_id: userId!, organisation: '2', role: 'participant', ...extra } });
    expect(home.status()).toBe(403);
  }
  await settle(page);

  // A participant, and someone of another organisation, are refused a password link.
  for (const email of ['deltagare@demo.kartla.se', 'handlaggare@demo.kartla.se']) {
    await page.getByLabel('Personens e-postadress').fill(email);
    await page.getByRole('button', { name: 'Skapa länk' }).click();
    await expect(page.getByRole('alert')).toContainText('är inte adressen till någon som bara arbetar i dina organisationer');
    await settle(page);
  }
  await page.getByLabel('Personens e-postadress').fill(p.email);
  await page.getByRole('button', { name: 'Skapa länk' }).click();
  const shown = page.locator('#made-link .link-to-pass-on');
  await expect(shown).toHaveText(/\/reset-password\/[0-9a-f]{64}$/);
  // The link is not in the address.
  expect(page.url()).not.toMatch(/[0-9a-f]{64}/);
  await settle(page);
  await expectAccessible(page);
  const path = new URL((await shown.textContent())!.trim()).pathname;
  await signOut(page);

  // The person chooses a new password with it, once.
  await page.goto(path);
  await settle(page);
  await expectAccessible(page);
  await page.getByLabel('Nytt lösenord').fill('kort');
  await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
  await expect(page.getByRole('alert')).toContainText('är för kort');
  await settle(page);
  await page.getByLabel('Nytt lösenord').fill('ett helt nytt lösenord');
  await page.getByRole('button', { name: 'Spara det nya lösenordet' }).click();
  await expect(page).toHaveURL(/\/sign-in\?saved=password$/);
  await expect(page.getByRole('status').first()).toContainText('Ditt nya lösenord är sparat');
  await signIn(page, p.email, 'ett helt nytt lösenord');
  await expect(page).toHaveURL(/\/cases$/);
  expect((await page.goto(path))?.status()).toBe(404);

  await signOut(page);

  // Holding a role does not let anyone change it, not even their own to an administrator
  // (a participant's own rule for their home is not a rule for their roles).
  await signIn(page, q.email, q.password);
  const before = kartlaCli(['users', 'list']);
  for (const role of ['counsellor', 'participant']) {
    const self = await page.request.post('/api/change_role', {
      form: { user_id: holderId!, organisation: '2', role, new_role: 'org_admin' },
    });
    expect(self.status()).toBe(404);
  }
  expect(kartlaCli(['users', 'list'])).toBe(before);
});
