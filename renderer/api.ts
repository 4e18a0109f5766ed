/**
 * The renderer's only way to reach the main process. The object is put on `window` by the
 * preload (desktop app) or by the browser harness (tests, `npm run web`); its type is
 * derived from the IPC contract, never written out by hand.
 */
import { IpcError } from '../shared/ipcError';
import type { createApi } from '../shared/ipcApi';

export type CareAppraisalsBridge = ReturnType<typeof createApi>;

declare global {
  interface Window {
    careAppraisals: CareAppraisalsBridge;
  }
}

let rendererBridge: CareAppraisalsBridge | null = null;

export function bridge(): CareAppraisalsBridge {
  rendererBridge ??= withRendererErrors(window.careAppraisals);
  return rendererBridge;
}

/**
 * contextBridge keeps only an error's message, so in the desktop app a refusal arrives as a
 * plain Error, while in the harness it is the shared IpcError. Re-raising every refusal as
 * this bundle's IpcError makes `instanceof IpcError` mean the same in both worlds.
 */
export function withRendererErrors(api: CareAppraisalsBridge): CareAppraisalsBridge {
  const features = Object.entries(api).map(([feature, members]: [string, Record<string, unknown>]) => [
    feature,
    Object.fromEntries(
      Object.entries(members).map(([name, member]) => [
        name,
        // Event subscriptions (`onX`) return an unsubscribe function, not a promise.
        typeof member === 'function' && !name.startsWith('on')
          ? async (...args: unknown[]) => {
              try {
                return (await Reflect.apply(member, members, args)) as unknown;
              } catch (error) {
                throw asIpcError(error);
              }
            }
          : member,
      ]),
    ),
  ]);
  // Same features, same member names and signatures; only rejections are re-raised.
  return Object.fromEntries(features) as CareAppraisalsBridge;
}

function asIpcError(error: unknown): IpcError {
  if (error instanceof IpcError) return error;
  return new IpcError('failed', error instanceof Error ? error.message : String(error));
}
