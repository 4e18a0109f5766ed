import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type HandlerDeps } from '../../../electron/handlers/createHandlers';
import { dispatch } from '../../../electron/handlers/dispatch';

function setup(saveAnswer: 'save' | 'cancel' = 'save') {
  const opened: string[] = [];
  const saveFolder = mkdtempSync(join(tmpdir(), 'dispatch-save-'));
  const errors: unknown[] = [];
  const deps: HandlerDeps = {
    productName: 'Care Appraisals',
    appVersion: '1.2.3',
    runtime: 'browser',
    electronVersion: null,
    platform: 'linux',
    dataFolder: mkdtempSync(join(tmpdir(), 'dispatch-test-')),
    openExternal: (url) => {
      opened.push(url);
      return Promise.resolve();
    },
    chooseSavePath: ({ suggestedName }) =>
      Promise.resolve(saveAnswer === 'cancel' ? null : join(saveFolder, suggestedName)),
    chooseOpenPath: () => Promise.resolve(null),
    emit: () => undefined,
    fontsFolder: join(import.meta.dirname, '../../../build/fonts'),
    now: () => new Date('2026-03-12T10:30:00.000Z'),
    printPdf: () => Promise.resolve(true),
    documentUrl: (documentId, kind) => `test://${kind}/${documentId}.pdf`,
  };
  const handlers = createHandlers(deps);
  const call = (channel: string, payload: unknown, senderTrusted = true) =>
    dispatch(handlers, channel, payload, { senderTrusted, logError: (_, e) => errors.push(e) });
  return { deps, handlers, opened, errors, call, saveFolder };
}

describe('IPC dispatch', () => {
  it('answers app:info with the version and data folder', async () => {
    const { call, deps } = setup();
    expect(await call('app:info', undefined)).toEqual({
      ok: true,
      value: {
        productName: 'Care Appraisals',
        version: '1.2.3',
        dataFolder: deps.dataFolder,
        runtime: 'browser',
        electronVersion: null,
        platform: 'linux',
      },
    });
  });

  it('refuses a sender that is not our window, without running the handler', async () => {
    const { call, opened } = setup();
    const reply = await call('links:openExternal', { url: 'https://www.cqc.org.uk/' }, false);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/did not come from the Care Appraisals window/),
      },
    });
    expect(opened).toEqual([]);
  });

  it.each([
    ['a missing payload', undefined],
    ['a payload of the wrong type', 'https://www.cqc.org.uk/'],
    ['a missing field', {}],
    ['a field of the wrong type', { url: 42 }],
    ['an unexpected extra field', { url: 'https://www.cqc.org.uk/', run: 'calc.exe' }],
    ['an over-long URL', { url: `https://example.org/${'a'.repeat(3000)}` }],
  ])('refuses %s with a clear message and changes nothing', async (_, payload) => {
    const { call, opened } = setup();
    const reply = await call('links:openExternal', payload);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-request');
    expect(reply.error.message).toMatch(
      /^The request "links:openExternal" was not in the expected form \(.+\)\. Nothing was changed\.$/,
    );
    expect(opened).toEqual([]);
  });

  it('refuses a payload on a channel that takes none', async () => {
    const { call } = setup();
    const reply = await call('app:info', { sneaky: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('names an unknown channel, including inherited object keys', async () => {
    const { call } = setup();
    expect(await call('files:deleteEverything', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-channel' },
    });
    expect(await call('constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('opens only secure links, in their normalised form', async () => {
    const { call, opened } = setup();
    expect(await call('links:openExternal', { url: 'https://www.cqc.org.uk/guidance-providers' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    const refused = await call('links:openExternal', { url: 'file:///C:/Windows/System32/calc.exe' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Only secure web links (starting https://) can be opened.' },
    });
    expect(opened).toEqual(['https://www.cqc.org.uk/guidance-providers']);
  });

  it('saves text where the manager chose, exactly as given', async () => {
    const { call, saveFolder } = setup();
    const text = 'name\r\nŁucja Wąsowska\r\n';
    expect(await call('files:saveTextAs', { suggestedName: 'register.csv', kind: 'csv', text })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'register.csv' },
    });
    expect(readFileSync(join(saveFolder, 'register.csv'), 'utf8')).toBe(text);
  });

  it('writes nothing when the manager cancels the save dialog', async () => {
    const { call, saveFolder } = setup('cancel');
    expect(await call('files:saveTextAs', { suggestedName: 'a.json', kind: 'json', text: '{}' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(readdirSync(saveFolder)).toEqual([]);
  });

  it.each(['../../evil.json', 'C:\\Windows\\x.json', '.hidden', 'a/b.json', 'nul\u0000.json'])(
    'refuses a suggested name that is a path or hidden file (%s)',
    async (suggestedName) => {
      const { call, saveFolder } = setup();
      const reply = await call('files:saveTextAs', { suggestedName, kind: 'json', text: '{}' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(readdirSync(saveFolder)).toEqual([]);
    },
  );

  it('hides an unexpected failure behind a plain message and logs it', async () => {
    const { handlers, errors } = setup();
    const broken = { ...handlers, 'app:info': () => Promise.reject(new Error('disk on fire')) };
    const reply = await dispatch(broken, 'app:info', undefined, {
      senderTrusted: true,
      logError: (_, e) => errors.push(e),
    });
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'Something went wrong in the app. Nothing was changed; please try again.',
      },
    });
    expect(errors).toHaveLength(1);
  });
});
