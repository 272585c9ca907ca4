// Answering criteria so that nothing is lost: what each step means, "not relevant for me",
// prompts, text kept in the browser while offline, a warning before leaving unsaved text, two
// tabs that do not overwrite each other, and reading a question aloud.
import { expect, Locator, Page, test } from '@playwright/test';
import { expectAccessible, fl, person, register, settle, startMapping, withJs } from './helpers';

const OCCUPATION = 'Lagermedarbetare (demoyrke)';

/** The criteria of the open section: the fieldsets that hold a text box. */
function criteria(page: Page): Locator {
  return page.getByRole('group').filter({ has: page.getByRole('textbox') });
}

async function openSection(page: Page, tag: string, section = 1): Promise<number> {
  await register(page, person(test.info(), tag));
  const id = await startMapping(page, OCCUPATION);
  await page.goto(`/mappings/${id}/sections/${section}`);
  await settle(page);
  return id;
}

test('each step says what it means, prompts help, and "not relevant" counts as answered', async ({ page }) => {
  const id = await openSection(page, 'choices');
  const first = criteria(page).first();
  // Each radio is described by a sentence saying what the step means.
  const teach = first.getByRole('radio', { name: 'Kan lära ut till andra' });
  await expect(teach).toHaveAccessibleDescription('Jag kan det så bra att jag kan visa och förklara för andra.');
  await first.getByText('Hjälp att beskriva').click();
  await expect(first.getByText('Vilken var den svåraste situationen du klarade av')).toBeVisible();
  await expectAccessible(page);

  const all = criteria(page);
  const n = await all.count();
  for (let i = 0; i < n; i++) {
    await all.nth(i).getByRole('radio', { name: 'Inte relevant för mig' }).check();
    if (withJs()) await expect(all.nth(i).getByRole('status')).toHaveText('Sparat');
  }
  if (!withJs()) await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await page.goto(`/mappings/${id}`);
  await settle(page);
  await expect(page.getByText(fl(`${n} av ${n} besvarade`)).first()).toBeVisible();
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await expect(page.getByText('Inte relevant för mig').first()).toBeVisible();
});

test('offline, the text stays in the browser and is sent when the connection is back', async ({ page, context }) => {
  test.skip(!withJs(), 'without JavaScript every save is a form post the browser itself repeats');
  const id = await openSection(page, 'offline');
  const first = criteria(page).first();
  const box = first.getByRole('textbox');
  const status = first.getByRole('status');

  await context.setOffline(true);
  await first.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
  await box.fill('Skrivet på tåget utan täckning: truckkort A och B.');
  await expect(status).toHaveText(/Inte sparat än – ingen anslutning/);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kartla.unsaved.')));
  expect(kept.length).toBe(1);

  await context.setOffline(false);
  await expect(status).toHaveText('Sparat');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('kartla.unsaved.')))).toEqual([]);
  await page.reload();
  await settle(page);
  await expect(criteria(page).first().getByRole('textbox')).toHaveValue('Skrivet på tåget utan täckning: truckkort A och B.');

  // Closed while offline: the text is back, and sent, the next time the page opens.
  await context.setOffline(true);
  await criteria(page).first().getByRole('textbox').fill('Andra versionen, skriven offline och stängd.');
  await expect(criteria(page).first().getByRole('status')).toHaveText(/ingen anslutning/);
  await page.close({ runBeforeUnload: false });
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/mappings/${id}/sections/1`);
  await settle(again);
  const row = criteria(again).first();
  await expect(row.getByRole('textbox')).toHaveValue('Andra versionen, skriven offline och stängd.');
  await expect(row.getByRole('status')).toHaveText('Sparat');
  const fresh = await context.newPage();
  await fresh.goto(`/mappings/${id}/sections/1`);
  await settle(fresh);
  await expect(criteria(fresh).first().getByRole('textbox')).toHaveValue('Andra versionen, skriven offline och stängd.');
});

test('leaving the page with unsaved text asks first', async ({ page, context }) => {
  test.skip(!withJs(), 'the warning is given by the page script');
  await openSection(page, 'leave');
  await context.setOffline(true);
  await criteria(page).first().getByRole('textbox').fill('Inte sparat än.');
  await expect(criteria(page).first().getByRole('status')).toHaveText(/ingen anslutning/);
  const dialog = new Promise<string>((resolve) => {
    page.once('dialog', async (d) => {
      resolve(d.type());
      await d.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await dialog).toBe('beforeunload');
  await context.setOffline(false);
});

test('two tabs editing one answer do not overwrite each other', async ({ page, context }) => {
  const id = await openSection(page, 'tabs');
  const other = await context.newPage();
  await other.goto(`/mappings/${id}/sections/1`);
  await settle(other);

  // Tab A saves first.
  const a = criteria(page).first();
  await a.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
  await a.getByRole('textbox').fill('Text från flik A.');
  if (withJs()) {
    await expect(a.getByRole('status')).toHaveText('Sparat');
  } else {
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/2$`));
  }

  // Tab B opened before that, and writes over the same answer: refused, nothing lost.
  const b = criteria(other).first();
  await b.getByRole('textbox').fill('Text från flik B.');
  if (withJs()) {
    const alert = b.getByRole('alert');
    await expect(alert).toContainText('Svaret har ändrats i en annan flik');
    await expect(alert).toContainText('Text från flik A.');
    await expect(b.getByRole('status')).toHaveText(/Inte sparat/);
    await expect(b.getByRole('textbox')).toHaveValue('Text från flik B.');
    await expectAccessible(other);
    await alert.getByRole('button', { name: 'Behåll min text' }).click();
    await expect(b.getByRole('status')).toHaveText('Sparat');
  } else {
    await other.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(other).toHaveURL(new RegExp(`/mappings/${id}/sections/1(\\?|$)`));
    await expect(other.getByRole('alert')).toContainText('svaret ändrades i en annan flik');
    const row = criteria(other).first();
    await expect(row.getByRole('textbox')).toHaveValue('Text från flik B.');
    await expect(row.getByText('Text från flik A.')).toBeVisible();
    await expectAccessible(other);
    // Saving again, now from what is stored, keeps B's text.
    await other.getByRole('button', { name: 'Spara och fortsätt' }).click();
    await expect(other).toHaveURL(new RegExp(`/mappings/${id}/sections/2$`));
  }
  await page.goto(`/mappings/${id}/sections/1`);
  await settle(page);
  await expect(criteria(page).first().getByRole('textbox')).toHaveValue('Text från flik B.');
});

test('a question and its choices can be read aloud where the browser can speak', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { spoken: { text: string; lang: string }[] };
    w.spoken = [];
    if ('SpeechSynthesis' in window) {
      SpeechSynthesis.prototype.speak = function (u: SpeechSynthesisUtterance) {
        w.spoken.push({ text: u.text, lang: u.lang });
      };
      SpeechSynthesis.prototype.cancel = function () {};
      // A Swedish voice and an English one; none for other languages.
      SpeechSynthesis.prototype.getVoices = function () {
        return [{ lang: 'sv-SE', name: 'Alva' }, { lang: 'en_GB', name: 'Daniel' }] as unknown as SpeechSynthesisVoice[];
      };
    }
  });
  await openSection(page, 'speak');
  const first = criteria(page).first();
  const button = first.getByRole('button', { name: 'Läs upp' });
  if (!withJs()) {
    await expect(button).toHaveCount(0);
    return;
  }
  await button.click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken.length).toBe(1);
  expect(spoken[0].lang).toBe('sv');
  expect(spoken[0].text).toContain('Hur väl kan du detta?');
  expect(spoken[0].text).toContain('Inte relevant för mig');
  const legend = (await first.locator('legend').first().innerText()).replace(/\s+/g, ' ');
  expect(spoken[0].text).toContain(legend.split(' ').slice(1).join(' '));
});

test('without speech in the browser there is no read-aloud control', async ({ page }) => {
  test.skip(!withJs(), 'without JavaScript the control is never there (see the test above)');
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
  });
  await openSection(page, 'nospeech');
  await expect(criteria(page).first().getByRole('textbox')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Läs upp' })).toHaveCount(0);
});
