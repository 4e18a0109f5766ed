/**
 * A data folder with real sealed documents (sealed through the real documents:seal handler)
 * and the export handlers over it; the dialogs are scripted (tests/fixtures/handlerDeps.ts).
 */
import type { ComplianceSummary } from '../../../shared/compliance/complianceRow';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import type { EventPayloadOf } from '../../../shared/ipc';
import type { StaffMember } from '../../../shared/staff/staffMember';
import { handlerSetup, type FakeDepsOptions } from '../../fixtures/handlerDeps';
import { sampleDocument, sampleHome } from '../../fixtures/sampleDocument';

/** Home-wide work (packs, checks, settings) is done as the registered manager, by id. */
export const actor = 'registered-manager';
/** The name a pack's README prints as who made it (the log keeps the actor id). */
export const preparedBy = 'Łucja Wąsowska';

export function exportSetup(options: FakeDepsOptions = {}) {
  const s = handlerSetup({ now: '2026-04-01T09:30:00.000Z', ...options });
  const progress = () =>
    s.emitted.flatMap((e): EventPayloadOf<'export:progress'>[] =>
      e.event === 'export:progress' ? [e.payload] : [],
    );
  async function seal(document: AppraisalDocument) {
    await s.call('documents:seal', { document, logo: null, actor: `appraiser:${document.appraisal.id}` });
    return document;
  }
  // The same object, so `handlers` stays the running set after `restart()`.
  return Object.assign(s, { progress, seal });
}

/** A sealed appraisal of one person with a given meeting date. */
export function appraisalOf(
  id: string,
  staffId: string,
  staffName: string,
  meetingDate: string,
  extra: Partial<AppraisalDocument['appraisal']> = {},
) {
  const base = sampleDocument();
  return sampleDocument({
    appraisal: {
      id,
      staffId,
      header: { ...base.appraisal.header, staffName, meetingDate },
      ...extra,
    },
  });
}

/** A person on the register, as the renderer sends them for a subject access bundle. */
export function staffOf(id: string, fullName: string): StaffMember {
  return {
    id,
    fullName,
    preferredName: '',
    role: 'Senior carer',
    team: 'Nights',
    startDate: '2018-01-08',
    leavingDate: null,
    lineManagerId: null,
    createdAt: '2018-01-08T09:00:00.000Z',
    updatedAt: '2018-01-08T09:00:00.000Z',
  };
}

/** Version 2 of an appraisal, replacing version 1. */
export function amendmentOf(first: AppraisalDocument) {
  return sampleDocument({
    appraisal: {
      ...first.appraisal,
      version: 2,
      supersedesId: first.appraisal.id,
      amendmentReason: 'Corrected the team.',
    },
    supersedes: { documentId: first.documentId, fingerprint: documentFingerprint(first) },
  });
}

export const compliance: ComplianceSummary = {
  asOf: '2026-04-01',
  counts: { active: 2, inDate: 1, dueSoon: 0, overdue: 1, neverAppraised: 0 },
  completionPercent: 50,
  rows: [
    {
      staffId: 's1',
      fullName: 'Nguyễn Thị Hoa',
      role: 'Senior carer',
      team: 'Nights',
      startDate: '2020-01-06',
      status: 'in-date',
      lastSignedMeetingDate: '2026-03-10',
      lastSignedAppraisalId: 'a1',
      nextDueDate: '2027-03-10',
      daysUntilDue: 343,
    },
    {
      staffId: 's2',
      fullName: 'Ștefan Țurcanu',
      role: 'Deputy manager',
      team: 'Days',
      startDate: '2019-05-01',
      status: 'overdue',
      lastSignedMeetingDate: '2024-02-01',
      lastSignedAppraisalId: 'a2',
      nextDueDate: '2025-02-01',
      daysUntilDue: -424,
    },
  ],
};

export const home = {
  name: sampleHome.name,
  address: sampleHome.address,
  cqcLocationId: sampleHome.cqcLocationId,
};
