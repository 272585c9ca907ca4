// Light on an old phone: pages are plain HTML, and only the interactive parts (islands) bring
// WebAssembly. A page without one loads none; the answering page's islands come alive on a
// slowed-down CPU and save as the person works.
import { expect, Request, test } from '@playwright/test';
import { person, register, settle, startMapping, withJs } from './helpers';

/** The script and WebAssembly files a page asked for while `act` ran. */
async function scriptsLoadedBy(page: import('@playwright/test').Page, act: () => Promise<void>) {
  const seen: string[] = [];
  const note = (r: Request) => {
    const path = new URL(r.url()).pathname;
    if (/\.(wasm|js)$/.test(path)) seen.push(path);
  };
  page.on('request', note);
  await act();
  await page.waitForLoadState('networkidle');
  page.off('request', note);
  return seen;
}

test('pages with nothing interactive load no WebAssembly', async ({ page }, info) => {
  test.skip(!withJs(), 'without JavaScript no script runs at all');
  const open = (url: string) => async () => {
    await page.goto(url);
    await settle(page);
  };
  expect(await scriptsLoadedBy(page, open('/catalogue'))).toEqual([]);
  expect(await scriptsLoadedBy(page, open('/'))).toEqual([]);
  await register(page, person(info, 'light'));
  // Signed in, the session warning is there, but its script waits until it may be due.
  expect(await scriptsLoadedBy(page, open('/experiences'))).toEqual([]);
  expect(await scriptsLoadedBy(page, open('/mappings'))).toEqual([]);
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  const loaded = await scriptsLoadedBy(page, open(`/mappings/${id}/sections/1`));
  expect(loaded.some((p) => p.endsWith('.wasm'))).toBe(true);
});

test('the answering page comes alive and saves on a slow phone', async ({ page }, info) => {
  test.skip(!withJs(), 'saving as you type needs JavaScript');
  await register(page, person(info, 'slowphone'));
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  const first = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  await first.getByRole('radio', { name: 'Kan göra det med stöd' }).check();
  await expect(first.getByRole('status')).toHaveText('Sparat');
  await first.getByRole('textbox').fill('Packade order på ett lager i Borås.');
  await expect(first.getByRole('status')).toHaveText('Sparat');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.reload();
  await expect(first.getByRole('textbox')).toHaveValue('Packade order på ett lager i Borås.');
});

test('the compiled files are named by their content and kept for a year', async ({ page }, info) => {
  test.skip(!withJs(), 'without JavaScript only the style sheet is loaded');
  const seen = new Map<string, string>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pkg/') || path.startsWith('/locales/')) seen.set(path, r.headers()['cache-control'] ?? '');
  });
  await register(page, person(info, 'cache'));
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  await page.waitForLoadState('networkidle');
  const paths = [...seen.keys()];
  // The islands' words: the page's language only, fetched beside the WebAssembly.
  const messages = paths.filter((p) => p.startsWith('/locales/'));
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatch(/^\/locales\/[0-9a-f]{16}\/sv\.ftl$/);
  for (const file of ['kartla.css', 'kartla.js', 'kartla.wasm']) {
    expect(paths.some((p) => new RegExp(`^/pkg/[0-9a-f]{16}/${file.replace('.', '\\.')}$`).test(p)), file).toBe(true);
  }
  for (const [path, cache] of seen) {
    expect(path).toMatch(/^\/(pkg|locales)\/[0-9a-f]{16}\//);
    expect(cache, path).toBe('public, max-age=31536000, immutable');
  }
  // By its plain name, or by a hash that is not this build's, a file is checked each time.
  expect((await page.request.get('/pkg/kartla.css')).headers()['cache-control']).toBe('no-cache');
  const old = await page.request.get('/pkg/0123456789abcdef/kartla.css');
  expect(old.status()).toBe(200);
  expect(old.headers()['cache-control']).toBe('no-cache');
  // The page itself is not kept.
  const html = await page.request.get(`/mappings/${id}/sections/1`);
  expect(html.headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('the islands speak the page’s language', async ({ page, context }, info) => {
  test.skip(!withJs(), 'the status that speaks comes with JavaScript');
  await register(page, person(info, 'english'));
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  await context.addCookies([{ name: 'kartla_lang', value: 'en', url: 'http://127.0.0.1' }]);
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const first = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  await first.getByRole('radio', { name: 'Can do it with support' }).check();
  await expect(first.getByRole('status')).toHaveText('Saved');
});
