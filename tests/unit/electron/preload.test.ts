/**
 * The preload, run against a stand-in for Electron's renderer modules: what it exposes,
 * how calls and events travel, and that ipcRenderer itself never reaches the page.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CareAppraisalsApi } from '../../../shared/ipcApi';
import { IpcError, ipcChannels, ipcEvents } from '../../../shared/ipc';
import { isIpcReply, settleReply } from '../../../electron/ipcReply';

type Forward = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<Forward>>();
  return {
    listeners,
    exposed: new Map<string, unknown>(),
    invoke: vi.fn<(channel: string, request: unknown) => Promise<unknown>>(),
  };
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (name: string, value: unknown) => {
      electron.exposed.set(name, value);
    },
  },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: Forward) => {
      const set = electron.listeners.get(channel) ?? new Set();
      set.add(listener);
      electron.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Forward) => {
      electron.listeners.get(channel)?.delete(listener);
    },
  },
}));

function emit(channel: string, payload: unknown): void {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'secret' }, payload);
}

let api: CareAppraisalsApi;

beforeAll(async () => {
  await import('../../../electron/preload');
  const exposed = electron.exposed.get('careAppraisals');
  if (typeof exposed !== 'object' || exposed === null) throw new Error('preload exposed nothing');
  // The object is the one createApi built, which `satisfies CareAppraisalsApi` in preload.ts.
  api = exposed as CareAppraisalsApi;
});

beforeEach(() => {
  electron.invoke.mockReset();
});

describe('preload', () => {
  it('exposes one global holding exactly the contract: no ipcRenderer, no generic send', () => {
    expect([...electron.exposed.keys()]).toEqual(['careAppraisals']);
    const exposedNames = Object.entries(api).flatMap(([feature, calls]) =>
      Object.entries(calls).map(([name, value]) => `${feature}.${name}:${typeof value}`),
    );
    const contractNames = [
      ...Object.keys(ipcChannels).map((channel) => `${channel.replace(':', '.')}:function`),
      ...Object.keys(ipcEvents).map((event) => {
        const [feature = '', action = ''] = event.split(':');
        return `${feature}.on${action.charAt(0).toUpperCase()}${action.slice(1)}:function`;
      }),
    ];
    expect(exposedNames.sort()).toEqual(contractNames.sort());
  });

  it('invokes the channel with the request and returns the parsed value', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, value: { opened: true } });
    await expect(api.links.openExternal({ url: 'https://www.cqc.org.uk/' })).resolves.toEqual({
      opened: true,
    });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith('links:openExternal', {
      url: 'https://www.cqc.org.uk/',
    });
  });

  it('turns a refusal into an IpcError with the message from main', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: false, error: { code: 'forbidden', message: 'Refused.' } });
    await expect(api.app.info()).rejects.toEqual(new IpcError('forbidden', 'Refused.'));
  });

  it("replaces Electron's own invoke error with a plain message", async () => {
    electron.invoke.mockRejectedValueOnce(
      new Error("Error invoking remote method 'app:info': No handler registered"),
    );
    const error: unknown = await api.app.info().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IpcError);
    expect(String(error)).not.toContain('remote method');
  });

  it('passes event payloads only, never the IpcRendererEvent, and unsubscribes', () => {
    const seen: unknown[] = [];
    const unsubscribe = api.menu.onNavigate((payload) => seen.push(payload));
    emit('menu:navigate', { to: 'settings' });
    expect(seen).toEqual([{ to: 'settings' }]);

    unsubscribe();
    emit('menu:navigate', { to: 'about' });
    expect(seen).toHaveLength(1);
    expect(electron.listeners.get('menu:navigate')?.size).toBe(0);
  });

  it('drops an event payload that does not match the contract', () => {
    const seen: unknown[] = [];
    const unsubscribe = api.menu.onNavigate((payload) => seen.push(payload));
    emit('menu:navigate', { to: 'file:///etc/passwd' });
    unsubscribe();
    expect(seen).toEqual([]);
  });
});

describe('reply envelope', () => {
  it.each([
    [{ ok: true, value: 1 }, true],
    [{ ok: true, value: undefined }, true],
    [{ ok: false, error: { code: 'bad-request', message: 'x' } }, true],
    [{ ok: true }, false],
    [{ ok: false, error: { code: 'teapot', message: 'x' } }, false],
    [{ ok: false, error: { code: 'failed' } }, false],
    [{ ok: 'yes', value: 1 }, false],
    [null, false],
    ['ok', false],
  ])('recognises %j as an envelope: %s', (value, expected) => {
    expect(isIpcReply(value)).toBe(expected);
  });

  it('settles anything else as a plain failure', async () => {
    await expect(settleReply(Promise.resolve(42))).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
    await expect(settleReply(Promise.reject(new Error('boom')))).resolves.toMatchObject({
      ok: false,
      error: { code: 'failed' },
    });
  });
});
