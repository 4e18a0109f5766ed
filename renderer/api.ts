/**
 * The renderer's only way to reach the main process. The object is put on `window` by the
 * preload (desktop app) or by the browser harness (tests, `npm run web`); its type is
 * derived from the IPC contract, never written out by hand.
 */
import type { createApi } from '../shared/ipcApi';

export type CareAppraisalsBridge = ReturnType<typeof createApi>;

declare global {
  interface Window {
    careAppraisals: CareAppraisalsBridge;
  }
}

export function bridge(): CareAppraisalsBridge {
  return window.careAppraisals;
}
