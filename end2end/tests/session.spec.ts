// The session-timeout warning: two minutes before a session ends for lack of use the page asks,
// one press keeps the person signed in without leaving the page, and a session that did end is
// said plainly. Browser time is moved on with Playwright's clock; the server's own clock is not,
// so "ended" is made real by removing the session cookie.
import { expect, test } from '@playwright/test';
import { expectAccessible, fl, person, register, settle, withJs } from './helpers';

test('the person is warned before being signed out and can stay', async ({ page, context }) => {
  test.skip(!withJs(), 'without JavaScript there is no warning; the server ends idle sessions');
  await page.clock.install();
  await register(page, person(test.info(), 'timeout'));
  await page.goto('/mappings');
  await settle(page);
  const dialog = page.getByRole('alertdialog', { name: 'Du loggas snart ut' });
  await expect(dialog).toHaveCount(0);

  await page.clock.fastForward('58:30');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(fl('60 minuter'));
  const stay = dialog.getByRole('button', { name: 'Fortsätt vara inloggad' });
  await expect(stay).toBeFocused();
  await expectAccessible(page);
  const extended = page.waitForResponse((r) => r.url().includes('/api/extend_session') && r.status() === 200);
  await stay.press('Enter');
  await extended;
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Mina kartläggningar' })).toBeVisible();

  // The session is gone on the server: past the end the page says so.
  await context.clearCookies();
  await page.clock.fastForward('01:01:00');
  const ended = page.getByRole('alert').filter({ hasText: 'Du har loggats ut' });
  await expect(ended).toBeVisible();
  await expect(ended.getByRole('link', { name: 'Logga in igen' })).toBeVisible();
});
