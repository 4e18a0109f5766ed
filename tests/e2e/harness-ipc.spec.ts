/**
 * The browser harness speaks the same contract as Electron's main process: the page gets the
 * same API object, and the server refuses foreign senders and malformed payloads exactly as
 * dispatch() does in the app.
 */
import type {} from '../../renderer/api';
import { sha256Hex } from '../../shared/integrity/sha256';
import { sampleDocument } from '../fixtures/sampleDocument';
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

test('a sealed document is served to the page as a PDF, printed and saved byte for byte', async ({
  page,
  request,
  harness,
}) => {
  const document = sampleDocument();
  await page.goto('/');
  const actor = `appraiser:${document.appraisal.id}`;
  const sealed = await page.evaluate(
    ({ doc, actor }) => window.careAppraisals.documents.seal({ document: doc, logo: null, actor }),
    { doc: document, actor },
  );
  expect(sealed).toMatchObject({ documentId: document.documentId, alreadySealed: false });

  const opened = await page.evaluate((req) => window.careAppraisals.documents.open(req), {
    documentId: sealed.documentId,
    expectedFingerprint: sealed.fingerprint,
    actor,
  });
  expect(opened.integrity).toEqual({ status: 'intact', problems: [] });
  const pdfUrl = opened.pdfUrl ?? '';
  const served = await request.get(pdfUrl);
  expect(served.headers()['content-type']).toBe('application/pdf');
  expect(sha256Hex(await served.body())).toBe(sealed.pdfSha256);

  await page.evaluate(
    ({ id, actor }) => window.careAppraisals.documents.print({ documentId: id, kind: 'sealed', actor }),
    { id: sealed.documentId, actor },
  );
  expect(await harness.printed()).toEqual([{ documentId: sealed.documentId, kind: 'sealed', printed: true }]);

  await page.evaluate(
    ({ id, actor }) =>
      window.careAppraisals.documents.saveCopy({
        documentId: id,
        kind: 'sealed',
        suggestedName: 'Appraisal of Nguyễn Thị Hoa.pdf',
        actor,
      }),
    { id: sealed.documentId, actor },
  );
  const saved = await harness.savedFiles();
  expect(saved.map((file) => file.name)).toEqual(['Appraisal of Nguyễn Thị Hoa.pdf']);
  expect(sha256Hex(saved[0]?.bytes ?? new Uint8Array())).toBe(sealed.pdfSha256);
});

test('the document route serves only document ids of the session', async ({ request, harness }) => {
  expect(
    (await request.get(`/__harness/documents/${harness.session}/..%2Faudit%2Faudit-log.jsonl`)).status(),
  ).toBe(400);
  expect((await request.get(`/__harness/documents/${harness.session}/not-sealed-v1.pdf`)).status()).toBe(404);
  expect(
    (await request.get(`/__harness/documents/${harness.session}/drafts/not-sealed-v1.pdf`)).status(),
  ).toBe(404);
});

test('a window cannot destroy a signed record within retention, whatever it sends', async ({ page }) => {
  const document = sampleDocument();
  const staffId = document.appraisal.staffId;
  await page.goto('/');
  await page.evaluate(
    ({ doc, actor }) => window.careAppraisals.documents.seal({ document: doc, logo: null, actor }),
    { doc: document, actor: `appraiser:${document.appraisal.id}` },
  );
  const destroy = (request: unknown) =>
    page.evaluate(
      (req) =>
        window.careAppraisals.records.destroy(req as { staffId: string; actor: string }).then(
          (answer) => `destroyed ${answer.destroyed}`,
          (error: unknown) => String(error),
        ),
      request,
    );

  // The old attack: the window says when the person left, how long to keep and what day it is.
  expect(
    await destroy({
      staffId,
      documentIds: [document.documentId],
      leavingDate: '2000-01-01',
      retentionYears: 1,
      today: '2099-01-01',
      actor: 'registered-manager',
    }),
  ).toMatch(/was not in the expected form/);
  // Main decides from its own facts: no leaving date recorded, so nothing may go.
  expect(await destroy({ staffId, actor: 'registered-manager' })).toMatch(
    /No leaving date has been recorded/,
  );
  // A leaving date recorded today keeps them for the whole retention period, by main's clock.
  await page.evaluate(
    (id) =>
      window.careAppraisals.records.setLeavingDate({
        staffId: id,
        leavingDate: new Date().toISOString().slice(0, 10),
        actor: 'registered-manager',
      }),
    staffId,
  );
  expect(await destroy({ staffId, actor: 'registered-manager' })).toMatch(/may not be destroyed until/);

  const { states } = await page.evaluate(
    (ids) => window.careAppraisals.documents.sealState({ documentIds: ids }),
    [document.documentId],
  );
  const opened = await page.evaluate((request) => window.careAppraisals.documents.open(request), {
    documentId: document.documentId,
    expectedFingerprint: states[0]?.seal?.fingerprint ?? '',
    actor: 'registered-manager',
  });
  expect(opened.integrity.status).toBe('intact');
  const check = await page.evaluate(() =>
    window.careAppraisals.audit.verify({ actor: 'registered-manager' }),
  );
  expect(check.intact).toBe(true);
});
