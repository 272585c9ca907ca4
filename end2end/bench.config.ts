// Measurements against an already running Kartla (scripts/bench-answering starts one).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './bench',
  testMatch: /\.bench\.ts$/,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.KARTLA_URL ?? 'http://127.0.0.1:3200',
    locale: 'sv-SE',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
