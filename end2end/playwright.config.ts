// Kartla's end-to-end tests: a real server on a fresh SQLite file (or on the fresh PostgreSQL
// database KARTLA_E2E_DATABASE_URL names), Debian's Chromium, and every test run twice — with
// JavaScript (hydrated) and without (plain HTML forms).
import { defineConfig } from '@playwright/test';
import * as os from 'node:os';
import * as path from 'node:path';

const port = process.env.KARTLA_E2E_PORT ?? '3100';
const bin = process.env.KARTLA_BIN ?? 'target/debug/kartla';
const dataDir = path.join(os.tmpdir(), `kartla-e2e-${port}`);
const databaseUrl = process.env.KARTLA_E2E_DATABASE_URL ?? `sqlite://${dataDir}/kartla.db`;

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
    // The participant's pages, the whole journey of a case and a guidance session, again on a
    // small phone
    // (360 × 740 CSS pixels, touch).
    {
      name: 'phone',
      testMatch: /(answering|experiences|evidence|journey|guidance)\.spec\.ts/,
      use: { javaScriptEnabled: true, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
  ],
  webServer: {
    command: `rm -rf "${dataDir}" && mkdir -p "${dataDir}" && exec ${bin} serve --demo`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      KARTLA_DATABASE_URL: databaseUrl,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: 'target/site',
      RUST_LOG: 'warn',
    },
  },
});
