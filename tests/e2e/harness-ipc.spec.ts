/**
 * The browser harness speaks the same contract as Electron's main process: the page gets the
 * same API object, and the server refuses foreign senders and malformed payloads exactly as
 * dispatch() does in the app.
 */
import type {} from '../../renderer/api';
import { expect, test } from './fixtures';

test('the page gets the API object and app:info answers from the harness', async ({ page }) => {
  await page.goto('/');
  const info = await page.evaluate(() => window.careAppraisals.app.info());
  expect(info.productName).toBe('Care Appraisals');
  expect(info.runtime).toBe('browser');
  expect(info.dataFolder).toMatch(/care-appraisals-harness-/);
});

test('the API object cannot be replaced by page script', async ({ page }) => {
  await page.goto('/');
  const replaced = await page.evaluate(() => {
    try {
      Object.defineProperty(window, 'careAppraisals', { value: {} });
      return true;
    } catch {
      return false;
    }
  });
  expect(replaced).toBe(false);
});

test('a call from another origin is refused', async ({ request }) => {
  const response = await request.post('/__api/app:info', {
    headers: { origin: 'https://evil.example' },
    data: {},
  });
  expect(response.status()).toBe(400);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a malformed payload gets a plain-English refusal and nothing is opened', async ({ page, harness }) => {
  await page.goto('/');
  const message = await page.evaluate(() =>
    // Deliberately the wrong shape, as a compromised or buggy renderer might send it.
    window.careAppraisals.links.openExternal(JSON.parse('{"href":"https://x.org"}') as { url: string }).then(
      () => 'opened',
      (error: unknown) => String(error),
    ),
  );
  expect(message).toMatch(/was not in the expected form/);
  expect(await harness.openedLinks()).toEqual([]);
});
