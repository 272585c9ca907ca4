// Bad input of every kind gets a clear message or the right status: never a 500, a stack
// trace or SQL text.
import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { LULEA, expectAccessible, fl, person, register, settle, signIn, signOut, startMapping, withJs } from './helpers';

const COURSE = 'Omvårdnad – grunder (demokurs)';

/** The id of the n-th criterion on the open section page. */
async function criterionId(page: Page, n: number): Promise<number> {
  return Number(await page.locator(`input[name="input[answers][${n}][criterion_id]"]`).inputValue());
}

function saveAnswer(req: APIRequestContext, form: Record<string, string | number>) {
  return req.post('/api/save_answer', { form: Object.fromEntries(Object.entries(form).map(([k, v]) => [`input[${k}]`, String(v)])) });
}

async function expectNoLeak(text: string) {
  expect(text).not.toMatch(/panicked|stack backtrace|SELECT |INSERT |sqlx|SQLITE/i);
}

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'deltagare@demo.kartla.se', 'inte rätt lösenord', { fails: true });
  await expect(page.getByRole('alert')).toContainText('E-postadressen eller lösenordet stämmer inte.');
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
});

test('a second account with the same e-mail is refused', async ({ page }, info) => {
  const p = person(info, 'dup');
  await register(page, p);
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.goto('/register');
  await settle(page);
  await page.getByLabel('Namn').fill(p.name);
  await page.getByLabel('E-postadress').fill(p.email.toUpperCase());
  await page.getByLabel('Lösenord').fill(p.password);
  await page.getByLabel('Hemkommun').selectOption({ label: LULEA });
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByRole('alert')).toContainText('Det finns redan ett konto med den e-postadressen.');
});

test('a registration with bad fields names each of them', async ({ page }) => {
  await page.goto('/register');
  await settle(page);
  await page.getByLabel('E-postadress').fill('inte-en-adress');
  await page.getByLabel('Lösenord').fill('kort');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Namn: måste fyllas i');
  await expect(alert).toContainText('E-postadress: är inte en giltig e-postadress');
  await expect(alert).toContainText('Hemkommun: måste fyllas i');
  await expect(alert).toContainText('Lösenord: är för kort');
  await expectAccessible(page);
});

test('submitting with a claim but no description lists what is missing', async ({ page }, info) => {
  await register(page, person(info, 'missing'));
  const id = await startMapping(page, COURSE);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const first = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  await first.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/2$`));
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByRole('link', { name: fl('1.1: beskriv hur och var du har lärt dig detta') })).toBeVisible();
  await expect(page.getByRole('link', { name: fl('1.2: välj hur väl du kan detta') })).toBeVisible();
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page.getByRole('alert')).toContainText('1.1: beskriv hur och var du har lärt dig och använt detta');
  await expectAccessible(page);
});

test('an oversized answer gets a clear message', async ({ page }, info) => {
  await register(page, person(info, 'long'));
  const id = await startMapping(page, COURSE);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const first = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  const long = 'å'.repeat(5001);
  await first.getByRole('textbox').fill(long);
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page.getByRole('alert')).toContainText('1.1: är för lång');
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/1`));
  // What was typed stays in the field, with and without JavaScript, to be shortened.
  await expect(first.getByRole('textbox')).toHaveValue(long);
  if (!withJs()) {
    await expect(first.getByText('Texten är för lång och har inte sparats.')).toBeVisible();
    await expectAccessible(page);
    // Shortened and saved, it becomes the answer and the kept text is gone.
    await first.getByRole('textbox').fill('å'.repeat(10));
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/2$`));
    await page.goto(`/mappings/${id}/sections/1`);
    await expect(first.getByRole('textbox')).toHaveValue('å'.repeat(10));
    await expect(first.getByText('Texten är för lång och har inte sparats.')).toHaveCount(0);
  }
});

test('the server answers bad requests with the right status and no internals', async ({ page, playwright }, info) => {
  const owner = person(info, 'owner');
  await register(page, owner);
  const id = await startMapping(page, COURSE);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const cid = await criterionId(page, 0);
  const req = page.request;

  const ok = await saveAnswer(req, { mapping_id: id, criterion_id: cid, rating: 4, text: 'Tre år på äldreboende.' });
  expect(ok.status()).toBe(200);

  for (const [form, status] of [
    [{ mapping_id: id, criterion_id: cid, rating: 9, text: '' }, 422],
    [{ mapping_id: id, criterion_id: cid, rating: 3, text: 'x'.repeat(5001) }, 422],
    [{ mapping_id: id, criterion_id: 999999, rating: 3, text: '' }, 422],
    [{ mapping_id: 'abc', criterion_id: cid }, 400],
    [{ mapping_id: 999999, criterion_id: cid, rating: 3, text: '' }, 404],
  ] as [Record<string, string | number>, number][]) {
    const res = await saveAnswer(req, form);
    expect(res.status(), JSON.stringify(form).slice(0, 80)).toBe(status);
    await expectNoLeak(await res.text());
  }

  const huge = await req.post('/api/save_answer', { form: { 'input[text]': 'x'.repeat(300 * 1024) } });
  expect(huge.status()).toBe(413);

  const double = async () => req.post('/api/submit_mapping', { form: { 'input[mapping_id]': String(id) } });
  expect((await double()).status()).toBe(422); // incomplete: nothing submitted yet

  // Nobody signed in.
  const anon = await playwright.request.newContext({ baseURL: info.project.use.baseURL });
  expect((await anon.post('/api/list_my_mappings')).status()).toBe(401);
  expect((await anon.get(`/mappings/${id}/profile.pdf`)).status()).toBe(401);
  await anon.dispose();
});

test('another participant cannot reach someone else’s mapping', async ({ page, browser }, info) => {
  await register(page, person(info, 'a'));
  const id = await startMapping(page, COURSE);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const cid = await criterionId(page, 0);

  const other = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'sv-SE', javaScriptEnabled: withJs() });
  const intruder = await other.newPage();
  await register(intruder, person(info, 'b'));
  for (const path of [`/mappings/${id}`, `/mappings/${id}/sections/1`, `/mappings/${id}/check`, `/cases/${id}`]) {
    const res = await intruder.goto(path);
    expect(res?.status(), path).toBeGreaterThanOrEqual(403);
    await expect(intruder.getByRole('heading', { level: 1 })).not.toContainText('Omvårdnad');
  }
  expect((await intruder.request.get(`/mappings/${id}/profile.pdf`)).status()).toBe(404);
  const write = await saveAnswer(intruder.request, { mapping_id: id, criterion_id: cid, rating: 1, text: 'intrång' });
  expect(write.status()).toBe(404);
  const submit = await intruder.request.post('/api/submit_mapping', { form: { 'input[mapping_id]': String(id) } });
  expect(submit.status()).toBe(404);
  expect((await intruder.request.post('/api/case_queue')).status()).toBe(403);
  await other.close();
});

test('the eleventh wrong password in a minute is throttled, for a known address and an unknown one alike', async ({ page, request }, info) => {
  test.skip(info.project.name !== 'js', 'counted on the server; once is enough');
  const p = person(info, 'guess');
  await register(page, p);
  await signOut(page);
  const signInWith = (email: string, password: string) =>
    request.post('/api/sign_in', { form: { 'input[email]': email, 'input[password]': password } });
  for (const email of [p.email, `unknown-${p.email}`]) {
    for (let i = 0; i < 10; i++) {
      const wrong = await signInWith(email, `fel lösenord ${i}`);
      expect(wrong.status(), `${email}, try ${i + 1}`).toBe(401);
    }
    const eleventh = await signInWith(email, 'fel lösenord igen');
    expect(eleventh.status()).toBe(429);
    const wait = Number(eleventh.headers()['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
  }
  // Within the minute the right password waits too, and the page says why in the reader's words.
  expect((await signInWith(p.email, p.password)).status()).toBe(429);
  await page.goto('/sign-in');
  await settle(page);
  await page.getByLabel('E-postadress').fill(p.email);
  await page.getByLabel('Lösenord').fill(p.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('alert')).toContainText('För många försök. Vänta en minut och försök sedan igen.');
  await expectAccessible(page);
});
