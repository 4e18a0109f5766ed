/**
 * Printing a document, saving a copy of its PDF and opening a copy in the PC's PDF reader
 * (sealed, or the DRAFT printed for signing on paper). Main logs each; the answer is the sentence to show, including when the copy was made
 * but the activity log could not record it.
 */
import type { Appraisal } from '../../shared/appraisal/appraisal';
import type { DocumentKind } from '../../shared/ipc';
import { bridge } from '../api';
import type { AppDatabase } from '../db/database';
import { buildDocumentFor } from '../db/documentSource';
import { appraisalActor } from './actors';

interface CopyRequest {
  appraisal: Appraisal;
  documentId: string;
  kind: DocumentKind;
}

const withWarning = (text: string, warning: string | null) =>
  warning === null ? text : `${text} ${warning}`;

export async function printDocument({ appraisal, documentId, kind }: CopyRequest): Promise<string> {
  const { printed, warning } = await bridge().documents.print({
    documentId,
    kind,
    actor: appraisalActor(appraisal),
  });
  const sent = kind === 'draft' ? 'Sent the draft copy to the printer.' : 'Sent to the printer.';
  return printed ? withWarning(sent, warning) : 'Printing was cancelled.';
}

export async function saveDocumentCopy(request: CopyRequest & { suggestedName: string }): Promise<string> {
  const { appraisal, documentId, kind, suggestedName } = request;
  const saved = await bridge().documents.saveCopy({
    documentId,
    kind,
    suggestedName,
    actor: appraisalActor(appraisal),
  });
  if (!saved.saved) return 'No copy was saved.';
  return withWarning(
    `Saved ${kind === 'draft' ? 'the draft copy' : 'a copy'} as ${saved.fileName}.`,
    saved.warning,
  );
}

/** Opens a copy in the PC's own PDF application, for printing with its settings. */
export async function openInPdfReader(request: CopyRequest & { suggestedName: string }): Promise<string> {
  const { appraisal, documentId, kind, suggestedName } = request;
  const { warning } = await bridge().documents.openInReader({
    documentId,
    kind,
    suggestedName,
    actor: appraisalActor(appraisal),
  });
  return withWarning(
    `Opened a copy in your PDF reader. Print from there if you like; the copy is marked read-only, and the record here is unchanged.`,
    warning,
  );
}

/** Renders the appraisal as it stands, marked DRAFT with blank signature blocks; its document id. */
export async function makeDraftCopy(db: AppDatabase, appraisal: Appraisal): Promise<string> {
  const { document, logo } = await buildDocumentFor(db, appraisal, null);
  return (await bridge().documents.renderDraft({ document, logo })).documentId;
}
