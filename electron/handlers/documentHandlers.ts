/**
 * The documents:* channels: seal a countersigned appraisal into the vault, render a draft for
 * paper signing, open (re-check) a sealed document, print it and save a copy. Every seal,
 * check, print and saved copy is an audit event.
 */
import { basename } from 'node:path';
import type { AppraisalDocument } from '../../shared/documents/appraisalDocument';
import type { DocumentKind, DocumentLogo } from '../../shared/ipc';
import { canonicalJson } from '../../shared/integrity/canonicalJson';
import { sha256Hex } from '../services/nativeSha256';
import { writeFileAtomic } from '../services/atomicFile';
import type { FontLoader } from '../services/pdf/pdfFonts';
import { renderAppraisalPdf } from '../services/pdf/appraisalPdf';
import type { AppraisalPdfSeal } from '../services/pdf/pdfTypes';
import { UnprintableTextError } from '../services/pdf/unprintableText';
import { createQueue } from '../services/audit/serialQueue';
import { AlteredRecordError, readSealedDocument } from '../services/exports/sealedCatalogue';
import type { SealRecord } from '../services/vault/vault';
import type { DocumentServices, HandlerDeps, Handlers } from './handlerTypes';
import { logAfterTheFact } from './logAfterTheFact';
import { readReplacedVersion } from './replacedVersion';
import { checkedLogo, checkSealable, checkSignatureImages } from './sealChecks';
import { appraisalIdOf, documentPdf } from './documentPdf';
import { UserFacingError } from './userFacingError';
import { judgeSealSignature, recordedSignature, sealSignatureFacts } from './sealSignature';

type DocumentChannel =
  | 'documents:seal'
  | 'documents:renderDraft'
  | 'documents:sealState'
  | 'documents:readSealed'
  | 'documents:open'
  | 'documents:print'
  | 'documents:saveCopy';

/** A short part of the PDF's hash, so a viewer reloads when the file changes. */
const cacheKeyOf = (pdfSha256: string) => pdfSha256.slice(0, 16);

export function createDocumentHandlers(
  deps: HandlerDeps,
  { vault, audit, signing }: DocumentServices,
  loadFonts: FontLoader,
): Pick<Handlers, DocumentChannel> {
  // One seal at a time, so the same document sent twice at once is sealed once.
  const seals = createQueue();

  async function render(
    document: AppraisalDocument,
    seal: AppraisalPdfSeal | null,
    logo: DocumentLogo | null,
  ) {
    const checkedLogoBytes = checkedLogo(document, logo);
    const replaced = (await readReplacedVersion(vault, document)) ?? undefined;
    try {
      return await renderAppraisalPdf({
        document,
        seal,
        logo: checkedLogoBytes,
        fonts: await loadFonts(),
        replaced,
      });
    } catch (error) {
      if (error instanceof UnprintableTextError)
        throw new UserFacingError(`${error.message} No document was made.`);
      throw error;
    }
  }

  /** The PDF to print or copy; a sealed one must still be exactly as sealed. */
  const pdfFor = (documentId: string, kind: DocumentKind) => documentPdf(vault, documentId, kind);

  async function fingerprintOf(documentId: string, kind: DocumentKind): Promise<string | null> {
    return kind === 'sealed' ? ((await vault.readSeal(documentId))?.fingerprint ?? null) : null;
  }

  /**
   * A power cut between writing the vault and appending the seal event leaves a sealed document
   * the log does not mention; the next seal attempt records it, saying so.
   */
  async function recordInterruptedSeal(
    appraisalId: string,
    seal: SealRecord,
    pdf: Uint8Array,
    actor: string,
  ): Promise<void> {
    const events = await audit.list([appraisalId]);
    if (events.some((event) => event.action === 'seal' && event.fingerprint === seal.fingerprint)) return;
    const signature = sealSignatureFacts(seal.documentId, pdf);
    await audit.append({
      actor,
      action: 'seal',
      entityId: appraisalId,
      fingerprint: seal.fingerprint,
      detail: `Sealed document ${seal.documentId} (recorded late: the app stopped before the seal was logged; the PDF shows audit head ${seal.auditHead.slice(0, 16)}…).`,
      ...(signature === null ? {} : { facts: signature }),
    });
  }

  const versionLabel = (documentId: string, kind: DocumentKind) =>
    `${kind === 'draft' ? 'the draft of ' : ''}document ${documentId}`;

  return {
    'documents:seal': ({ document, logo, actor }) =>
      seals.run(async () => {
        const sealedAt = checkSealable(document);
        const canonical = canonicalJson(document);
        const fingerprint = sha256Hex(canonical);
        const { documentId } = document;
        if (await vault.isDestroyed(documentId))
          throw new UserFacingError(
            `Version ${document.appraisal.version} of this appraisal was destroyed after the retention period, so it cannot be sealed again.`,
          );
        const existing = await vault.readSeal(documentId);
        if (existing !== null) {
          // The vault is the truth: the renderer adopts the sealed version (documents:readSealed).
          if (existing.fingerprint !== fingerprint)
            throw new UserFacingError(
              `Version ${document.appraisal.version} of this appraisal was already sealed, with contents that differ from this copy (it was changed after sealing, or the home's details changed). The signed version in the vault is the record.`,
            );
          const { bytes } = await pdfFor(documentId, 'sealed');
          await recordInterruptedSeal(document.appraisal.id, existing, bytes, actor);
          return { ...existing, pdfBytes: bytes.byteLength, alreadySealed: true };
        }
        // Made (and logged) before the seal takes the log's queue: the first seal makes the home's key.
        const signer = await signing.current(
          { homeName: document.home.name, cqcLocationId: document.home.cqcLocationId },
          actor,
        );
        const { result } = await audit.appendAfterHead(async (head) => {
          // The PDF prints the head the seal event will follow; the event then records the PDF's
          // signature, which the PDF could not print about itself.
          const pdf = await render(document, { fingerprint, auditHead: head.hash, signer }, logo);
          const signature = sealSignatureFacts(documentId, pdf);
          if (signature === null) throw new Error('The sealed PDF did not carry a valid signature.');
          const seal = {
            documentId,
            fingerprint,
            pdfSha256: sha256Hex(pdf),
            sealedAt,
            auditHead: head.hash,
          };
          await vault.writeSealed({ canonicalJson: canonical, pdf, seal });
          return {
            input: {
              actor,
              action: 'seal',
              entityId: document.appraisal.id,
              fingerprint,
              detail: `Sealed version ${document.appraisal.version} (document ${documentId}), its signing certificate's SHA-256 starts ${signature.certificateSha256.slice(0, 16)}.`,
              facts: signature,
            },
            result: { ...seal, pdfBytes: pdf.byteLength },
          };
        });
        return { ...result, alreadySealed: false };
      }),

    'documents:renderDraft': async ({ document, logo }) => {
      checkSignatureImages(document);
      const pdf = await render(document, null, logo);
      await vault.writeDraft(document.documentId, pdf);
      return {
        documentId: document.documentId,
        pdfUrl: deps.documentUrl(document.documentId, 'draft', cacheKeyOf(sha256Hex(pdf))),
        pdfBytes: pdf.byteLength,
      };
    },

    'documents:sealState': async ({ documentIds }) => ({
      states: await Promise.all(
        documentIds.map(async (documentId) => ({
          documentId,
          seal: await vault.readSeal(documentId),
          destroyed: await vault.isDestroyed(documentId),
        })),
      ),
    }),

    'documents:readSealed': async ({ documentId }) => {
      const seal = await vault.readSeal(documentId);
      if (seal === null || (await vault.isDestroyed(documentId)))
        throw new UserFacingError(`The vault holds no sealed document ${documentId}.`);
      try {
        const { document } = await readSealedDocument(vault, seal);
        return { seal, document };
      } catch (error) {
        if (error instanceof AlteredRecordError) throw new UserFacingError(error.message);
        throw error;
      }
    },

    'documents:open': async ({ documentId, expectedFingerprint, actor }) => {
      const check = await vault.check(documentId, expectedFingerprint);
      const signature =
        check.pdf === null
          ? ({
              status: 'broken',
              signedBy: null,
              problem: 'The PDF is missing, so its signature cannot be checked.',
            } as const)
          : judgeSealSignature(
              check.pdf,
              recordedSignature(await audit.list([appraisalIdOf(documentId)]), documentId),
            );
      const files = check.status === 'intact' ? 'its files are exactly as sealed' : check.problems.join(' ');
      const signed =
        signature.status === 'valid'
          ? 'its digital signature is valid.'
          : signature.status === 'unsigned'
            ? 'it was sealed before documents were digitally signed.'
            : `its digital signature is broken: ${signature.problem ?? ''}`;
      await audit.append({
        actor,
        action: 'verify',
        entityId: appraisalIdOf(documentId),
        fingerprint: expectedFingerprint,
        detail: `Opened document ${documentId}: ${files}; ${signed}`.slice(0, 500),
      });
      return {
        documentId,
        fingerprint: check.fingerprint,
        pdfUrl:
          check.pdfPath === null || check.pdfSha256 === null
            ? null
            : deps.documentUrl(documentId, 'sealed', cacheKeyOf(check.pdfSha256)),
        integrity: { status: check.status, problems: check.problems },
        signature,
      };
    },

    'documents:print': async ({ documentId, kind, actor }) => {
      const { path, bytes } = await pdfFor(documentId, kind);
      const printed = await deps.printPdf({
        documentId,
        kind,
        filePath: path,
        url: deps.documentUrl(documentId, kind, cacheKeyOf(sha256Hex(bytes))),
      });
      const warning = printed
        ? await logAfterTheFact(audit, {
            actor,
            action: 'print',
            entityId: appraisalIdOf(documentId),
            fingerprint: await fingerprintOf(documentId, kind),
            detail: `Printed ${versionLabel(documentId, kind)}.`,
          })
        : null;
      return { printed, warning };
    },

    'documents:saveCopy': async ({ documentId, kind, suggestedName, actor }) => {
      const { bytes } = await pdfFor(documentId, kind);
      const target = await deps.chooseSavePath({ suggestedName, kind: 'pdf' });
      if (target === null) return { saved: false };
      try {
        await writeFileAtomic(target, bytes);
      } catch (error) {
        throw new UserFacingError(
          `The copy could not be saved to ${target} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing was changed there; try another folder.`,
        );
      }
      // The file name is not logged: the manager may have typed a name into it.
      const warning = await logAfterTheFact(audit, {
        actor,
        action: 'export',
        entityId: appraisalIdOf(documentId),
        fingerprint: await fingerprintOf(documentId, kind),
        detail: `Saved a copy of ${versionLabel(documentId, kind)}.`,
      });
      return { saved: true, fileName: basename(target), warning };
    },
  };
}
