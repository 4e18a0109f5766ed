import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/handlers/dispatch';
import { handlerSetup } from '../../fixtures/handlerDeps';

function setup(saveAnswer: 'save' | 'cancel' = 'save') {
  const s = handlerSetup({ overrides: { appVersion: '1.2.3', platform: 'linux' } });
  if (saveAnswer === 'cancel') s.saveAnswers.push('cancel');
  const call = (channel: string, payload: unknown, senderTrusted = true) =>
    senderTrusted
      ? s.reply(channel, payload)
      : dispatch(s.handlers, channel, payload, {
          senderTrusted,
          logError: (failed, error) => s.errors.push({ channel: failed, error }),
        });
  return Object.assign(s, { call });
}

describe('IPC dispatch', () => {
  it('answers app:info with the version and data folder', async () => {
    const { call, dataFolder } = setup();
    expect(await call('app:info', undefined)).toEqual({
      ok: true,
      value: {
        productName: 'Care Appraisals',
        version: '1.2.3',
        dataFolder,
        runtime: 'browser',
        electronVersion: null,
        platform: 'linux',
      },
    });
  });

  it('refuses a sender that is not our window, without running the handler', async () => {
    const { call, openedLinks } = setup();
    const reply = await call('links:openExternal', { url: 'https://www.cqc.org.uk/' }, false);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: expect.stringMatching(/did not come from the Care Appraisals window/),
      },
    });
    expect(openedLinks).toEqual([]);
  });

  it.each([
    ['a missing payload', undefined],
    ['a payload of the wrong type', 'https://www.cqc.org.uk/'],
    ['a missing field', {}],
    ['a field of the wrong type', { url: 42 }],
    ['an unexpected extra field', { url: 'https://www.cqc.org.uk/', run: 'calc.exe' }],
    ['an over-long URL', { url: `https://example.org/${'a'.repeat(3000)}` }],
  ])('refuses %s with a clear message and changes nothing', async (_, payload) => {
    const { call, openedLinks } = setup();
    const reply = await call('links:openExternal', payload);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-request');
    expect(reply.error.message).toMatch(
      /^The request "links:openExternal" was not in the expected form \(.+\)\. Nothing was changed\.$/,
    );
    expect(openedLinks).toEqual([]);
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
    const { call, openedLinks } = setup();
    expect(await call('links:openExternal', { url: 'https://www.cqc.org.uk/guidance-providers' })).toEqual({
      ok: true,
      value: { opened: true },
    });
    const refused = await call('links:openExternal', { url: 'file:///C:/Windows/System32/calc.exe' });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Only secure web links (starting https://) can be opened.' },
    });
    expect(openedLinks).toEqual(['https://www.cqc.org.uk/guidance-providers']);
  });

  it('saves text where the manager chose, exactly as given', async () => {
    const { call, savedFolder } = setup();
    const text = 'name\r\nŁucja Wąsowska\r\n';
    expect(await call('files:saveTextAs', { suggestedName: 'register.csv', kind: 'csv', text })).toEqual({
      ok: true,
      value: { saved: true, fileName: 'register.csv', warning: null },
    });
    expect(readFileSync(join(savedFolder, 'register.csv'), 'utf8')).toBe(text);
  });

  it('writes nothing when the manager cancels the save dialog', async () => {
    const { call, savedFolder } = setup('cancel');
    expect(await call('files:saveTextAs', { suggestedName: 'a.json', kind: 'json', text: '{}' })).toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(readdirSync(savedFolder)).toEqual([]);
  });

  it.each(['../../evil.json', 'C:\\Windows\\x.json', '.hidden', 'a/b.json', 'nul\u0000.json'])(
    'refuses a suggested name that is a path or hidden file (%s)',
    async (suggestedName) => {
      const { call, savedFolder } = setup();
      const reply = await call('files:saveTextAs', { suggestedName, kind: 'json', text: '{}' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(readdirSync(savedFolder)).toEqual([]);
    },
  );

  it('hides an unexpected failure behind a plain message and logs it', async () => {
    const { handlers } = setup();
    const errors: unknown[] = [];
    const broken = { ...handlers, 'app:info': () => Promise.reject(new Error('disk on fire')) };
    const reply = await dispatch(broken, 'app:info', undefined, {
      senderTrusted: true,
      logError: (_, e) => errors.push(e),
    });
    // Main cannot know how far an unexpected failure got, so it does not say nothing changed.
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message:
          'Something went wrong in the app and this did not finish. Please try again; if it keeps happening, restart Care Appraisals.',
      },
    });
    expect(errors).toEqual([new Error('disk on fire')]);
  });
});
