/**
 * A data folder with real sealed documents (sealed through the real documents:seal handler)
 * and the export handlers over it; the save and open dialogs are scripted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/handlers/createHandlers';
import { dispatch } from '../../../electron/handlers/dispatch';
import type { ComplianceSummary } from '../../../shared/compliance/complianceRow';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import { documentFingerprint } from '../../../shared/documents/fingerprint';
import type { EventPayloadOf } from '../../../shared/ipc';
import { exportProgressSchema } from '../../../shared/exports/exportJob';
import { sampleDocument, sampleHome } from '../../fixtures/sampleDocument';

export const actor = 'Łucja Wąsowska';

export function exportSetup() {
  const dataFolder = mkdtempSync(join(tmpdir(), 'exports-data-'));
  const savedFolder = mkdtempSync(join(tmpdir(), 'exports-saved-'));
  const saveAnswers: ('save' | 'cancel')[] = [];
  const openAnswers: (string | null)[] = [];
  const progress: EventPayloadOf<'export:progress'>[] = [];
  const listeners: ((p: EventPayloadOf<'export:progress'>) => void)[] = [];
  const handlers = createHandlers({
    productName: 'Care Appraisals',
    appVersion: '0.0.0',
    runtime: 'browser',
    electronVersion: null,
    platform: 'linux',
    dataFolder,
    fontsFolder: join(import.meta.dirname, '../../../build/fonts'),
    now: () => new Date('2026-04-01T09:30:00.000Z'),
    openExternal: () => Promise.resolve(),
    chooseSavePath: ({ suggestedName }) =>
      Promise.resolve(saveAnswers.shift() === 'cancel' ? null : join(savedFolder, suggestedName)),
    chooseOpenPath: () => Promise.resolve(openAnswers.shift() ?? null),
    emit: (event, payload) => {
      const parsed = exportProgressSchema.safeParse(payload);
      if (event !== 'export:progress' || !parsed.success) return;
      progress.push(parsed.data);
      for (const listener of listeners) listener(parsed.data);
    },
    printPdf: () => Promise.resolve(true),
    documentUrl: (documentId, kind) => `test://${kind}/${documentId}.pdf`,
  });
  async function call<T>(channel: string, request: unknown): Promise<T> {
    const reply = await dispatch(handlers, channel, request, { senderTrusted: true });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as T;
  }
  async function seal(document: AppraisalDocument) {
    await call('documents:seal', { document, logo: null, actor });
    return document;
  }
  return { dataFolder, savedFolder, saveAnswers, openAnswers, progress, listeners, handlers, call, seal };
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
