/**
 * Builds the appraisal document (exactly what is sealed, or printed as a draft) from the
 * working store: the pinned framework version, the home's details and logo, and for an
 * amendment the sealed version it replaces. Read here, then handed to main: never inside a
 * Dexie transaction.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { buildAppraisalDocument, type AppraisalDocument } from '../../shared/documents/appraisalDocument';
import { sha256Hex } from '../../shared/integrity/sha256';
import type { DocumentLogo } from '../../shared/ipc';
import type { AppDatabase } from './database';
import { getFrameworkVersion } from './frameworkRepository';
import { RefusedChangeError } from './repositoryErrors';
import { getSettings } from './settingsRepository';
import { bytesToBase64 } from './bytesBase64';

export interface DocumentToSend {
  document: AppraisalDocument;
  logo: DocumentLogo | null;
}

export async function buildDocumentFor(
  db: AppDatabase,
  appraisal: Appraisal,
  sealedAt: string | null,
): Promise<DocumentToSend> {
  const framework = await getFrameworkVersion(db, appraisal.framework);
  if (framework === null) {
    throw new RefusedChangeError(
      'The framework version this appraisal uses is not on this computer, so its document cannot be made.',
    );
  }
  const { home, logo } = await documentHomeAndLogo(db);
  const previous =
    appraisal.supersedesId === null ? undefined : await db.appraisals.get(appraisal.supersedesId);
  const supersedes =
    previous?.sealed == null
      ? null
      : { documentId: previous.sealed.documentId, fingerprint: previous.sealed.fingerprint };
  const document = buildAppraisalDocument({
    appraisal,
    framework,
    home,
    supersedes,
    sealedAt,
  });
  return { document, logo };
}

/**
 * The home as documents print it, and its logo as main receives it: shared by sealing, draft
 * copies and the exports (inspection pack, subject access bundle), so all print the same home.
 */
export async function documentHomeAndLogo(
  db: AppDatabase,
): Promise<{ home: AppraisalDocument['home']; logo: DocumentLogo | null }> {
  const settings = await getSettings(db);
  if (settings === undefined) {
    throw new RefusedChangeError(
      "The home's details are missing. Fill them in under Settings, then try again.",
    );
  }
  const logo = settings.logo;
  return {
    home: {
      name: settings.homeName,
      address: settings.address,
      cqcLocationId: settings.cqcLocationId,
      logoSha256: logo === null ? null : sha256Hex(logo.bytes),
    },
    logo: logo === null ? null : { mediaType: logo.mediaType, base64: bytesToBase64(logo.bytes) },
  };
}
