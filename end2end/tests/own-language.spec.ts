// The whole participant journey in Arabic (right to left) and in Tigrinya (Ge'ez script), with
// and without JavaScript: the interface in the language, `lang` and `dir` on the page and on
// every text in another language, a mapping answered and handed in, and the profile printed
// in the language with a download name in its own letters. The words the test looks for are
// read from the same Fluent files the server uses, so a translation can change freely.
import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { expectAccessible, fl, person, settle } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');

/** A message of a language, as written (variables filled in; a select's default variant). */
function msg(tag: string, key: string, args: Record<string, string | number> = {}): string {
  const src = fs.readFileSync(path.join(ROOT, 'locales', tag, 'main.ftl'), 'utf8');
  const lines = src.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`${key} =`));
  if (at < 0) throw new Error(`${tag} has no ${key}`);
  let body = lines[at].slice(lines[at].indexOf('=') + 1).trim();
  for (let i = at + 1; i < lines.length && /^\s|^}$/.test(lines[i]) && lines[i].trim() !== ''; i++) {
    body += '\n' + lines[i];
  }
  // A select: its default variant.
  const select = body.match(/\*\[[^\]]+\]\s*(.*)/);
  if (body.includes('->') && select) body = select[1].trim();
  return body.replace(/\{\s*\$([a-z-]+)\s*\}/g, (_, name) => String(args[name] ?? ''));
}

/** A catalogue title in a language, from the demo framework's file. */
function demoTitle(file: string, tag: string): string {
  const src = fs.readFileSync(path.join(ROOT, 'server', 'demo', file), 'utf8');
  const m = src.match(new RegExp(`^title\\.${tag} = "(.*)"$`, 'm'));
  if (!m) throw new Error(`${file} has no title in ${tag}`);
  return m[1];
}

/**
 * Every text on the page in another language than the page's is marked with its own `lang`:
 * no run of three or more Latin words may sit under the page's language on an Arabic or
 * Tigrinya page (names and codes aside: they are isolated in <bdi> or marked as codes).
 */
async function expectLanguagesMarked(page: Page) {
  const offenders = await page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const latin = /[A-Za-zÅÄÖåäöÉé]{2,}(?:[\s,.:()–]+[A-Za-zÅÄÖåäöÉé]{2,}){2,}/;
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      if (!el || el.closest('script, style, textarea, option, .code, code, bdi, [hidden]')) continue;
      if (el.closest('[lang]')?.getAttribute('lang') !== pageLang) continue;
      const m = (node.textContent ?? '').match(latin);
      if (m) found.push(m[0]);
    }
    return found;
  });
  expect(offenders, `texts in another language without their own lang on ${page.url()}`).toEqual([]);
}

/** What the page says, through both checks. */
async function expectWellMarked(page: Page) {
  await expectAccessible(page);
  await expectLanguagesMarked(page);
}

const JOURNEYS = [
  { tag: 'ar', dir: 'rtl', answer: 'عملت ثلاث سنوات في دار لرعاية المسنين في حمص، وكنت أساعد السكان كل يوم.' },
  { tag: 'ti', dir: 'ltr', answer: 'ኣብ ሆስፒታል ኣስመራ ንሰለስተ ዓመት ኣረጋውያን ሓጊዘ። መዓልታዊ ምሳቶም እሰርሕ ነይረ።' },
];

for (const { tag, dir, answer } of JOURNEYS) {
  test(`the participant's whole journey in ${tag}`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const t = (key: string, args: Record<string, string | number> = {}) => msg(tag, key, args);
    const who = person(info, `own-${tag}`);

    // The language is chosen from the start page's menu, in Swedish.
    await page.goto('/');
    await settle(page);
    await page.getByLabel('Språk').selectOption(tag);
    await page.getByRole('button', { name: 'Byt språk' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await settle(page);
    await expectWellMarked(page);

    // An account, in the language.
    await page.goto('/register');
    await settle(page);
    await expectWellMarked(page);
    await page.getByLabel(t('field-name'), { exact: true }).fill(who.name);
    await page.getByLabel(t('field-email'), { exact: true }).fill(who.email);
    await page.getByLabel(t('field-password'), { exact: true }).fill(who.password);
    await page.getByLabel(t('field-municipality'), { exact: true }).selectOption({ label: 'Luleå kommun (demo)' });
    await page.getByRole('button', { name: t('register-submit') }).click();
    await expect(page).toHaveURL(/\/mappings$/);
    await settle(page);
    await expect(page.locator('html')).toHaveAttribute('lang', tag);
    await expectWellMarked(page);

    // The care course, whose criteria are written in the language too.
    const title = demoTitle('course-omvardnad.toml', tag);
    await page.getByRole('button', { name: fl(t('start-mapping-button', { title })) }).click();
    await expect(page).toHaveURL(/\/mappings\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await settle(page);
    await expectWellMarked(page);

    // Every section answered, in the language.
    await page.goto(`/mappings/${id}/sections/1`);
    for (let s = 1; s <= 8 && !page.url().endsWith('/check'); s++) {
      await settle(page);
      if (s === 1) await expectWellMarked(page);
      const criteria = page.getByRole('group').filter({ has: page.getByRole('textbox') });
      await criteria.first().waitFor();
      const n = await criteria.count();
      for (let i = 0; i < n; i++) {
        const c = criteria.nth(i);
        await c.getByRole('radio', { name: t('rating-independently'), exact: true }).check();
        await c.getByRole('textbox').fill(answer);
      }
      await page.getByRole('button', { name: t('save-and-continue'), exact: true }).click();
      await page.waitForURL(/\/mappings\/\d+\/(sections\/\d+|check)$/);
    }
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}/check$`));
    await settle(page);
    await expect(page.getByText(answer).first()).toBeVisible();
    await expectWellMarked(page);
    await page.getByRole('button', { name: t('submit-button'), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
    await settle(page);
    await expect(page.getByText(t('status-submitted'), { exact: true }).first()).toBeVisible();
    await expectWellMarked(page);

    // The profile in the language: its name keeps its letters, its words read back in order.
    const res = await page.request.get(`/mappings/${id}/profile.pdf?lang=${tag}`);
    expect(res.status()).toBe(200);
    const disposition = res.headers()['content-disposition'];
    const encoded = disposition.split("filename*=UTF-8''")[1];
    expect(decodeURIComponent(encoded)).toBe(`${t('file-name-profile', { number: id })}.pdf`);
    expect(disposition).toMatch(/filename="[A-Za-z0-9-]+\.pdf"/);
    const file = path.join(os.tmpdir(), `kartla-e2e-${tag}-${Date.now()}.pdf`);
    fs.writeFileSync(file, await res.body());
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/[\u2068\u2069\u202a-\u202e]/g, '');
    fs.unlinkSync(file);
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    expect(squash(text)).toContain(squash(t('pdf-title')));
    expect(squash(text)).toContain(answer.split(' ').slice(0, 4).join(' '));
  });
}

test('the language menu marks the translations no native speaker has reviewed, and a page lists them', async ({ page }) => {
  await page.goto('/');
  await settle(page);
  const arabic = page.getByLabel('Språk').locator('option[value="ar"]');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toContainText(`العربية (${msg('ar', 'language-unreviewed-mark')})`);
  await expect(page.getByLabel('Språk').locator('option[value="sv"]')).toHaveText('Svenska');
  await page.getByRole('link', { name: 'Om språken' }).click();
  await expect(page).toHaveURL(/\/about\/languages$/);
  await settle(page);
  const rows = page.getByRole('table', { name: msg('sv', 'languages-caption') }).getByRole('row');
  await expect(rows).toHaveCount(16);
  const row = (tag: string) => rows.filter({ has: page.locator(`th [lang="${tag}"]`) });
  await expect(row('sv')).toContainText(msg('sv', 'languages-status-original'));
  await expect(row('ti')).toContainText(msg('sv', 'languages-status-unreviewed'));
  await expect(page.locator('table [lang="ti"]').filter({ hasText: 'ትግርኛ' })).toHaveCount(1);
  await expectAccessible(page);
});

test('a question is read aloud only in a language the browser has a voice for', async ({ page }, info) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, 'reading aloud needs JavaScript');
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: { lang: string }[] };
    w.spoken = [];
    if ('SpeechSynthesis' in window) {
      SpeechSynthesis.prototype.speak = function (u: SpeechSynthesisUtterance) {
        w.spoken.push({ lang: u.lang });
      };
      SpeechSynthesis.prototype.cancel = function () {};
      // An Arabic voice, no Tigrinya one.
      SpeechSynthesis.prototype.getVoices = function () {
        return [{ lang: 'ar-SA', name: 'Maged' }, { lang: 'sv-SE', name: 'Alva' }] as unknown as SpeechSynthesisVoice[];
      };
    }
  });
  for (const [tag, spoken] of [['ar', true], ['ti', false]] as const) {
    const who = person(info, `voice-${tag}`);
    await page.context().clearCookies();
    await page.goto('/');
    await settle(page);
    await page.getByLabel('Språk').selectOption(tag);
    await page.getByRole('button', { name: 'Byt språk' }).click();
    await settle(page);
    await page.goto('/register');
    await settle(page);
    await page.getByLabel(msg(tag, 'field-name'), { exact: true }).fill(who.name);
    await page.getByLabel(msg(tag, 'field-email'), { exact: true }).fill(who.email);
    await page.getByLabel(msg(tag, 'field-password'), { exact: true }).fill(who.password);
    await page.getByLabel(msg(tag, 'field-municipality'), { exact: true }).selectOption({ label: 'Luleå kommun (demo)' });
    await page.getByRole('button', { name: msg(tag, 'register-submit') }).click();
    await expect(page).toHaveURL(/\/mappings$/);
    const title = demoTitle('course-omvardnad.toml', tag);
    await page.getByRole('button', { name: fl(msg(tag, 'start-mapping-button', { title })) }).click();
    await expect(page).toHaveURL(/\/mappings\/\d+$/);
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.goto(`/mappings/${id}/sections/1`);
    await settle(page);
    const button = page.getByRole('button', { name: msg(tag, 'read-aloud'), exact: true });
    if (spoken) {
      await button.first().click();
      const said = await page.evaluate(() => (window as unknown as { spoken: { lang: string }[] }).spoken);
      expect(said.map((s) => s.lang)).toEqual(['ar']);
    } else {
      await expect(page.getByRole('textbox').first()).toBeVisible();
      await expect(button).toHaveCount(0);
    }
  }
});
