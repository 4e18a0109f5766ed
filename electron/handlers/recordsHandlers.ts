/**
 * The records:* channels: what main holds as fact about leavers and retention, recording a
 * leaving date or the retention period (each an audit event carrying ids and dates), and
 * destroying a leaver's sealed documents once retention has passed.
 *
 * Destruction is decided only from main's own facts: the leaving date and retention period
 * recorded through main (read back from its audit log), main's own clock, and the documents
 * the vault itself holds for that person. A window only names the person.
 */
import { formatDate, toIsoDate } from '../../shared/dates';
import { maxDestroyedDocuments } from '../../shared/audit/auditEvent';
import { isPastRetention, mayBeDestroyedFrom } from '../../shared/staff/retention';
import { recordFactsFrom, type RecordFacts } from '../services/records/recordFacts';
import {
  sealedDocumentsOf,
  UnreadableRecordError,
  type StaffDocument,
} from '../services/records/staffDocuments';
import type { BackupService } from '../services/backup/backupService';
import type { Handlers, HandlerDeps } from './handlerTypes';
import type { DocumentServices } from './handlerTypes';
import { UserFacingError } from './userFacingError';

type RecordsChannel =
  'records:facts' | 'records:setLeavingDate' | 'records:setRetentionYears' | 'records:destroy';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** How recent the backup before a destroy must be, by main's own clock. */
const backupBeforeDestroyMs = 15 * 60 * 1000;

const noRecentBackupMessage =
  'Records are destroyed only straight after a backup, so a mistake can still be undone. There is no checked backup on this PC from the last 15 minutes, so nothing was destroyed. Destroy from the person’s page, which makes the backup first, or make a backup and try again.';

export function createRecordsHandlers(
  deps: Pick<HandlerDeps, 'now'>,
  { vault, audit }: DocumentServices,
  backups: Pick<BackupService, 'verifiedWithin'>,
): Pick<Handlers, RecordsChannel> {
  const currentFacts = async (): Promise<RecordFacts> => recordFactsFrom(await audit.factEvents());
  const today = () => toIsoDate(deps.now());

  async function documentsOf(staffId: string): Promise<StaffDocument[]> {
    try {
      return await sealedDocumentsOf(vault, staffId);
    } catch (error) {
      if (error instanceof UnreadableRecordError)
        throw new UserFacingError(`${error.message} Nothing was destroyed.`);
      throw error;
    }
  }

  /** Removes the files of documents already recorded as destroyed; says plainly if it stops. */
  async function removeFiles(
    documents: readonly { documentId: string; fingerprint: string }[],
  ): Promise<number> {
    try {
      await vault.recordDestroyed(documents);
      return await vault.removeDestroyedFiles(documents.map((document) => document.documentId));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | null)?.code;
      throw new UserFacingError(
        `The destruction is recorded in the activity log, but some of the files could not be removed${code === undefined ? '' : ` (${code})`}. Press Destroy again to finish it.`,
      );
    }
  }

  return {
    'records:facts': async () => {
      const facts = await currentFacts();
      return {
        today: today(),
        retentionYears: facts.retentionYears,
        retentionRecorded: facts.retentionRecorded,
        leavingDates: [...facts.leavingDates].map(([staffId, leavingDate]) => ({ staffId, leavingDate })),
      };
    },

    'records:setLeavingDate': async ({ staffId, leavingDate, actor }) => {
      const facts = await currentFacts();
      if (facts.destroys.some((destroy) => destroy.staffId === staffId))
        throw new UserFacingError(
          "This person's records were destroyed after the retention period, so their leaving date cannot change.",
        );
      const previous = facts.leavingDates.get(staffId) ?? null;
      // Nothing to record: the same date again, or clearing a date main never had.
      if (previous === leavingDate) return { changed: false };
      const was = previous === null ? '' : ` (was ${formatDate(previous)})`;
      await audit.append({
        actor,
        action: 'leaving-date',
        entityId: staffId,
        fingerprint: null,
        detail:
          leavingDate === null
            ? `Leaving date cleared${was}.`
            : `Leaving date recorded as ${formatDate(leavingDate)}${was}.`,
        facts: { kind: 'leaving-date', staffId, leavingDate },
      });
      return { changed: true };
    },

    'records:setRetentionYears': async ({ years, actor }) => {
      const facts = await currentFacts();
      if (facts.retentionYears === years) return { changed: false };
      await audit.append({
        actor,
        action: 'retention-period',
        entityId: 'home-settings',
        fingerprint: null,
        detail: `Leavers' records are now kept for ${plural(years, 'year', 'years')} after they leave (was ${facts.retentionYears}).`,
        facts: { kind: 'retention-period', years },
      });
      return { changed: true };
    },

    'records:destroy': async ({ staffId, actor }) => {
      const facts = await currentFacts();
      const documents = await documentsOf(staffId);

      // A destruction recorded before but stopped part-way is finished, not decided again.
      const recorded = facts.destroys.filter((destroy) => destroy.staffId === staffId);
      if (recorded.length > 0) {
        const named = recorded.flatMap((destroy) => destroy.documents);
        const namedIds = new Set(named.map((document) => document.documentId));
        if (documents.every((document) => namedIds.has(document.documentId))) {
          const destroyed = await removeFiles(named);
          return { destroyed, documentIds: [...namedIds].sort() };
        }
      }

      const leavingDate = facts.leavingDates.get(staffId) ?? null;
      if (leavingDate === null)
        throw new UserFacingError(
          'No leaving date has been recorded for this person, so their records must be kept. Nothing was destroyed.',
        );
      const now = today();
      if (leavingDate > now)
        throw new UserFacingError(
          'This person has not left yet, so their records may not be destroyed. Nothing was destroyed.',
        );
      if (!isPastRetention(leavingDate, facts.retentionYears, now))
        throw new UserFacingError(
          `These records are still within the retention period and may not be destroyed until ${formatDate(mayBeDestroyedFrom(leavingDate, facts.retentionYears))}. Nothing was destroyed.`,
        );
      const late = documents.find((document) => document.meetingDate > leavingDate);
      if (late !== undefined)
        throw new UserFacingError(
          `The recorded leaving date (${formatDate(leavingDate)}) is before an appraisal meeting on ${formatDate(late.meetingDate)}, so it cannot be right. Correct the leaving date first. Nothing was destroyed.`,
        );
      if (documents.length > maxDestroyedDocuments)
        throw new UserFacingError(
          `This person has more than ${maxDestroyedDocuments} signed documents, which is more than one destruction can record. Nothing was destroyed.`,
        );

      // Main's own rule, whatever the window did first: a checked backup from the last 15
      // minutes must be on this PC, so the destroyed records can still be brought back.
      if (!(await backups.verifiedWithin(backupBeforeDestroyMs)))
        throw new UserFacingError(noRecentBackupMessage);

      const named = documents.map(({ documentId, fingerprint }) => ({ documentId, fingerprint }));
      // The intent is logged first, naming every document: if removing the files then stops,
      // the log says what was meant and a retry finishes exactly that.
      await audit.append({
        actor,
        action: 'destroy',
        entityId: staffId,
        fingerprint: null,
        detail: `Destroying ${plural(named.length, 'sealed document', 'sealed documents')} after the retention period (left ${formatDate(leavingDate)}, kept ${plural(facts.retentionYears, 'year', 'years')}).`,
        facts: { kind: 'destroy', staffId, documents: named },
      });
      const destroyed = await removeFiles(named);
      return { destroyed, documentIds: named.map((document) => document.documentId).sort() };
    },
  };
}

/**
 * At start-up: every destruction the log records whose files are still in the vault (the app
 * stopped part-way) is finished. Returns how many destructions needed finishing.
 */
export async function finishRecordedDestroys({
  vault,
  audit,
}: Pick<DocumentServices, 'vault' | 'audit'>): Promise<number> {
  const { destroys } = recordFactsFrom(await audit.factEvents());
  if (destroys.length === 0) return 0;
  const present = await vault.documentIdsWithFiles();
  let finished = 0;
  for (const destroy of destroys) {
    const left = destroy.documents.filter((document) => present.has(document.documentId));
    await vault.recordDestroyed(destroy.documents);
    if (left.length === 0) continue;
    await vault.removeDestroyedFiles(left.map((document) => document.documentId));
    finished += 1;
  }
  return finished;
}
