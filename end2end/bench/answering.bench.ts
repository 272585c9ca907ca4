// Measures, on a running Kartla, how long an answer takes from the person's change to the
// "Saved" status (a choice saves at once; text saves once typing pauses, after 600 ms), and
// prints medians. A measurement, not a test: nothing here fails on a slow run.
import { Browser, expect, Page, test } from '@playwright/test';

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
  await page.getByLabel('Hemkommun').selectOption({ label: 'Luleå kommun (demo)' });
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

/** A participant with a started mapping; returns their signed-in state and the mapping's path. */
async function participant(browser: Browser) {
  const setup = await browser.newContext({ locale: 'sv-SE' });
  const page = await setup.newPage();
  await page.goto('/register');
  await page.getByLabel('Namn').fill('Vikt');
  await page.getByLabel('E-postadress').fill(`weight-${Date.now()}@test.kartla.se`);
  await page.getByLabel('Lösenord').fill('ett långt lösenord');
  await page.getByLabel('Hemkommun').selectOption({ label: 'Luleå kommun (demo)' });
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page).toHaveURL(/\/mappings$/);
  await page.getByRole('button', { name: /Börja med .*Lagermedarbetare/ }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  const mapping = new URL(page.url()).pathname;
  const state = await setup.storageState();
  await setup.close();
  return { state, mapping };
}

type Row = { kind: string; bytes: number };

/** Bytes over the wire (headers included, as Chromium counts them), by kind, for one load. */
async function record(page: Page): Promise<() => Row[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map<string, string>();
  const rows: Row[] = [];
  cdp.on('Network.responseReceived', (e) => {
    const path = new URL(e.response.url).pathname;
    kinds.set(e.requestId, path.endsWith('.wasm') ? 'wasm' : path.endsWith('.js') ? 'js'
      : path.endsWith('.css') ? 'css' : e.type === 'Document' ? 'html' : 'other');
  });
  cdp.on('Network.loadingFinished', (e) => {
    rows.push({ kind: kinds.get(e.requestId) ?? 'other', bytes: e.encodedDataLength });
  });
  return () => rows;
}

/** The time, from the navigation's start, at which the page said it was interactive. */
const INTERACTIVE = () => {
  const w = window as unknown as { interactiveAt?: number };
  new MutationObserver((_, obs) => {
    if (document.body?.dataset.hydrated === 'true') {
      w.interactiveAt = performance.now();
      obs.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated'] });
};

function table(name: string, rows: Row[]): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const by = (k: string) => rows.filter((r) => r.kind === k).reduce((a, r) => a + r.bytes, 0);
  const total = rows.reduce((a, r) => a + r.bytes, 0);
  return `${name.padEnd(16)} html ${kb(by('html')).padStart(6)}  css ${kb(by('css')).padStart(6)}  js ${kb(by('js')).padStart(6)}`
    + `  wasm ${kb(by('wasm')).padStart(7)}  other ${kb(by('other')).padStart(6)}  total ${kb(total).padStart(7)} KiB`
    + `  (${rows.length} responses)`;
}

// First visits with an empty cache, as served (brotli where the browser takes it), then the
// same page again (what a returning visitor downloads), for the answering page, the overview
// and the public catalogue; and the answering page in Arabic (its messages instead of the
// Swedish ones: the browser fetches the page's language only).
test('first visit weight', async ({ browser }) => {
  const { state, mapping } = await participant(browser);
  const pages: [string, string, boolean, string][] = [
    ['answering page', `${mapping}/sections/1`, true, 'sv'],
    ['overview', mapping, true, 'sv'],
    ['catalogue', '/catalogue', false, 'sv'],
    ['answering (ar)', `${mapping}/sections/1`, true, 'ar'],
  ];
  const lines: string[] = [];
  for (const [name, url, signedIn, lang] of pages) {
    const ctx = await browser.newContext({ locale: 'sv-SE', storageState: signedIn ? state : undefined });
    const base = process.env.KARTLA_URL ?? 'http://127.0.0.1:3200';
    await ctx.addCookies([{ name: 'kartla_lang', value: lang, url: base }]);
    const page = await ctx.newPage();
    const rows = await record(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    lines.push(table(name, rows()));
    const again = await record(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    lines.push(table(`  again`, again()));
    await ctx.close();
  }
  console.log(lines.join('\n'));
});

// Time to interactive (the first autosave possible) on the answering page, first visit, with
// Chromium's CPU slowed 4× and DevTools' "Slow 3G" profile (2 s latency, 400 kbit/s).
test('time to interactive, throttled', async ({ browser }) => {
  test.setTimeout(600_000);
  const { state, mapping } = await participant(browser);
  const runs = Number(process.env.TTI_RUNS ?? 5);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext({ locale: 'sv-SE', storageState: state });
    const page = await ctx.newPage();
    await page.addInitScript(INTERACTIVE);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${mapping}/sections/1`, { timeout: 300_000 });
    await page.waitForFunction(() => (window as unknown as { interactiveAt?: number }).interactiveAt, null, { timeout: 300_000 });
    times.push(await page.evaluate(() => (window as unknown as { interactiveAt: number }).interactiveAt));
    await ctx.close();
  }
  console.log(`answering page, navigation → interactive (4× CPU, Slow 3G): median ${(median(times) / 1000).toFixed(1)} s `
    + `(min ${(Math.min(...times) / 1000).toFixed(1)}, max ${(Math.max(...times) / 1000).toFixed(1)}, n=${times.length})`);
});
