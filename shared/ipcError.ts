/**
 * The IPC reply envelope and the error a refused call becomes, apart from the contract's zod
 * schemas (`ipc.ts` re-exports them): the renderer needs `IpcError` at start, the schemas only
 * where a reply is parsed.
 */

/**
 * Every reply crosses the boundary in this envelope so that a refused or failed call
 * reaches the renderer as a plain-English message rather than Electron's wrapped error text.
 */
export type IpcReply<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } };

export type IpcErrorCode = 'bad-request' | 'forbidden' | 'unknown-channel' | 'failed';

/** The error the renderer sees when a call is refused or fails. */
export class IpcError extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcError';
    this.code = code;
  }
}
