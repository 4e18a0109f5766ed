/**
 * The harness's stand-in for electron/preload.ts: the same API object, built by the same
 * createApi, with a transport over fetch instead of ipcRenderer. Injected before the
 * renderer's own script, so the renderer cannot tell which world it runs in.
 */
import { apiGlobalName, createApi, type IpcTransport } from '../../shared/ipcApi';
import type { EventName, IpcReply } from '../../shared/ipc';
import { harnessSessionHeader, harnessSessionStorageKey } from './harnessProtocol';

const session = localStorage.getItem(harnessSessionStorageKey) ?? 'default';
const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
let events: EventSource | null = null;

function ensureEventStream(): void {
  if (events) return;
  events = new EventSource(`/__api/events?session=${encodeURIComponent(session)}`);
  events.onmessage = (message: MessageEvent<string>) => {
    // The harness server writes these frames; createApi validates each payload by its schema.
    const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
}

const transport: IpcTransport = {
  async invoke(channel, request) {
    const response = await fetch(`/__api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [harnessSessionHeader]: session },
      body: JSON.stringify(request === undefined ? {} : { request }),
    });
    // The harness server always answers with dispatch()'s envelope; createApi checks the value.
    return (await response.json()) as IpcReply<unknown>;
  },
  subscribe(event, listener) {
    ensureEventStream();
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
};

Object.defineProperty(window, apiGlobalName, { value: Object.freeze(createApi(transport)), writable: false });
