/**
 * The sealed version an amendment replaces, read from main's own vault: the amended PDF prints
 * its version, date and what changed from it, so main does not take a window's word for any of
 * that. The amendment names the version by document id and fingerprint (both sealed into it);
 * the vault's copy must be that very record, of the same appraisal, one version earlier.
 */
import type { AppraisalDocument } from '../../shared/documents/appraisalDocument';
import { AlteredRecordError, readSealedDocument } from '../services/exports/sealedCatalogue';
import type { Vault } from '../services/vault/vault';
import { UserFacingError } from './userFacingError';

/** The replaced version for an amendment, null for an original; refuses anything that does not add up. */
export async function readReplacedVersion(
  vault: Vault,
  document: AppraisalDocument,
): Promise<AppraisalDocument | null> {
  const { appraisal, supersedes } = document;
  const refuse = (why: string) => new UserFacingError(`${why}, so nothing was printed or sealed.`);
  if (supersedes === null) {
    if (appraisal.supersedesId !== null)
      throw refuse('This amendment does not name the signed version it replaces');
    return null;
  }
  const earlier = `version ${appraisal.version - 1}`;
  if (appraisal.supersedesId === null)
    throw refuse('This record names a signed version it replaces but is not an amendment');
  const seal = await vault.readSeal(supersedes.documentId);
  if (seal === null || (await vault.isDestroyed(supersedes.documentId)))
    throw refuse(`The signed ${earlier} this amendment replaces is not in the vault`);
  if (seal.fingerprint !== supersedes.fingerprint)
    throw refuse(`The signed ${earlier} in the vault is not the one this amendment says it replaces`);
  let replaced: AppraisalDocument;
  try {
    ({ document: replaced } = await readSealedDocument(vault, seal));
  } catch (error) {
    if (error instanceof AlteredRecordError)
      throw refuse(
        `The signed ${earlier} this amendment replaces cannot be used: ${error.message.replace(/\.$/, '')}`,
      );
    throw error;
  }
  if (
    replaced.appraisal.id !== appraisal.supersedesId ||
    replaced.appraisal.staffId !== appraisal.staffId ||
    replaced.appraisal.version !== appraisal.version - 1
  )
    throw refuse(`The signed version in the vault is not ${earlier} of this appraisal`);
  return replaced;
}
