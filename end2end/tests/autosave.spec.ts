// With JavaScript each answer is saved as it changes, and the page says so in a status
// message that screen readers announce.
import { expect, test } from '@playwright/test';
import { person, register, settle, startMapping, withJs } from './helpers';

test('an answer is saved as it changes and is there after a reload', async ({ page }, info) => {
  test.skip(!withJs(), 'saving as you type needs JavaScript; without it the section form saves');
  await register(page, person(info, 'autosave'));
  const id = await startMapping(page, 'Lagermedarbetare (demoyrke)');
  await page.goto(`/mappings/${id}/sections/2`);
  await settle(page);
  const first = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  await first.getByRole('radio', { name: 'Kan göra det självständigt' }).check();
  // The text's own save (not only the rating's) has been answered before the reload.
  const textSaved = page.waitForResponse(
    (r) => r.url().includes('/api/save_answer') && (r.request().postData() ?? '').includes('Plockade') && r.ok(),
  );
  await first.getByRole('textbox').fill('Plockade order med röststyrning i två år.');
  await textSaved;
  const status = first.getByRole('status');
  await expect(status).toHaveText('Sparat');
  await expect(status).toHaveAttribute('aria-live', 'polite');

  await page.reload();
  await settle(page);
  const again = page.getByRole('group').filter({ has: page.getByRole('textbox') }).first();
  await expect(again.getByRole('radio', { name: 'Kan göra det självständigt' })).toBeChecked();
  await expect(again.getByRole('textbox')).toHaveValue('Plockade order med röststyrning i två år.');
});
