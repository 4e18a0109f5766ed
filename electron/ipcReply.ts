/**
 * Turns whatever ipcRenderer.invoke settles with into the contract's reply envelope, so
 * the renderer always gets a plain-English message, never Electron's wrapped error text.
 */
import type { IpcErrorCode, IpcReply } from '../shared/ipc';

const errorCodes: ReadonlySet<string> = new Set<IpcErrorCode>([
  'bad-request',
  'forbidden',
  'unknown-channel',
  'failed',
]);

const unreachable: IpcReply<never> = {
  ok: false,
  error: {
    code: 'failed',
    message: 'The app could not complete that just now. Nothing was changed; please try again.',
  },
};

export function isIpcReply(value: unknown): value is IpcReply<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    'message' in error &&
    typeof error.code === 'string' &&
    errorCodes.has(error.code) &&
    typeof error.message === 'string'
  );
}

export async function settleReply(pending: Promise<unknown>): Promise<IpcReply<unknown>> {
  try {
    const reply = await pending;
    return isIpcReply(reply) ? reply : unreachable;
  } catch {
    return unreachable;
  }
}
