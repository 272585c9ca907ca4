// The whole journey on the real stack: register, answer, hand in; the coordinator checks the
// case and asks for two additions with a deadline; the participant makes them, marks them done
// and hands in again; the coordinator assigns a validator listed for the course, who judges
// every criterion with two methods and concludes; both download the statement, whose code
// the verification page knows.
import { expect, Page, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  DEMO_PASSWORD, expectAccessible, fl, person, register, settle, signIn, signOut, startMapping,
} from './helpers';

const COURSE = 'Omvårdnad – grunder (demokurs)';
const COORDINATOR = 'vagledare@demo.kartla.se';
const VALIDATOR = 'validerare.lulea@demo.kartla.se';

/** Rate every criterion of the open section and describe it. */
async function answerSection(page: Page, rating: string, text: string) {
  const criteria = page.getByRole('group').filter({ has: page.getByRole('textbox') });
  // After a link is followed in the browser (JavaScript on), the section's data may still be
  // on its way: count only once the first criterion is there.
  await criteria.first().waitFor();
  const n = await criteria.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const c = criteria.nth(i);
    await c.getByRole('radio', { name: rating }).check();
    await c.getByRole('textbox').fill(text);
  }
}

/** The text of a PDF the page's session may download. */
async function pdfText(page: Page, href: string): Promise<string> {
  const res = await page.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  const file = path.join(os.tmpdir(), `kartla-e2e-${Date.now()}-${Math.random()}.pdf`);
  fs.writeFileSync(file, await res.body());
  const text = execFileSync('pdftotext', [file, '-']).toString();
  fs.unlinkSync(file);
  return text.replace(/[\u2068\u2069\u202a-\u202e]/g, '');
}

async function handIn(page: Page, id: number) {
  await page.goto(`/mappings/${id}/check`);
  await settle(page);
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(page);
}

test('a mapping is handed in, checked, completed, judged and concluded with a statement', async ({ page }, info) => {
  test.setTimeout(180_000);
  const p = person(info, 'journey');
  await register(page, p);

  const id = await startMapping(page, COURSE);
  await expect(page.getByText(fl('0 av 16 besvarade'))).toBeVisible();
  await page.getByLabel('Mål med kartläggningen').fill('Bli undersköterska i Malmö');
  await page.getByRole('button', { name: 'Spara målet' }).click();
  await expect(page.getByText('Målet är sparat.')).toBeVisible();
  await page.getByRole('link', { name: 'Bemötande och kommunikation' }).click();
  const answers: [string, string][] = [
    ['Kan göra det självständigt', 'Jag har arbetat tre år på ett äldreboende i Malmö och gjorde detta varje dag.'],
    ['Kan göra det med stöd', 'Jag har gjort det några gånger tillsammans med en kollega.'],
    ['Kan lära ut till andra', 'عملت ثلاث سنوات في دار رعاية المسنين وكنت أدرّب الموظفين الجدد.'],
    ['Kan göra det med stöd', 'Jag har skrivit rapporter tillsammans med min handledare.'],
  ];
  for (let s = 1; s <= 4; s++) {
    await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/${s}$`));
    await settle(page);
    await answerSection(page, ...answers[s - 1]);
    await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/check$`));
  await settle(page);
  // Before handing in, the person sees where it goes.
  await expect(page.getByText(fl('Kartläggningen lämnas till Luleå kommun (demo).'))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Skicka in kartläggningen' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}$`));
  await settle(page);
  await expect(page.getByText('Inskickad', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Ditt ärende' })).toBeVisible();
  await expect(page.getByText(fl('Luleå kommun (demo) kontrollerar att allt finns med.'))).toBeVisible();
  const caseHref = (await page.getByRole('link', { name: 'Se hela ärendet med alla händelser' }).getAttribute('href'))!;
  const caseId = Number(caseHref.split('/').pop());
  await expectAccessible(page);
  await signOut(page);

  // The coordinator checks the case and asks for two additions.
  await signIn(page, COORDINATOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/cases$/);
  await expectAccessible(page);
  const row = page.getByRole('row').filter({ hasText: p.name });
  await expect(row).toContainText('Nytt');
  await row.getByRole('link', { name: p.name }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  await settle(page);
  await expect(page.getByText('Jag har arbetat tre år på ett äldreboende i Malmö').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Börja kontrollera ärendet' }).click();
  await expect(page.getByText('Du kontrollerar nu ärendet.')).toBeVisible();
  await settle(page);
  // An item without what is missing is refused, and what was typed stays.
  await page.getByLabel('Gäller').selectOption({ label: 'Hela ärendet' });
  await page.getByLabel('I vilken form').fill('Namn och telefon');
  await page.getByRole('button', { name: 'Lägg till i listan' }).click();
  await expect(page.getByRole('alert')).toContainText('Vad saknas: måste fyllas i');
  await settle(page);
  await expect(page.getByLabel('I vilken form')).toHaveValue('Namn och telefon');
  await page.getByLabel('Vad saknas').fill('En referens som kan berätta om ditt arbete på äldreboendet.');
  await page.getByRole('button', { name: 'Lägg till i listan' }).click();
  await settle(page);
  const criterion21 = page.getByLabel('Gäller').locator('option', { hasText: '2.1 ' });
  await page.getByLabel('Gäller').selectOption((await criterion21.first().getAttribute('value'))!);
  await page.getByLabel('Vad saknas').fill('Beskriv vilka skyddskläder du använde och när.');
  await page.getByLabel('I vilken form').fill('Text i svaret');
  await page.getByRole('button', { name: 'Lägg till i listan' }).click();
  await settle(page);
  await expect(page.locator('#additions li')).toHaveCount(2);
  await page.getByRole('button', { name: 'Skicka listan till personen' }).click();
  await expect(page.getByText('Listan med kompletteringar är skickad.', { exact: false })).toBeVisible();
  await expect(page.getByText('Väntar på komplettering').first()).toBeVisible();
  await signOut(page);

  // The participant sees the list, makes the additions, marks them done and hands in again.
  await signIn(page, p.email, p.password);
  await page.goto(`/mappings/${id}`);
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Det här behöver du komplettera' })).toBeVisible();
  await expect(page.getByText('Beskriv vilka skyddskläder du använde och när.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Hygien och smittskydd' }).click();
  await settle(page);
  await answerSection(page, 'Kan göra det självständigt', 'Jag använde handskar, förkläde och handsprit enligt basala hygienrutiner.');
  await page.getByRole('button', { name: 'Spara och fortsätt' }).click();
  await expect(page).toHaveURL(new RegExp(`/mappings/${id}/sections/3$`));
  await page.goto(`/mappings/${id}`);
  await settle(page);
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Markera som klar' }).first().click();
    await settle(page);
  }
  await expect(page.getByText('Klar enligt personen')).toHaveCount(2);
  await handIn(page, id);
  await signOut(page);

  // The coordinator sees what changed and assigns the case to a validator listed for it.
  await signIn(page, COORDINATOR, DEMO_PASSWORD);
  await page.goto(`/cases/${caseId}`);
  await settle(page);
  await expect(page.getByRole('heading', { name: fl('Ändrat sedan version 1') })).toBeVisible();
  await expect(page.getByText('2.1: skattning', { exact: false })).toBeVisible();
  await page.getByLabel('Validerare').selectOption({ label: 'Maria Johansson' });
  await page.getByRole('button', { name: 'Tilldela' }).click();
  await expect(page.getByText('Ärendet är tilldelat.')).toBeVisible();
  await signOut(page);

  // The validator judges every criterion with two methods, and concludes.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/cases$/);
  await page.getByRole('table', { name: 'Ärenden som är tilldelade dig' }).getByRole('link', { name: p.name }).click();
  await settle(page);
  await expectAccessible(page);
  const criteria = page.locator('.case-criterion');
  await expect(criteria).toHaveCount(16);
  // Without a method a judgement is refused.
  let c = criteria.first();
  await c.getByRole('radio', { name: 'Uppfyllt', exact: true }).check();
  await c.getByRole('textbox').fill('Visade vid intervjun.');
  await c.getByRole('button', { name: 'Spara bedömningen' }).click();
  await expect(page.getByRole('alert')).toContainText('Metoder 1.1: måste fyllas i');
  await settle(page);
  await expect(criteria.first().getByRole('textbox')).toHaveValue('Visade vid intervjun.');
  for (let i = 0; i < 16; i++) {
    c = page.locator('.case-criterion').nth(i);
    await c.getByRole('radio', { name: i === 1 ? 'Delvis uppfyllt' : 'Uppfyllt', exact: true }).check();
    await c.getByRole('checkbox', { name: 'Dokument' }).check();
    await c.getByRole('checkbox', { name: 'Intervju' }).check();
    await c.getByRole('button', { name: 'Spara bedömningen' }).click();
    await settle(page);
  }
  await expect(page.getByText('Inte bedömt ännu.')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel('Samlat utlåtande').fill('Kunskaperna i kursen är visade, utom delvis i kriterium 1.2.');
  await page.getByRole('checkbox', { name: 'Prövning för betyg' }).check();
  await page.getByRole('button', { name: 'Avsluta ärendet med utlåtandet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ärendet är avslutat.' })).toBeVisible();
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Utlåtande', exact: true })).toBeVisible();
  const statementHref = `/cases/${caseId}/statement.pdf`;
  const fromValidator = await pdfText(page, statementHref);
  for (const expected of ['Utlåtande', p.name, 'Resultat: Delvis uppfyllt', 'Dokument, Intervju', 'Prövning för betyg', 'Bedömt av Maria Johansson']) {
    expect(fromValidator).toContain(expected);
  }
  await signOut(page);

  // The participant reads the statement and downloads it; its code is vouched for.
  await signIn(page, p.email, p.password);
  await page.goto(`/mappings/${id}`);
  await settle(page);
  await expect(page.getByRole('heading', { name: 'Utlåtande', exact: true })).toBeVisible();
  await expect(page.getByText('Kunskaperna i kursen är visade')).toBeVisible();
  // The gap analysis now goes by the validator's judgements.
  await expect(page.getByRole('heading', { name: 'Vad du redan kan och vad som återstår' })).toBeVisible();
  await expect(page.getByText(fl('Du kan 15 av 16 kriterier, och 1 delvis.'))).toBeVisible();
  await expect(page.getByText(fl('16 av 16 kriterier bygger på validerarens bedömning'))).toBeVisible();
  await expectAccessible(page);
  const own = await pdfText(page, statementHref);
  expect(own).toContain('Resultat: Delvis uppfyllt');
  const code = own.match(/Verifieringskod: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)![1];
  await page.goto(`/verify/${code}`);
  await settle(page);
  await expect(page.locator('dd').filter({ hasText: 'Utlåtande' })).toBeVisible();
  // The whole case, with its trail, is the person's to read.
  await page.goto(caseHref);
  await settle(page);
  await expect(page.getByText(fl('Maria Johansson avslutade ärendet med ett utlåtande'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara bedömningen' })).toHaveCount(0);
  await expectAccessible(page);
});
