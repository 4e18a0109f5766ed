/**
 * The one path every IPC call takes in main (and in the harness): refuse foreign senders,
 * parse the payload with the channel's schema, run the handler, wrap the result.
 * A bad payload never reaches a handler, so it cannot cause a partial write.
 */
import { ipcChannels, isChannel, type IpcReply } from '../../shared/ipc';
import type { Handlers } from './handlerTypes';
import { UserFacingError } from './userFacingError';

export interface DispatchOptions {
  /** Result of the sender check; false for anything but our own window's main frame. */
  senderTrusted: boolean;
  /** Where unexpected errors are reported (console in the app, captured in tests). */
  logError?: (channel: string, error: unknown) => void;
}

export async function dispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  options: DispatchOptions,
): Promise<IpcReply<unknown>> {
  if (!options.senderTrusted) {
    return refuse(
      'forbidden',
      'This request did not come from the Care Appraisals window, so it was refused.',
    );
  }
  if (!isChannel(channel)) {
    return refuse('unknown-channel', `The app does not know how to "${channel}".`);
  }
  const parsed = ipcChannels[channel].request.safeParse(payload);
  if (!parsed.success) {
    const details = parsed.error.issues
      .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
      .join('; ');
    return refuse(
      'bad-request',
      `The request "${channel}" was not in the expected form (${details}). Nothing was changed.`,
    );
  }
  try {
    // The parsed data matches this channel's request schema; TypeScript cannot
    // narrow the handler map by a runtime key, so the call goes through a widened type.
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof UserFacingError) return refuse('failed', error.message);
    options.logError?.(channel, error);
    // Main cannot know how far an unexpected failure got, so it does not claim nothing changed.
    return refuse(
      'failed',
      'Something went wrong in the app and this did not finish. Please try again; if it keeps happening, restart Care Appraisals.',
    );
  }
}

function refuse(
  code: Exclude<IpcReply<unknown>, { ok: true }>['error']['code'],
  message: string,
): IpcReply<never> {
  return { ok: false, error: { code, message } };
}
