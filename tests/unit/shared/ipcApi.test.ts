import { describe, expect, it } from 'vitest';
import { IpcError, type IpcReply } from '../../../shared/ipc';
import { createApi, type IpcTransport } from '../../../shared/ipcApi';

function fakeTransport(reply: IpcReply<unknown>) {
  const calls: [string, unknown][] = [];
  const listeners = new Map<string, (payload: unknown) => void>();
  const transport: IpcTransport = {
    invoke: (channel, request) => {
      calls.push([channel, request]);
      return Promise.resolve(reply);
    },
    subscribe: (event, listener) => {
      listeners.set(event, listener);
      return () => listeners.delete(event);
    },
  };
  return { transport, calls, listeners };
}

const info = {
  productName: 'Care Appraisals',
  version: '0.1.0',
  dataFolder: '/tmp/x',
  runtime: 'electron',
  electronVersion: '45.5.0',
  platform: 'win32',
};

describe('the exposed API object', () => {
  it('sends each call on its own channel and returns the value', async () => {
    const { transport, calls } = fakeTransport({ ok: true, value: info });
    await expect(createApi(transport).app.info()).resolves.toEqual(info);
    expect(calls).toEqual([['app:info', undefined]]);
  });

  it('turns a refusal into an IpcError carrying the plain-English message', async () => {
    const { transport } = fakeTransport({
      ok: false,
      error: { code: 'failed', message: 'Only secure web links.' },
    });
    const call = createApi(transport).links.openExternal({ url: 'http://x' });
    await expect(call).rejects.toBeInstanceOf(IpcError);
    await expect(call).rejects.toThrow('Only secure web links.');
  });

  it('refuses an answer that does not match the contract', async () => {
    const { transport } = fakeTransport({ ok: true, value: { version: 3 } });
    await expect(createApi(transport).app.info()).rejects.toThrow(/unexpected/);
  });

  it('delivers valid events, drops malformed ones, and unsubscribes', () => {
    const { transport, listeners } = fakeTransport({ ok: true, value: null });
    const seen: unknown[] = [];
    const unsubscribe = createApi(transport).menu.onNavigate((payload) => seen.push(payload.to));
    const emit = listeners.get('menu:navigate');
    emit?.({ to: 'settings' });
    emit?.({ to: 'somewhere-else' });
    emit?.('settings');
    expect(seen).toEqual(['settings']);
    unsubscribe();
    expect(listeners.has('menu:navigate')).toBe(false);
  });
});
