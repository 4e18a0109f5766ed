/**
 * The harness's control routes (/__harness/*, and the event stream) answer only the harness's own
 * pages and the test runner, as /__api does: another site's Origin is refused on every route, and
 * a control that changes anything needs our Origin. Otherwise any page open in the same browser
 * could script the pretend dialogs or read the saved files while a test or demo runs.
 */
import { expect, test } from './fixtures';

const foreign = { origin: 'https://evil.example' };

test('a control read from another origin is refused, and the same read from the test runner answers', async ({
  request,
  harness,
}) => {
  for (const route of ['opened-links', 'saved-files', 'printed', 'data-folder']) {
    const refused = await request.get(`/__harness/${route}?session=${harness.session}`, { headers: foreign });
    expect(refused.status(), route).toBe(403);
    expect(await refused.json()).toEqual({
      error: 'Harness controls answer only pages this harness served, not https://evil.example.',
    });
  }
  expect(
    (
      await request.get(`/__harness/documents/${harness.session}/not-sealed-v1.pdf`, { headers: foreign })
    ).status(),
  ).toBe(403);
  expect((await request.get(`/__api/events?session=${harness.session}`, { headers: foreign })).status()).toBe(
    403,
  );
  expect(
    (
      await request.get(`/__harness/documents/${harness.session}/x`, { headers: { origin: 'null' } })
    ).status(),
  ).toBe(403);

  // No Origin, as Playwright's request fixture sends it: still answered.
  expect(await harness.openedLinks()).toEqual([]);
});

test('a control that changes anything is refused from another origin and without an Origin', async ({
  request,
  baseURL,
  harness,
}) => {
  const own = { origin: new URL(baseURL ?? '').origin };
  const controls = [
    ['save-dialog', { session: harness.session, answers: ['cancel'] }],
    ['open-dialog', { session: harness.session, answers: ['cancel'] }],
    ['print-dialog', { session: harness.session, answers: ['cancel'] }],
    ['hold-exports', { session: harness.session, hold: false }],
    ['emit', { session: harness.session, event: 'menu:navigate', payload: { to: 'about' } }],
  ] as const;
  for (const [route, data] of controls) {
    const fromElsewhere = await request.post(`/__harness/${route}`, { headers: foreign, data });
    expect(fromElsewhere.status(), `${route} from another origin`).toBe(403);
    const unsigned = await request.post(`/__harness/${route}`, { data });
    expect(unsigned.status(), `${route} without an Origin`).toBe(403);
    expect(await unsigned.json()).toEqual({
      error:
        'A harness control that changes anything must come from a page this harness served (no Origin was sent).',
    });
    expect(
      (await request.post(`/__harness/${route}`, { headers: own, data })).ok(),
      `${route} from here`,
    ).toBe(true);
  }
});
