/**
 * The preload: builds the contract's API once and exposes it as window.careAppraisals.
 * Runs sandboxed, so it is bundled to a single CommonJS file. Only the named API
 * crosses the bridge; ipcRenderer itself never does.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventName } from '../shared/ipc';
import { apiGlobalName, createApi, type CareAppraisalsApi, type IpcTransport } from '../shared/ipcApi';
import { settleReply } from './ipcReply';

const transport: IpcTransport = {
  invoke: (channel, request) => settleReply(ipcRenderer.invoke(channel, request)),
  subscribe(event, listener) {
    if (!isEventName(event)) return () => undefined;
    // Only the payload is passed on: the IpcRendererEvent would leak `sender` to the page.
    const forward = (_event: IpcRendererEvent, payload: unknown) => {
      listener(payload);
    };
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

const api = createApi(transport) satisfies CareAppraisalsApi;

contextBridge.exposeInMainWorld(apiGlobalName, api);
