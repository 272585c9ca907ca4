// Measures, on two running Kartla servers of one PostgreSQL database (scripts/bench-live
// starts them), how long a keystroke in the person's answer takes to show in the counsellor's
// field during a guidance session: both on one server, and the counsellor on the other. Prints
// the median and 95th percentile. A measurement, not a test: nothing here fails on a slow run.
import { Browser, expect, Page, test } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 20);
const ONE = process.env.KARTLA_URL ?? 'http://127.0.0.1:3211';
const OTHER = process.env.KARTLA_OTHER_URL ?? 'http://127.0.0.1:3212';
const PASSWORD = 'kartla-demo';

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}

async function signedIn(browser: Browser, base: string, email: string): Promise<Page> {
  const ctx = await browser.newContext({ baseURL: base, locale: 'sv-SE' });
  const page = await ctx.newPage();
  await page.goto('/sign-in');
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return page;
}

/** Keystroke on `person`'s first answer to the same text in `counsellor`'s, over RUNS. */
async function measure(person: Page, counsellor: Page, tag: string): Promise<number[]> {
  const mine = person.getByLabel('Hur och var har du lärt dig och använt detta?').first();
  const theirs = counsellor.getByLabel('Hur och var har du lärt dig och använt detta?', { exact: true }).first();
  const took: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const text = `Mätning ${tag} ${i}: personlig assistans i två år.`;
    const start = Date.now();
    await mine.fill(text);
    await counsellor.waitForFunction(
      ([el, want]) => (el as HTMLTextAreaElement).value === want,
      [await theirs.elementHandle(), text] as const,
      { polling: 'raf', timeout: 10_000 },
    );
    took.push(Date.now() - start);
    await expect(person.locator('.save-status').first()).toHaveText('Sparat');
  }
  return took;
}

test('keystroke to the other screen', async ({ browser }) => {
  test.setTimeout(600_000);
  const report: string[] = [];
  for (const [where, base] of [['same server', ONE], ['across servers', OTHER]] as const) {
    const counsellor = await signedIn(browser, base, 'vagledare@demo.kartla.se');
    await counsellor.goto('/caseload');
    await counsellor.locator('li').filter({ hasText: 'Hodan Abdi' })
      .getByRole('button', { name: 'Starta ett vägledningssamtal' }).click();
    await counsellor.locator('body[data-hydrated="true"]').waitFor();
    const code = (await counsellor.locator('.notice strong.code').textContent())!.trim();
    const person = await signedIn(browser, ONE, 'deltagare.lulea2@demo.kartla.se');
    await person.goto('/sessions');
    await person.getByLabel('Kod').fill(code);
    await person.getByRole('button', { name: 'Anslut' }).click();
    await person.locator('body[data-hydrated="true"]').waitFor();
    const took = await measure(person, counsellor, where);
    report.push(`${where}: median ${quantile(took, 0.5)} ms, p95 ${quantile(took, 0.95)} ms (min ${Math.min(...took)}, max ${Math.max(...took)}, n=${took.length})`);
    await counsellor.getByRole('button', { name: 'Avsluta samtalet' }).click();
    await person.context().close();
    await counsellor.context().close();
  }
  console.log(`keystroke → the other screen\n  ${report.join('\n  ')}`);
});
