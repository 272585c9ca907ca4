// Measures, on a running Kartla, how long an answer takes from the person's change to the
// "Saved" status (a choice saves at once; text saves once typing pauses, after 600 ms), and
// prints medians. A measurement, not a test: nothing here fails on a slow run.
import { expect, Page, test } from '@playwright/test';

const RUNS = Number(process.env.RUNS ?? 25);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Time from an action to the criterion's status reading "Sparat", measured in the page. */
async function timeToSaved(page: Page, index: number, act: () => Promise<void>): Promise<number> {
  await page.evaluate((i) => {
    const status = document.querySelectorAll('.criterion .save-status')[i];
    const w = window as unknown as { savedAt: number; changedAt: number };
    w.savedAt = 0;
    new MutationObserver((_, obs) => {
      if (status.textContent === 'Sparat') {
        w.savedAt = performance.now();
        obs.disconnect();
      }
    }).observe(status, { childList: true, characterData: true, subtree: true });
    document.addEventListener('input', () => (w.changedAt = performance.now()), { once: true, capture: true });
    document.addEventListener('change', () => (w.changedAt = performance.now()), { once: true, capture: true });
  }, index);
  await act();
  await page.waitForFunction(() => (window as unknown as { savedAt: number }).savedAt > 0);
  return page.evaluate(() => {
    const w = window as unknown as { savedAt: number; changedAt: number };
    return w.savedAt - w.changedAt;
  });
}

test('change to saved', async ({ page }) => {
  test.setTimeout(600_000);
  const who = `bench-${Date.now()}@test.kartla.se`;
  await page.goto('/register');
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByLabel('Namn').fill('Mätning');
  await page.getByLabel('E-postadress').fill(who);
  await page.getByLabel('Lösenord').fill('ett långt lösenord');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page).toHaveURL(/\/mappings$/);
  await page.getByRole('button', { name: /Börja med .*Lagermedarbetare/ }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  const id = new URL(page.url()).pathname.split('/').pop();
  await page.goto(`/mappings/${id}/sections/1`);
  await page.locator('body[data-hydrated="true"]').waitFor();
  const row = page.locator('.criterion').first();
  const choice: number[] = [];
  const text: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const label = i % 2 ? 'Kan göra det självständigt' : 'Kan göra det med stöd';
    choice.push(await timeToSaved(page, 0, () => row.getByRole('radio', { name: label }).check()));
    text.push(await timeToSaved(page, 0, () => row.getByRole('textbox').fill(`Mätning nummer ${i}: plock och pack.`)));
  }
  const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`;
  console.log(`choice → "Sparat": ${fmt(choice)}`);
  console.log(`text → "Sparat" (includes the 600 ms pause): ${fmt(text)}`);
});

test('answering page weight', async ({ browser }) => {
  const setup = await browser.newContext({ locale: 'sv-SE' });
  const page = await setup.newPage();
  await page.goto('/register');
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByLabel('Namn').fill('Vikt');
  await page.getByLabel('E-postadress').fill(`weight-${Date.now()}@test.kartla.se`);
  await page.getByLabel('Lösenord').fill('ett långt lösenord');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page).toHaveURL(/\/mappings$/);
  await page.getByRole('button', { name: /Börja med .*Lagermedarbetare/ }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  const url = `${new URL(page.url()).pathname}/sections/1`;
  const state = await setup.storageState();
  await setup.close();

  // A fresh context: nothing cached, as on a first visit.
  const ctx = await browser.newContext({ locale: 'sv-SE', storageState: state });
  const fresh = await ctx.newPage();
  const rows: { kind: string; sent: number; raw: number; encoding: string }[] = [];
  const pending: Promise<void>[] = [];
  fresh.on('requestfinished', (req) => {
    pending.push(
      (async () => {
        const res = await req.response();
        if (!res) return;
        const sizes = await req.sizes();
        const path = new URL(req.url()).pathname;
        const kind = path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js' : path.endsWith('.css') ? 'css' : req.resourceType() === 'document' ? 'html' : 'other';
        rows.push({ kind, sent: sizes.responseBodySize, raw: (await res.body()).length, encoding: res.headers()['content-encoding'] ?? 'none' });
      })(),
    );
  });
  await fresh.goto(url);
  await fresh.locator('body[data-hydrated="true"]').waitFor();
  await fresh.waitForLoadState('networkidle');
  await Promise.all(pending);
  let sent = 0;
  let raw = 0;
  for (const kind of ['html', 'css', 'js', 'wasm', 'other']) {
    const rs = rows.filter((r) => r.kind === kind);
    if (!rs.length) continue;
    const s = rs.reduce((a, r) => a + r.sent, 0);
    const w = rs.reduce((a, r) => a + r.raw, 0);
    sent += s;
    raw += w;
    console.log(`${kind}: ${(s / 1024).toFixed(1)} KiB sent (${[...new Set(rs.map((r) => r.encoding))].join(', ')}), ${(w / 1024).toFixed(1)} KiB uncompressed, ${rs.length} request(s)`);
  }
  console.log(`total: ${(sent / 1024).toFixed(1)} KiB sent, ${(raw / 1024).toFixed(1)} KiB uncompressed`);
  await ctx.close();
});
