/**
 * Registers every channel of the IPC contract with ipcMain, in one loop. Each call is
 * checked for its sender (our window's main frame at our origin) and handed to dispatch,
 * which parses the payload before any handler runs.
 */
import { ipcChannels, type EventName, type EventPayloadOf, type IpcReply } from '../shared/ipc';
import type { Handlers } from './handlers/createHandlers';
import { dispatch } from './handlers/dispatch';
import { isTrustedSender, type IpcSender } from './security';

/** The parts of IpcMainInvokeEvent the sender check reads; the real event satisfies it. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/** The part of ipcMain used here; the real ipcMain satisfies it. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, payload: unknown) => Promise<IpcReply<unknown>>,
  ): void;
}

export interface IpcRegistration {
  handlers: Handlers;
  /** Our window's web contents id, or null while there is no window. */
  trustedWebContentsId: () => number | null;
  /** The renderer's origin: app://appraisals, or the dev server in development. */
  trustedOrigin: string;
  logError?: (channel: string, error: unknown) => void;
}

function senderOf(event: InvokeEventLike): IpcSender {
  const frame = event.senderFrame;
  return {
    senderFrameUrl: frame?.url ?? null,
    isMainFrame: frame !== null && frame.parent === null,
    webContentsId: event.sender.id,
  };
}

export function registerIpc(ipcMain: IpcMainLike, registration: IpcRegistration): void {
  const { handlers, trustedWebContentsId, trustedOrigin, logError } = registration;
  for (const channel of Object.keys(ipcChannels)) {
    ipcMain.handle(channel, (event, payload) =>
      dispatch(handlers, channel, payload, {
        senderTrusted: isTrustedSender(senderOf(event), trustedWebContentsId(), trustedOrigin),
        ...(logError === undefined ? {} : { logError }),
      }),
    );
  }
}

/** The part of WebContents that delivers events; the real WebContents satisfies it. */
export interface EventSink {
  send(channel: string, payload: unknown): void;
}

/** Sends a contract event to the renderer, typed by the contract. */
export function sendEvent<E extends EventName>(
  target: EventSink,
  event: E,
  payload: EventPayloadOf<E>,
): void {
  target.send(event, payload);
}
