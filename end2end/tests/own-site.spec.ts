// Requests that change anything come only from Kartla's own pages: a form on another site
// that posts here (to sign someone in, to act for them, to upload) is refused with 403.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, VALIDATOR, person, register, settle, signIn } from './helpers';

const EVIL = 'http://evil.test';

/** A page on another site with one form that posts `fields` to Kartla's `action`. */
function evilPage(target: string, fields: Record<string, string>, upload = false) {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`)
    .join('');
  const file = upload ? '<input type="file" name="file" aria-label="file">' : '';
  const enctype = upload ? ' enctype="multipart/form-data"' : '';
  return `<!doctype html><html lang="en"><title>Win a prize</title>
    <form method="post" action="${target}"${enctype}>${inputs}${file}<button>Claim</button></form></html>`;
}

test('forms on another site cannot sign in, act or upload', async ({ page, baseURL }) => {
  test.skip(test.info().project.name !== 'js', 'the browser posts a form the same way with or without scripts');
  const me = person(test.info(), 'csrf');
  await register(page, me);
  const posts: [string, Record<string, string>, boolean][] = [
    ['/api/sign_in', { 'input[email]': VALIDATOR, 'input[password]': DEMO_PASSWORD }, false],
    ['/api/start_mapping', { 'input[framework_id]': '1' }, false],
    ['/api/sign_out', {}, false],
    ['/evidence', { title: 'Planted' }, true],
  ];
  for (const [path, fields, upload] of posts) {
    await page.route(`${EVIL}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: evilPage(`${baseURL}${path}`, fields, upload) }),
    );
    await page.goto(`${EVIL}/prize`);
    if (upload) {
      await page.getByLabel('file').setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('x') });
    }
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${baseURL}${path}`),
      page.getByRole('button', { name: 'Claim' }).click(),
    ]);
    expect(answer.status(), path).toBe(403);
    await expect(page.locator('body')).toContainText('kom från en sida på en annan webbplats');
    await page.unroute(`${EVIL}/**`);
  }
  // Still signed in as themself, not as the validator, with nothing started or uploaded.
  await page.goto('/mappings');
  await settle(page);
  await expect(page.getByText(me.name)).toBeVisible();
  await expect(page.locator('a[href^="/mappings/"]')).toHaveCount(0);
  await page.goto('/evidence');
  await settle(page);
  await expect(page.getByText('Planted')).toHaveCount(0);
  // The same forms from Kartla's own pages work: signing in is one of them.
  await signIn(page, VALIDATOR, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/cases$/);
});
