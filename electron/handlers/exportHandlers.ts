/**
 * The export:* channels: the inspection pack, a subject access bundle, cancelling either, and
 * checking a pack. Exports run as jobs named by the renderer; progress goes out as events.
 */
import { createExportJobs } from '../services/exports/exportJobs';
import type { HandlerDeps, Handlers } from './createHandlers';
import type { DocumentServices } from './documentHandlers';
import { UserFacingError } from './userFacingError';

type ExportChannel = 'export:inspectionPack' | 'export:subjectAccess' | 'export:cancel' | 'export:verifyPack';

export function createExportHandlers(
  deps: HandlerDeps,
  services: DocumentServices,
): Pick<Handlers, ExportChannel> {
  const jobs = createExportJobs();
  const notReady = () =>
    Promise.reject(new UserFacingError(`Exports are not ready yet (${services.vault.folder}, ${deps.productName}).`));
  return {
    'export:inspectionPack': notReady,
    'export:subjectAccess': notReady,
    'export:cancel': ({ jobId }) => Promise.resolve({ cancelling: jobs.cancel(jobId) }),
    'export:verifyPack': notReady,
  };
}
