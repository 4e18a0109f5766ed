/**
 * The appraisal as a PDF: A4, DejaVu Sans embedded, legible in black and white. Runs in the
 * main process (Node only), in steps: the event loop runs between sections, competencies,
 * items and long notes, so a long document never holds main for long. The same input always
 * gives the same bytes: every date and id comes from the document, and pdfkit's file id is
 * derived from the fixed info dictionary. A sealed one is PDF/A-3b, carries its canonical
 * JSON and is signed with the home's key (a4Document.ts); a draft is none of these.
 */
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { canonicalJson } from '../../../shared/integrity/canonicalJson';
import { sha256Hex } from '../nativeSha256';
import { openA4Document } from './a4Document';
import { drawDocumentHeader } from './documentHeader';
import { drawNarrativeSections } from './narrativeSections';
import { drawPageFurniture } from './pageFurniture';
import type { AppraisalPdfInput } from './pdfTypes';
import { drawDevelopmentPlan, drawNewObjectives, drawPreviousObjectives } from './planSections';
import { drawProfilePicture } from './profilePicture';
import { drawRatingsSection } from './ratingsTable';
import { drawSignatureBlocks } from './signatureBlocks';
import { GlyphCoverage } from './unprintableText';
import { yieldToEventLoop } from './yieldToEventLoop';

export type { AppraisalPdfInput } from './pdfTypes';

export async function renderAppraisalPdf(input: AppraisalPdfInput): Promise<Uint8Array> {
  const { document, seal } = input;
  const record = sealedRecord(input);
  assertReplacedMatches(input);
  const coverage = new GlyphCoverage(input.fonts);
  const { header } = document.appraisal;
  const moment = new Date(document.sealedAt ?? document.appraisal.createdAt);
  const { writer, finish } = openA4Document(
    {
      title: `Staff appraisal: ${header.staffName.normalize('NFC')} (${document.documentId})${seal === null ? ' DRAFT' : ''}`,
      author: document.home.name.normalize('NFC'),
      subject: 'Staff appraisal: management tasks and leadership behaviours',
      madeAt: moment,
      ...(seal === null || record === null ? {} : { sealed: { record, signer: seal.signer } }),
    },
    coverage,
  );
  writer.use('regular', 9.5);
  await drawDocumentHeader(writer, document, input.logo, input.replaced ?? null);
  for (const section of document.framework.sections) await drawRatingsSection(writer, document, section);
  await yieldToEventLoop();
  drawProfilePicture(writer, document);
  await drawPreviousObjectives(writer, document);
  await drawNewObjectives(writer, document);
  await drawDevelopmentPlan(writer, document);
  await yieldToEventLoop();
  await drawNarrativeSections(writer, document);
  await yieldToEventLoop();
  drawSignatureBlocks(writer, document, seal);
  await drawPageFurniture(writer, document.documentId, seal);
  await yieldToEventLoop();

  return finish();
}

/**
 * documentFingerprint (shared/documents/fingerprint.ts), the SHA-256 of the canonical JSON, by
 * Node's native hash: the same hex, without hashing a 45 KB record in JavaScript on every print.
 */
function fingerprintOf(document: AppraisalDocument): string {
  return sha256Hex(canonicalJson(document));
}

/**
 * The canonical JSON a sealed PDF carries (null for a draft). A seal printed on a different
 * document would make the page lie about what it is.
 */
function sealedRecord({ document, seal }: AppraisalPdfInput): string | null {
  if (seal === null) return null;
  if (document.sealedAt === null)
    throw new Error('This document has not been sealed, so it can only be printed as a draft.');
  const record = canonicalJson(document);
  if (sha256Hex(record) !== seal.fingerprint)
    throw new Error('The fingerprint given does not match this document, so it was not printed.');
  return record;
}

/** An amendment prints what it replaces and what changed, so it needs that very version. */
function assertReplacedMatches({ document, replaced }: AppraisalPdfInput): void {
  if (document.supersedes === null) return;
  if (replaced === undefined)
    throw new Error('The version this amendment replaces was not given, so the amendment was not printed.');
  if (
    replaced.documentId !== document.supersedes.documentId ||
    fingerprintOf(replaced) !== document.supersedes.fingerprint
  )
    throw new Error(
      'The version given is not the one this amendment replaces, so the amendment was not printed.',
    );
}
