/**
 * The records:* channels: destroying a leaver's sealed documents once retention has passed.
 * Main checks the dates again and that every document is that person's, whatever the
 * renderer decided, because this is the one deletion the vault allows.
 */
import { formatDate } from '../../shared/dates';
import { appraisalDocumentSchema } from '../../shared/documents/appraisalDocument';
import { isPastRetention, mayBeDestroyedFrom } from '../../shared/staff/retention';
import type { Handlers } from './createHandlers';
import type { DocumentServices } from './documentHandlers';
import { UserFacingError } from './userFacingError';

export function createRecordsHandlers({ vault, audit }: DocumentServices): Pick<Handlers, 'records:destroy'> {
  return {
    'records:destroy': async ({ staffId, documentIds, leavingDate, retentionYears, today, actor }) => {
      if (leavingDate > today)
        throw new UserFacingError('This person has not left yet, so their records may not be destroyed.');
      if (!isPastRetention(leavingDate, retentionYears, today))
        throw new UserFacingError(
          `These records are still within the retention period and may not be destroyed until ${formatDate(mayBeDestroyedFrom(leavingDate, retentionYears))}. Nothing was destroyed.`,
        );
      const wanted = new Set(documentIds);
      const seals = (await vault.listSealed()).filter((seal) => wanted.has(seal.documentId));
      for (const seal of seals) {
        const parsed = appraisalDocumentSchema.safeParse(
          JSON.parse((await vault.readSealedFile(seal, 'json')).toString('utf8')),
        );
        if (!parsed.success || parsed.data.appraisal.staffId !== staffId)
          throw new UserFacingError(
            `Document ${seal.documentId} is not one of this person's records, so nothing was destroyed.`,
          );
      }
      const destroyed = await vault.destroyAfterRetention([...wanted]);
      await audit.append({
        actor,
        action: 'destroy',
        entityId: staffId,
        fingerprint: null,
        // Never the person's name: the log outlives their records.
        detail: `Destroyed ${destroyed} sealed ${destroyed === 1 ? 'document' : 'documents'} after the retention period (left ${leavingDate}, kept ${retentionYears} years).`,
      });
      return { destroyed };
    },
  };
}
