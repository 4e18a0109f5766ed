/**
 * Gathers what a rebuild writes while the vault is read, page by page, keeping it small: each
 * document becomes its appraisal record at once, and only one copy of each framework version,
 * each person's newest header and the newest document's home are kept beside it (no PDFs, no
 * repeated frameworks). `finish` links each amendment to the version it replaced.
 */
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import type { AppraisalRecord } from '../records';
import { seeFramework, type FrameworkSeen } from './rebuiltFrameworks';
import { isNewer, seePerson, type PersonSeen, type SealingOrder } from './rebuiltPerson';
import type { NewestHome } from './rebuiltSettings';
import { sealedAppraisalRecord, supersededRecord } from './sealedAppraisalRecord';

export interface RebuildSet {
  /** Every version, the replaced ones marked 'superseded' by the amendment that replaced them. */
  appraisals: AppraisalRecord[];
  people: PersonSeen[];
  frameworks: Map<string, FrameworkSeen>;
  /** The home as the newest signed document printed it; null when there were no documents. */
  newestHome: NewestHome | null;
}

export interface RebuildCollector {
  add(seal: SealedInfo, document: AppraisalDocument): void;
  readonly count: number;
  finish(): RebuildSet;
}

export function createRebuildCollector(): RebuildCollector {
  // By document id, with the document id each one replaced (an amendment's `supersedes`).
  const records = new Map<string, { record: AppraisalRecord; supersedes: string | null }>();
  const people = new Map<string, PersonSeen>();
  const frameworks = new Map<string, FrameworkSeen>();
  let newest: { home: NewestHome; order: SealingOrder } | null = null;

  return {
    add(seal, document) {
      const { appraisal } = document;
      records.set(seal.documentId, {
        record: sealedAppraisalRecord(appraisal, seal),
        supersedes: document.supersedes?.documentId ?? null,
      });
      people.set(appraisal.staffId, seePerson(people.get(appraisal.staffId), document, seal.sealedAt));
      seeFramework(frameworks, document.framework, seal.sealedAt);
      const order = { sealedAt: seal.sealedAt, version: appraisal.version, documentId: seal.documentId };
      if (newest === null || isNewer(order, newest.order))
        newest = { home: { home: document.home, appraiserName: appraisal.header.appraiserName }, order };
    },
    get count() {
      return records.size;
    },
    finish() {
      // The newest version of each chain stays 'signed'; each version an amendment replaced is
      // 'superseded' and points at it. A replaced version missing from the vault is simply absent.
      for (const { record, supersedes } of records.values()) {
        const replaced = supersedes === null ? undefined : records.get(supersedes);
        if (replaced !== undefined) replaced.record = supersededRecord(replaced.record, record.id);
      }
      return {
        appraisals: [...records.values()].map(({ record }) => record),
        people: [...people.values()],
        frameworks,
        newestHome: newest?.home ?? null,
      };
    },
  };
}
