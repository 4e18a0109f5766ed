/**
 * The handler factory: one function per IPC channel, built from its dependencies so the
 * same handlers run in Electron, in unit tests and in the browser harness. Nothing here
 * imports `electron`; the glue passes in what it needs.
 */
import type { z } from 'zod';
import { basename } from 'node:path';
import type { AppInfo, Channel, ResponseOf, SavedFileKind, ipcChannels } from '../../shared/ipc';
import { writeFileAtomic } from '../services/atomicFile';
import { decideExternalLink } from '../externalLinks';
import { UserFacingError } from './userFacingError';

export interface HandlerDeps {
  productName: string;
  appVersion: string;
  runtime: AppInfo['runtime'];
  electronVersion: string | null;
  platform: string;
  /** The app's data folder (Electron's userData, or a temp folder in the harness). */
  dataFolder: string;
  /** Opens an already-vetted https URL in the system browser (scripted in tests). */
  openExternal(url: string): Promise<void>;
  /** Asks the manager where to save a file; null when they cancel (scripted in tests). */
  chooseSavePath(options: { suggestedName: string; kind: SavedFileKind }): Promise<string | null>;
}

/** A handler receives the request as its schema parsed it. */
export type Handlers = {
  [C in Channel]: (request: z.output<(typeof ipcChannels)[C]['request']>) => Promise<ResponseOf<C>>;
};

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': () =>
      Promise.resolve({
        productName: deps.productName,
        version: deps.appVersion,
        dataFolder: deps.dataFolder,
        runtime: deps.runtime,
        electronVersion: deps.electronVersion,
        platform: deps.platform,
      }),
    'links:openExternal': async ({ url }) => {
      const decision = decideExternalLink(url);
      if (!decision.allow) throw new UserFacingError(decision.reason);
      await deps.openExternal(decision.url);
      return { opened: true };
    },
    'files:saveTextAs': async ({ suggestedName, kind, text }) => {
      const target = await deps.chooseSavePath({ suggestedName, kind });
      if (target === null) return { saved: false };
      try {
        await writeFileAtomic(target, text);
      } catch (error) {
        throw new UserFacingError(
          `The file could not be saved to ${target} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing was changed there; try another folder.`,
        );
      }
      return { saved: true, fileName: basename(target) };
    },
  };
}
