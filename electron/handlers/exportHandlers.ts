/**
 * The export:* channels: the inspection pack, a subject access bundle, cancelling either, and
 * checking a pack. Exports run as jobs named by the renderer; progress goes out as
 * `export:progress` events; a cancelled or failed export leaves no file behind.
 */
import { basename } from 'node:path';
import { createExportJobs, ExportCancelled, throwIfCancelled } from '../services/exports/exportJobs';
import { writeInspectionPack, type ProgressReporter } from '../services/exports/inspectionPack';
import { NotAPackError, verifyPackFile } from '../services/exports/packVerifier';
import { AlteredRecordError } from '../services/exports/sealedCatalogue';
import { writeSubjectAccessBundle } from '../services/exports/subjectAccessBundle';
import type { FontLoader } from '../services/pdf/pdfFonts';
import { UnprintableTextError } from '../services/pdf/unprintableText';
import type { HandlerDeps, Handlers } from './handlerTypes';
import { logAfterTheFact } from './logAfterTheFact';
import { homeCertificates, judgePackSigner } from './packSigner';
import type { DocumentServices } from './handlerTypes';
import { UserFacingError } from './userFacingError';
import { fileNamePart } from '../../shared/files/fileNames';

type ExportChannel = 'export:inspectionPack' | 'export:subjectAccess' | 'export:cancel' | 'export:verifyPack';

const documentsWord = (count: number) => `${count} signed ${count === 1 ? 'document' : 'documents'}`;

export function createExportHandlers(
  deps: HandlerDeps,
  { vault, audit, signing }: DocumentServices,
  loadFonts: FontLoader,
): Pick<Handlers, ExportChannel> {
  const jobs = createExportJobs();

  /** The key the pack is signed with: made (and logged) first if the home has none yet. */
  const signingIdentity = (home: { name: string; cqcLocationId: string }, actor: string) =>
    signing.current({ homeName: home.name, cqcLocationId: home.cqcLocationId }, actor);

  /** Runs one export job: save dialog first, then the work; maps cancel and failures. */
  async function runJob(
    jobId: string,
    suggestedName: string,
    work: (
      target: string,
      signal: AbortSignal,
      progress: ProgressReporter,
      generatedAt: Date,
    ) => Promise<{ files: number; bytes: number; documents: number }>,
  ) {
    const target = await deps.chooseSavePath({ suggestedName, kind: 'zip' });
    if (target === null) return { outcome: 'not-saved' as const };
    const signal = jobs.start(jobId);
    if (signal === null) throw new UserFacingError('This export is already running.');
    const progress: ProgressReporter = (stage, done, total) => {
      deps.emit('export:progress', { jobId, stage, done, total });
    };
    try {
      progress('Getting ready', 0, 0);
      await deps.exportStarted?.(jobId);
      throwIfCancelled(signal);
      const result = await work(target, signal, progress, deps.now());
      return { outcome: 'saved' as const, fileName: basename(target), warning: null, ...result };
    } catch (error) {
      if (error instanceof ExportCancelled) return { outcome: 'cancelled' as const };
      if (error instanceof AlteredRecordError)
        throw new UserFacingError(
          `${error.message} The pack was not made, because it would carry a document that is not as signed. Open that appraisal's document to see what changed, and restore it from a backup.`,
        );
      if (error instanceof UnprintableTextError)
        throw new UserFacingError(`${error.message} The pack was not made.`);
      const code = (error as NodeJS.ErrnoException | null)?.code;
      if (typeof code === 'string')
        throw new UserFacingError(
          `The pack could not be saved to ${target} (${code}). Nothing was left there; try another folder or free some space.`,
        );
      throw error;
    } finally {
      jobs.finish(jobId);
    }
  }

  return {
    'export:inspectionPack': async ({ jobId, from, to, home, logo, compliance, preparedBy, actor }) => {
      const day = deps.now().toISOString().slice(0, 10);
      const answer = await runJob(
        jobId,
        `Inspection pack - ${fileNamePart(home.name, 60, 'Care home')} - ${day}.zip`,
        async (target, signal, progress, generatedAt) =>
          writeInspectionPack(
            {
              from,
              to,
              home,
              logo: logo === null ? null : Buffer.from(logo.base64, 'base64'),
              compliance,
              preparedBy,
            },
            { vault, audit, fonts: loadFonts, progress },
            { target, signal, generatedAt, identity: await signingIdentity(home, actor) },
          ),
      );
      if (answer.outcome !== 'saved') return answer;
      return {
        ...answer,
        warning: await logAfterTheFact(audit, {
          actor,
          action: 'export',
          entityId: 'inspection-pack',
          fingerprint: null,
          detail: `Made an inspection pack of ${documentsWord(answer.documents)} (meeting dates ${from} to ${to}).`,
        }),
      };
    },

    'export:subjectAccess': async ({ jobId, staff, home, preparedBy, actor }) => {
      const day = deps.now().toISOString().slice(0, 10);
      const answer = await runJob(
        jobId,
        `Subject access - ${fileNamePart(staff.fullName, 60, 'staff member')} - ${day}.zip`,
        async (target, signal, progress, generatedAt) =>
          writeSubjectAccessBundle(
            { staff, homeName: home.name, preparedBy },
            { vault, audit, progress },
            { target, signal, generatedAt, identity: await signingIdentity(home, actor) },
          ),
      );
      if (answer.outcome !== 'saved') return answer;
      return {
        ...answer,
        warning: await logAfterTheFact(audit, {
          actor,
          action: 'export',
          entityId: staff.id,
          fingerprint: null,
          detail: `Made a subject access bundle of ${documentsWord(answer.documents)}.`,
        }),
      };
    },

    'export:cancel': ({ jobId }) => Promise.resolve({ cancelling: jobs.cancel(jobId) }),

    'export:verifyPack': async ({ actor }) => {
      const path = await deps.chooseOpenPath({ kind: 'zip' });
      if (path === null) return { chosen: false };
      const fileName = basename(path);
      let check;
      try {
        check = judgePackSigner(
          await verifyPackFile(fileName, path),
          homeCertificates(await audit.factEvents()),
        );
      } catch (error) {
        if (error instanceof NotAPackError) throw new UserFacingError(error.message);
        if (typeof (error as NodeJS.ErrnoException | null)?.code === 'string')
          throw new UserFacingError(`${fileName} could not be read. Check it is still there and try again.`);
        throw error;
      }
      const problems = check.problems.length + check.auditChain.problems.length;
      // Counts only: the problems name people's documents, and the log carries no names. The
      // certificate is named by its fingerprint, as the signing events name it.
      const { status, signedBy } = check.signature;
      const signed =
        status === 'missing'
          ? 'it has no signature'
          : `${{ valid: 'signed with', invalid: 'its signature does not hold, naming', 'unknown-signer': 'signed with a certificate this home never used,' }[status]} certificate ${signedBy?.fingerprint ?? '(unreadable)'}`;
      const outcome = check.intact
        ? `${signed}; every file matches its manifest and the audit chain holds.`
        : `${signed}; ${problems} ${problems === 1 ? 'problem' : 'problems'} found.`;
      await audit.append({
        actor,
        action: 'verify',
        entityId: 'inspection-pack',
        fingerprint: null,
        detail: `Checked a pack: ${outcome}`,
      });
      return check;
    },
  };
}
