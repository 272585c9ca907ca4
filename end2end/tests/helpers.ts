// Shared steps for Kartla's end-to-end tests.
import { expect, Page, test, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

export const DEMO_PASSWORD = 'kartla-demo';
export const VALIDATOR = 'validerare@demo.kartla.se';

/**
 * A pattern for text that Fluent produced: it wraps each interpolated value in Unicode
 * isolation marks (U+2068, U+2069), which are right for mixed-direction text but invisible.
 */
export function fl(text: string, opts: { exact?: boolean } = {}): RegExp {
  const body = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\u2068\u2069]*');
  return new RegExp(opts.exact ? `^[\u2068\u2069]*${body}[\u2068\u2069]*$` : body);
}

/** A unique e-mail address and name for one test in one project. */
export function person(info: TestInfo, tag: string) {
  const id = `${info.project.name}-${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  return { email: `${id}@test.kartla.se`, name: `Testperson ${id}`, password: 'ett långt lösenord' };
}

/**
 * axe finds nothing against WCAG 2.1 A and AA on the page as it stands. Without JavaScript
 * axe cannot run in the page itself, so the same address is scanned, with the same cookies,
 * in a page where scripts run but Kartla's own JavaScript and WebAssembly are held back: the
 * plain HTML a person without JavaScript gets.
 */
export async function expectAccessible(page: Page) {
  let target = page;
  let cleanup = async () => {};
  if (!withJs()) {
    const browser = page.context().browser();
    if (!browser) throw new Error('no browser');
    const ctx = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: true });
    await ctx.addCookies(await page.context().cookies());
    await ctx.route(/\/pkg\/.*\.(js|wasm)$/, (route) => route.abort());
    target = await ctx.newPage();
    await target.goto(page.url());
    cleanup = () => ctx.close();
  }
  const result = await new AxeBuilder({ page: target }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await cleanup();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** With JavaScript, wait until the page has hydrated so that handlers are attached. */
export async function settle(page: Page) {
  await page.waitForLoadState('load');
  if (withJs()) {
    await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 20_000 });
  }
}

/** Whether this test runs with JavaScript on. */
export function withJs(): boolean {
  return test.info().project.use.javaScriptEnabled !== false;
}

/** The demo region's municipalities, as the registration form lists them. */
export const LULEA = 'Luleå kommun (demo)';
export const BODEN = 'Bodens kommun (demo)';

export async function register(
  page: Page,
  who: { email: string; name: string; password: string },
  home: string = LULEA,
) {
  await page.goto('/register');
  await settle(page);
  await expectAccessible(page);
  await page.getByLabel('Namn').fill(who.name);
  await page.getByLabel('E-postadress').fill(who.email);
  await page.getByLabel('Lösenord').fill(who.password);
  await page.getByLabel('Hemkommun').selectOption({ label: home });
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page).toHaveURL(/\/mappings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina kartläggningar' })).toBeVisible();
}

/** Sign in; unless told it should fail, wait until the person's start page has loaded. */
export async function signIn(page: Page, email: string, password: string, opts: { fails?: boolean } = {}) {
  await page.goto('/sign-in');
  await settle(page);
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  if (!opts.fails) {
    await expect(page).toHaveURL(/\/(mappings|cases|caseload|admin\/catalogue|admin\/people|catalogue)?$/);
    await settle(page);
  }
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
}

/** Start a mapping against the framework with this title; returns the mapping's id. */
export async function startMapping(page: Page, title: string): Promise<number> {
  await page.getByRole('button', { name: fl(`Börja med ${title}`) }).click();
  await expect(page).toHaveURL(/\/mappings\/\d+$/);
  const id = Number(new URL(page.url()).pathname.split('/').pop());
  await settle(page);
  return id;
}

/**
 * Run Kartla's command line on the database the test server uses (the same defaults as
 * playwright.config.ts), as an installer would.
 */
export function kartlaCli(args: string[], stdin = ''): string {
  const port = process.env.KARTLA_E2E_PORT ?? '3100';
  const dataDir = path.join(os.tmpdir(), `kartla-e2e-${port}`);
  const url = process.env.KARTLA_E2E_DATABASE_URL ?? `sqlite://${dataDir}/kartla.db`;
  const bin = path.resolve(__dirname, '..', '..', process.env.KARTLA_BIN ?? 'target/debug/kartla');
  return execFileSync(bin, args, { input: stdin, env: { ...process.env, KARTLA_DATABASE_URL: url, RUST_LOG: 'warn' } }).toString();
}
