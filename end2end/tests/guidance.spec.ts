// A guidance session: the counsellor starts it from their caseload, the person joins with the
// code from a second browser, what the person types appears for the counsellor, the
// counsellor's proposal is accepted by the person, a note is read by the person, and when the
// person withdraws the sharing the counsellor loses the session at once. With JavaScript the
// changes arrive by themselves; without, a reload shows them.
import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD, expectAccessible, fl, person, register, settle, signIn, startMapping,
} from './helpers';

const COURSE = 'Omvårdnad – grunder (demokurs)';

async function shareWithSami(page: Page) {
  await page.goto('/account');
  await settle(page);
  const sharing = page.locator('#sharing');
  await sharing.getByLabel('Vägledare', { exact: true }).selectOption({ label: 'Sami Niemi' });
  await sharing.getByLabel('Vad vill du dela').selectOption({ label: COURSE });
  await sharing.getByRole('button', { name: 'Dela', exact: true }).click();
  await expect(page.getByText('Nu delar du med vägledaren.')).toBeVisible();
}

test('a counsellor and a person work through a mapping together, live', async ({ page, browser }, info) => {
  const js = info.project.use.javaScriptEnabled !== false;
  const p = person(info, 'guidance');
  await register(page, p);
  await startMapping(page, COURSE);
  await shareWithSami(page);

  const ctx = await browser.newContext({ locale: 'sv-SE', javaScriptEnabled: js });
  const counsellor = await ctx.newPage();
  await signIn(counsellor, 'vagledare@demo.kartla.se', DEMO_PASSWORD);
  await counsellor.goto('/caseload');
  await settle(counsellor);
  await counsellor.locator('li').filter({ hasText: p.name })
    .getByRole('button', { name: 'Starta ett vägledningssamtal' }).click();
  await expect(counsellor).toHaveURL(/\/sessions\/\d+\?section=1$/);
  await settle(counsellor);
  const code = (await counsellor.locator('.notice strong.code').textContent())!.trim();
  expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
  await expect(counsellor.getByText(fl(`${p.name} har inte anslutit än.`))).toBeVisible();
  await expectAccessible(counsellor);

  // The person joins with the code, typed as people type it.
  await page.goto('/sessions');
  await settle(page);
  await page.getByLabel('Kod').fill('XXX-XXX');
  await page.getByRole('button', { name: 'Anslut' }).click();
  await expect(page.getByText('inget pågående samtal har den här koden', { exact: false }).first()).toBeVisible();
  await page.goto('/sessions');
  await settle(page);
  await page.getByLabel('Kod').fill(code.toLowerCase().replace('-', ' '));
  await page.getByRole('button', { name: 'Anslut' }).click();
  await expect(page).toHaveURL(/\/sessions\/\d+\?section=1$/);
  await settle(page);
  await expectAccessible(page);
  const sessionUrl = page.url();

  // The counsellor sees that the person is here.
  if (!js) await counsellor.reload();
  await expect(counsellor.getByText(fl(`${p.name} tittar på det här avsnittet.`))).toBeVisible();

  // What the person writes appears for the counsellor.
  const answer = page.getByLabel('Hur och var har du lärt dig och använt detta?').first();
  await answer.fill('Jag har arbetat på ett äldreboende i två år.');
  if (js) {
    await expect(page.locator('.save-status').first()).toHaveText('Sparat');
  } else {
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await counsellor.reload();
  }
  await expect(counsellor.getByLabel('Hur och var har du lärt dig och använt detta?').first())
    .toHaveValue('Jag har arbetat på ett äldreboende i två år.');

  // The counsellor proposes; the person accepts.
  const first = counsellor.locator('.session-extras').first();
  await first.getByText('Föreslå en ändring').click();
  await first.getByLabel('Hur väl kan du detta?').selectOption({ label: 'Kan göra det självständigt' });
  await first.getByLabel('Hur och var har du lärt dig och använt detta?', { exact: true })
    .fill('Två år på äldreboende: personlig omvårdnad, dokumentation och larm.');
  await first.getByRole('button', { name: 'Skicka förslaget' }).click();
  if (!js) await page.reload();
  const proposal = page.locator('.proposal').first();
  await expect(proposal).toContainText('Två år på äldreboende');
  await proposal.getByRole('button', { name: 'Godkänn' }).click();
  if (!js) await page.goto(sessionUrl);
  await expect(page.getByLabel('Hur och var har du lärt dig och använt detta?').first())
    .toHaveValue('Två år på äldreboende: personlig omvårdnad, dokumentation och larm.');
  await expect(page.locator('.proposal')).toHaveCount(0);
  await expect(page.locator('.trail')).toContainText('Sami Niemi');

  // The person lets the counsellor write directly; what the counsellor writes is theirs.
  await page.getByRole('button', { name: 'Låt vägledaren skriva i mina svar' }).click();
  await expect(page.getByText('Vägledaren får skriva i dina svar under det här samtalet.')).toBeVisible();
  if (!js) await counsellor.reload();
  const theirs = counsellor.getByLabel('Hur och var har du lärt dig och använt detta?', { exact: true }).nth(1);
  await expect(theirs).toBeEditable();
  await theirs.fill('Tröstar och lyssnar på boende med demens.');
  await counsellor.getByRole('radio', { name: 'Kan göra det självständigt' }).nth(1).check();
  if (js) {
    await expect(counsellor.locator('.save-status').nth(1)).toHaveText('Sparat');
  } else {
    await counsellor.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.goto(sessionUrl);
  }
  await expect(page.getByLabel('Hur och var har du lärt dig och använt detta?').nth(1))
    .toHaveValue('Tröstar och lyssnar på boende med demens.');
  await expect(page.locator('.trail')).toContainText(fl('Sami Niemi · skrev i'));
  await page.getByRole('button', { name: 'Sluta låta vägledaren skriva i mina svar' }).click();
  await expect(page.getByText('Vägledarens ändringar kommer som förslag som du godkänner eller avböjer.')).toBeVisible();

  // A note, read by the person.
  await counsellor.getByLabel('Ny anteckning').fill('Vi pratade om validering inom vård.');
  await counsellor.getByRole('button', { name: 'Lägg till anteckningen' }).click();
  if (!js) await page.reload();
  await expect(page.locator('.notes')).toContainText('Vi pratade om validering inom vård.');

  // Together they draw up the study plan; the gap analysis suggests the course.
  await counsellor.getByRole('link', { name: 'Individuell studieplan' }).click();
  await settle(counsellor);
  await expectAccessible(counsellor);
  await counsellor.getByLabel('Mål med studierna').fill('Undersköterska inom äldreomsorgen');
  await counsellor.getByLabel(fl('50 %')).check();
  await counsellor.getByLabel('Start', { exact: true }).fill('2027-01-18');
  await counsellor.getByRole('group', { name: 'Förslag från gapanalysen' }).getByRole('checkbox').first().check();
  await counsellor.getByRole('button', { name: 'Spara studieplanen' }).click();
  await expect(counsellor.getByText('Studieplanen är sparad.')).toBeVisible();
  await expect(counsellor.getByRole('table')).toContainText(COURSE);
  await expect(counsellor.locator('.trail')).toContainText('Sami Niemi');
  const pdf = await counsellor.request.get(counsellor.url().replace(/study-plan.*$/, 'study-plan.pdf'));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  // The person reads the note and the plan from their overview.
  await page.goto(sessionUrl.replace(/\/sessions\/.*/, '/mappings'));
  await page.getByRole('link', { name: COURSE }).first().click();
  await settle(page);
  await expect(page.locator('.guidance-panel')).toContainText('Vi pratade om validering inom vård.');
  await page.locator('.guidance-panel').getByRole('link', { name: 'Individuell studieplan' }).click();
  await settle(page);
  await expect(page.getByLabel('Mål med studierna')).toHaveValue('Undersköterska inom äldreomsorgen');

  // Withdrawn: the counsellor's session is gone at once.
  await page.goto('/account');
  await settle(page);
  await page.locator('#sharing').getByRole('button', { name: 'Sluta dela' }).click();
  await expect(page.getByText('Du delar inte längre det.')).toBeVisible();
  expect((await counsellor.goto(new URL(sessionUrl).pathname))?.status()).toBe(404);
  await ctx.close();
});
