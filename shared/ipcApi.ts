/**
 * The API object the renderer sees as `window.careAppraisals`.
 *
 * It is built once, here, from a transport: the preload passes one over `ipcRenderer`, the
 * browser harness one over `fetch`. The object lists every channel by name and is checked
 * with `satisfies` against the type derived from the contract, so a channel added to
 * `ipc.ts` and forgotten here fails the typecheck.
 */
import {
  IpcError,
  ipcChannels,
  ipcEvents,
  type Channel,
  type EventName,
  type EventPayloadOf,
  type IpcReply,
  type RequestOf,
  type ResponseOf,
} from './ipc';

type Unsubscribe = () => void;

/** How calls and events travel; the only part that differs between Electron and the harness. */
export interface IpcTransport {
  invoke(channel: Channel, request: unknown): Promise<IpcReply<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

type CallOf<C extends Channel> = [RequestOf<C>] extends [undefined]
  ? () => Promise<ResponseOf<C>>
  : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

type SubscriberOf<E extends EventName> = (listener: (payload: EventPayloadOf<E>) => void) => Unsubscribe;

type FeatureOf<K> = K extends `${infer F}:${string}` ? F : never;

/** `app:info` becomes `api.app.info()`, event `menu:navigate` becomes `api.menu.onNavigate(cb)`. */
export type CareAppraisalsApi = {
  [F in FeatureOf<Channel | EventName>]: {
    [C in Channel as C extends `${F}:${infer A}` ? A : never]: CallOf<C>;
  } & {
    [E in EventName as E extends `${F}:${infer A}` ? `on${Capitalize<A>}` : never]: SubscriberOf<E>;
  };
};

export function createApi(transport: IpcTransport) {
  async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const reply = await transport.invoke(channel, request);
    if (!reply.ok) throw new IpcError(reply.error.code, reply.error.message);
    const parsed = ipcChannels[channel].response.safeParse(reply.value);
    if (!parsed.success) {
      throw new IpcError('failed', 'The app sent back something unexpected. Please try again.');
    }
    // The schema for this channel produced this value, so its type is ResponseOf<C>.
    return parsed.data as ResponseOf<C>;
  }

  function on<E extends EventName>(event: E): SubscriberOf<E> {
    return (listener) =>
      transport.subscribe(event, (payload) => {
        const parsed = ipcEvents[event].safeParse(payload);
        // An event that does not match its schema is dropped rather than half-handled.
        // The schema for this event produced this value, so its type is EventPayloadOf<E>.
        if (parsed.success) listener(parsed.data as EventPayloadOf<E>);
      });
  }

  return {
    app: {
      info: () => call('app:info', undefined),
      startupCheck: () => call('app:startupCheck', undefined),
    },
    links: {
      openExternal: (request) => call('links:openExternal', request),
    },
    files: {
      saveTextAs: (request) => call('files:saveTextAs', request),
    },
    documents: {
      seal: (request) => call('documents:seal', request),
      renderDraft: (request) => call('documents:renderDraft', request),
      sealState: (request) => call('documents:sealState', request),
      readSealed: (request) => call('documents:readSealed', request),
      open: (request) => call('documents:open', request),
      print: (request) => call('documents:print', request),
      saveCopy: (request) => call('documents:saveCopy', request),
      openInReader: (request) => call('documents:openInReader', request),
    },
    audit: {
      record: (request) => call('audit:record', request),
      list: (request) => call('audit:list', request),
      verify: (request) => call('audit:verify', request),
    },
    export: {
      inspectionPack: (request) => call('export:inspectionPack', request),
      subjectAccess: (request) => call('export:subjectAccess', request),
      cancel: (request) => call('export:cancel', request),
      verifyPack: (request) => call('export:verifyPack', request),
      onProgress: on('export:progress'),
    },
    records: {
      facts: () => call('records:facts', undefined),
      setLeavingDate: (request) => call('records:setLeavingDate', request),
      setRetentionYears: (request) => call('records:setRetentionYears', request),
      destroy: (request) => call('records:destroy', request),
    },
    backup: {
      status: () => call('backup:status', undefined),
      list: () => call('backup:list', undefined),
      begin: (request) => call('backup:begin', request),
      writeChunk: (request) => call('backup:writeChunk', request),
      finish: (request) => call('backup:finish', request),
      cancel: (request) => call('backup:cancel', request),
      chooseFile: () => call('backup:chooseFile', undefined),
      check: (request) => call('backup:check', request),
      readDatabase: (request) => call('backup:readDatabase', request),
      restored: (request) => call('backup:restored', request),
      chooseFolder: (request) => call('backup:chooseFolder', request),
      copyOff: (request) => call('backup:copyOff', request),
    },
    signing: {
      status: () => call('signing:status', undefined),
      newCertificate: (request) => call('signing:newCertificate', request),
      importP12: (request) => call('signing:importP12', request),
    },
    rebuild: {
      readSealed: (request) => call('rebuild:readSealed', request),
      finished: (request) => call('rebuild:finished', request),
    },
    menu: {
      onNavigate: on('menu:navigate'),
    },
  } satisfies CareAppraisalsApi;
}

/**
 * In the desktop app a rejected call crosses contextBridge, which keeps only an error's
 * message; `renderer/api.ts` re-raises it as IpcError (code 'failed'), so renderer code may
 * rely on the class and the message, never on the code.
 */

/** The global name under which preload and harness expose the API. */
export const apiGlobalName = 'careAppraisals';
