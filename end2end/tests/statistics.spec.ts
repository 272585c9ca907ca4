// Follow-up statistics: the region office sees the whole region, a municipality its own figures
// and the region's totals, nobody else anything; the page, its CSV, its PDF and the command line
// show the same figures, none of them a count of fewer than five people.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD, LULEA, expectAccessible, fl, kartlaCli, settle, signIn, signOut } from './helpers';

const REGION_OFFICE = 'uppfoljning@demo.kartla.se';
const REGION = 'Region Norrbotten (demo)';

/** The command line's figures as the page words them. */
function worded(cell: string): string {
  if (cell === '..') return 'dold';
  const fewer = cell.match(/^<(\d+)$/);
  return fewer ? `färre än ${fewer[1]}` : cell;
}

/** The rows of the breakdown table: the first cell's text, then the figures. */
async function rows(page: Page): Promise<string[][]> {
  const table = page.getByRole('table', { name: 'Kartläggningar som nådde varje steg under perioden' });
  const out: string[][] = [];
  for (const row of await table.locator('tbody tr, tfoot tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    out.push(cells.map((c) => c.replace(/[\u2066-\u2069]/g, '').trim()));
  }
  return out;
}

test('the region office follows the whole region by month, the same on the page, in the CSV, the PDF and on the command line', async ({ page }) => {
  await signIn(page, REGION_OFFICE, DEMO_PASSWORD);
  await page.getByRole('link', { name: 'Uppföljning' }).first().click();
  await expect(page).toHaveURL(/\/stats$/);
  await settle(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeVisible();
  await expect(page.getByText(fl(`Hela ${REGION}.`))).toBeVisible();
  // By municipality to start with: every municipality of the region and its total.
  const byMunicipality = await rows(page);
  expect(byMunicipality.map((r) => r[0])).toEqual(expect.arrayContaining([LULEA, 'Bodens kommun (demo)', `Summa ${REGION}`]));
  await expectAccessible(page);

  // The filters: a plain form.
  await page.getByLabel('Dela upp per').selectOption({ label: 'Månad' });
  await page.getByLabel('Från månad').fill('2024-01');
  await page.getByLabel('Till och med månad').fill('2024-12');
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/by=month/);
  await settle(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Per månad', exact: true })).toBeVisible();
  const shown = await rows(page);
  expect(shown).toHaveLength(13);
  await expectAccessible(page);

  // The command line says the same, figure by figure.
  const cli = kartlaCli(['stats', '--by', 'month', '--from', '2024-01', '--to', '2024-12'])
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  expect(cli[0]).toEqual(['month', 'started', 'handed_in', 'returned', 'assigned', 'concluded']);
  const body = cli.slice(1);
  expect(body).toHaveLength(13);
  body.forEach((line, i) => {
    expect(shown[i].slice(1), `row ${line[0]}`).toEqual(line.slice(1).map(worded));
  });
  // Small counts are never shown as they are.
  for (const row of shown) {
    for (const cell of row.slice(1)) {
      if (/^\d+$/.test(cell)) expect(Number(cell) === 0 || Number(cell) >= 5, `${row[0]}: ${cell}`).toBeTruthy();
    }
  }

  // The CSV: the same figures, the heads in Swedish.
  const csv = await page.request.get('/stats.csv?by=month&from=2024-01&to=2024-12');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(csv.headers()['content-disposition']).toContain('uppfoljning-2024.csv');
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n').map((l) => l.split(','));
  expect(lines[0]).toEqual(['Månad', 'Påbörjade', 'Inlämnade', 'Återsända för komplettering', 'Tilldelade en validerare', 'Avslutade']);
  lines.slice(1).forEach((line, i) => expect(line.slice(1)).toEqual(body[i].slice(1)));

  // The PDF report: read back.
  const pdf = await page.request.get('/stats.pdf?by=month&from=2024-01&to=2024-12');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const file = join(mkdtempSync(join(tmpdir(), 'kartla-stats-')), 's.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  expect(text).toContain(`Uppföljning: ${REGION}`);
  expect(text).toContain('Hela månader 2024-01 – 2024-12.');
  expect(text).toContain('Per månad');
  expect(text).toContain('Hur lång tid stegen tar');
  const total = body[body.length - 1];
  // The total's line (the region's name may wrap in its column).
  const figures = total.slice(1).map(worded).join('\\s+');
  expect(text).toMatch(new RegExp(`Summa Region Norrbotten[^\\n]*?\\s${figures}\\s*\\n`));

  // A month that is not one: said, and the figures for this year stay.
  await page.goto('/stats?from=2024-13&by=month');
  await settle(page);
  await expect(page.getByRole('alert')).toContainText('skriv en månad som ÅÅÅÅ-MM');
  await expect(page.getByRole('heading', { level: 2, name: 'Per månad', exact: true })).toBeVisible();
  // The region office has no municipality's own breakdowns.
  const other = await page.request.get('/stats.csv?org=LULEA');
  expect(other.status()).toBe(404);
});

test('a municipality administrator sees their own figures and the region totals, and nothing of others', async ({ page }) => {
  await signIn(page, 'kommunadmin@demo.kartla.se', DEMO_PASSWORD);
  await page.goto('/stats?from=2025-01&to=2025-12');
  await settle(page);
  await expect(page.getByText(fl(`${LULEA} och regionens summor.`))).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Per kurs och yrke', exact: true })).toBeVisible();
  const shown = await rows(page);
  const own = shown.find((r) => r[0] === `Summa ${LULEA}`);
  const region = shown.find((r) => r[0] === `Summa ${REGION} (hela regionen)`);
  expect(own).toBeTruthy();
  // The region's totals are the region office's.
  const cli = kartlaCli(['stats', '--from', '2025-01', '--to', '2025-12']).trim().split('\n').map((l) => l.split('\t'));
  const total = cli.find((l) => l[0] === 'TOTAL');
  expect(region?.slice(1)).toEqual(total?.slice(1).map(worded));
  // Their own total is their row in the region's breakdown by municipality.
  const mine = cli.find((l) => l[0] === 'LULEA');
  expect(own?.slice(1)).toEqual(mine?.slice(1).map(worded));
  await expectAccessible(page);
  // Not another municipality's, not the region's breakdowns.
  for (const org of ['PITEA', 'NB']) {
    const res = await page.request.get(`/stats.csv?org=${org}`);
    expect(res.status(), org).toBe(404);
  }
  await page.goto('/stats?org=PITEA');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Uppföljning');
  await signOut(page);

  // Validators, counsellors and participants: none of theirs.
  for (const who of ['validerare@demo.kartla.se', 'deltagare@demo.kartla.se']) {
    await signIn(page, who, DEMO_PASSWORD);
    await expect(page.getByRole('link', { name: 'Uppföljning' })).toHaveCount(0);
    const res = await page.request.get('/stats.csv');
    expect(res.status(), who).toBe(403);
    await signOut(page);
  }
  const anonymous = await page.request.get('/stats.pdf');
  expect(anonymous.status()).toBe(401);
});
