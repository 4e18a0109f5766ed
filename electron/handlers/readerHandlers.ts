/**
 * documents:openInReader: a copy of a document's PDF, opened in the system's PDF application.
 * Main chooses the bytes from the vault (a sealed PDF only while it is exactly as sealed) and
 * logs the copy as it logs a saved one.
 */
import { basename } from 'node:path';
import { writeReaderCopy } from '../services/readerCopy';
import { documentPdf, appraisalIdOf } from './documentPdf';
import type { DocumentServices, HandlerDeps, Handlers } from './handlerTypes';
import { logAfterTheFact } from './logAfterTheFact';
import { UserFacingError } from './userFacingError';

export function createReaderHandlers(
  deps: HandlerDeps,
  { vault, audit }: DocumentServices,
): Pick<Handlers, 'documents:openInReader'> {
  return {
    'documents:openInReader': async ({ documentId, kind, suggestedName, actor }) => {
      const { bytes } = await documentPdf(vault, documentId, kind);
      let copy: string;
      try {
        copy = await writeReaderCopy({
          folder: deps.readerCopiesFolder,
          fileName: basename(suggestedName),
          bytes,
          now: deps.now(),
        });
      } catch (error) {
        throw new UserFacingError(
          `A copy for your PDF reader could not be made (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Use "Save a copy" instead, then open that file.`,
        );
      }
      const problem = await deps.openInPdfReader(copy);
      if (problem !== null)
        throw new UserFacingError(
          `This PC did not open the PDF (${problem}). It may have no program set to open PDF files: install a PDF reader, or use "Save a copy" and open the file from there.`,
        );
      const fingerprint =
        kind === 'sealed' ? ((await vault.readSeal(documentId))?.fingerprint ?? null) : null;
      const warning = await logAfterTheFact(audit, {
        actor,
        action: 'export',
        entityId: appraisalIdOf(documentId),
        fingerprint,
        detail: `Opened a copy of ${kind === 'draft' ? 'the draft of ' : ''}document ${documentId} in the PDF reader.`,
      });
      return { warning };
    },
  };
}
