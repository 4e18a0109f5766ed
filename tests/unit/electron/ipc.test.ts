import type { IpcMain, WebContents } from 'electron';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  registerIpc,
  sendEvent,
  type EventSink,
  type InvokeEventLike,
  type IpcMainLike,
  type IpcRegistration,
} from '../../../electron/ipc';
import { ipcChannels, type IpcReply } from '../../../shared/ipc';
import { handlerSetup } from '../../fixtures/handlerDeps';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Records what registerIpc registers and lets a test invoke it like the renderer would. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`"${channel}" registered twice`);
    this.listeners.set(channel, listener);
  }

  invoke(channel: string, payload: unknown, event: InvokeEventLike = ourWindow): Promise<IpcReply<unknown>> {
    const listener = this.listeners.get(channel);
    if (listener === undefined) throw new Error(`No handler for "${channel}"`);
    return listener(event, payload);
  }
}

const ourId = 3;
const ourWindow: InvokeEventLike = {
  sender: { id: ourId },
  senderFrame: { url: 'app://appraisals/index.html', parent: null },
};

function setUp(overrides: Partial<IpcRegistration> = {}) {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const { handlers: real } = handlerSetup({
    overrides: {
      appVersion: '0.1.0',
      runtime: 'electron',
      electronVersion: '45.5.0',
      platform: 'win32',
      openExternal,
    },
  });
  const openExternalHandler = vi.fn(real['links:openExternal']);
  const handlers = { ...real, 'links:openExternal': openExternalHandler };
  const ipcMain = new FakeIpcMain();
  registerIpc(ipcMain, {
    handlers,
    trustedWebContentsId: () => ourId,
    trustedOrigin: 'app://appraisals',
    ...overrides,
  });
  return { ipcMain, openExternal, openExternalHandler };
}

describe('registerIpc', () => {
  it('registers every channel in the contract, once', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual(Object.keys(ipcChannels).sort());
  });

  it('answers a good call from our window', async () => {
    const { ipcMain } = setUp();
    const reply = await ipcMain.invoke('app:info', undefined);
    expect(reply).toEqual({
      ok: true,
      value: expect.objectContaining({
        productName: 'Care Appraisals',
        runtime: 'electron',
        version: '0.1.0',
      }),
    });
  });

  it('opens a vetted link through the injected dependency', async () => {
    const { ipcMain, openExternal } = setUp();
    const reply = await ipcMain.invoke('links:openExternal', { url: 'https://www.cqc.org.uk/' });
    expect(reply).toEqual({ ok: true, value: { opened: true } });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.cqc.org.uk/');
  });

  it.each([
    ['a number for the url', { url: 42 }],
    ['an empty url', { url: '' }],
    ['an extra field', { url: 'https://www.cqc.org.uk/', then: 'rm -rf' }],
    ['no payload', undefined],
    ['a string payload', 'https://www.cqc.org.uk/'],
  ])('refuses %s as a bad request without calling the handler', async (_label, payload) => {
    const { ipcMain, openExternalHandler, openExternal } = setUp();
    const reply = await ipcMain.invoke('links:openExternal', payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!reply.ok)
      expect(reply.error.message).toMatch(
        /"links:openExternal" was not in the expected form.*Nothing was changed/,
      );
    expect(openExternalHandler).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each<[string, InvokeEventLike]>([
    ['another web contents', { ...ourWindow, sender: { id: ourId + 1 } }],
    [
      'a subframe of our window',
      { ...ourWindow, senderFrame: { url: 'app://appraisals/index.html', parent: {} } },
    ],
    [
      'our window showing another site',
      { ...ourWindow, senderFrame: { url: 'https://evil.example/', parent: null } },
    ],
    ['a frame that has gone', { ...ourWindow, senderFrame: null }],
  ])('refuses %s as forbidden without calling the handler', async (_label, event) => {
    const { ipcMain, openExternalHandler } = setUp();
    const reply = await ipcMain.invoke('links:openExternal', { url: 'https://www.cqc.org.uk/' }, event);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(openExternalHandler).not.toHaveBeenCalled();
  });

  it('refuses every call while there is no window', async () => {
    const { ipcMain } = setUp({ trustedWebContentsId: () => null });
    expect(await ipcMain.invoke('app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('reports an unexpected failure in plain English and logs it', async () => {
    const logError = vi.fn();
    const { ipcMain, openExternal } = setUp({ logError });
    openExternal.mockRejectedValueOnce(new Error('ENOENT xdg-open'));
    const reply = await ipcMain.invoke('links:openExternal', { url: 'https://www.cqc.org.uk/' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed' } });
    if (!reply.ok) expect(reply.error.message).not.toContain('ENOENT');
    expect(logError).toHaveBeenCalledExactlyOnceWith('links:openExternal', expect.any(Error));
  });

  it('is written against interfaces the real ipcMain and WebContents satisfy', () => {
    expectTypeOf<IpcMain>().toExtend<IpcMainLike>();
    expectTypeOf<WebContents>().toExtend<EventSink>();
  });
});

describe('sendEvent', () => {
  it('sends the payload under the event name', () => {
    const target = { send: vi.fn() };
    sendEvent(target, 'menu:navigate', { to: 'settings' });
    expect(target.send).toHaveBeenCalledExactlyOnceWith('menu:navigate', { to: 'settings' });
  });
});
