/**
 * A database export as the renderer's dexie-export-import writes it, built from rows a test
 * chooses, and a backup made through the real handlers (begin, the export in small pieces,
 * finish), as the renderer makes one.
 */
import type { BackupReason } from '../../../shared/backup/backupContract';
import type { HandlerSetup } from '../../fixtures/handlerDeps';

export const actor = 'registered-manager';

interface AppraisalRow {
  id: string;
  status: 'draft' | 'signed' | 'superseded';
  staffName: string;
  meetingDate: string | null;
  sealed: { documentId: string; fingerprint: string } | null;
}

const fingerprintOf = (n: number) => n.toString(16).padStart(64, '0');

export function appraisalRow(
  id: string,
  status: AppraisalRow['status'],
  staffName: string,
  meetingDate: string | null,
  sealed: number | null = null,
): AppraisalRow {
  return {
    id,
    status,
    staffName,
    meetingDate,
    sealed: sealed === null ? null : { documentId: `${id}-v1`, fingerprint: fingerprintOf(sealed) },
  };
}

/** dexie-export-import's JSON for a database holding these rows. */
export function databaseExport(options: {
  staff?: { id: string; fullName: string; leavingDate: string | null }[];
  appraisals?: AppraisalRow[];
  frameworks?: number;
  databaseVersion?: number;
}): string {
  const staff = options.staff ?? [];
  const appraisals = (options.appraisals ?? []).map((row) => ({
    id: row.id,
    staffId: 's',
    status: row.status,
    meetingDate: row.meetingDate,
    header: { staffName: row.staffName, meetingDate: row.meetingDate ?? '' },
    sealed:
      row.sealed === null
        ? null
        : {
            ...row.sealed,
            pdfSha256: 'b'.repeat(64),
            sealedAt: '2026-01-01T10:00:00.000Z',
            auditHead: 'c'.repeat(64),
          },
    $types: { 'header.meetingDate': 'undef' },
  }));
  const frameworks = Array.from({ length: options.frameworks ?? 1 }, (_, i) => ({ id: `fw@${i + 1}` }));
  const tables = [
    { tableName: 'settings', inbound: true, rows: [{ id: 'home', name: 'Willow Bank' }] },
    { tableName: 'staff', inbound: true, rows: staff },
    { tableName: 'frameworks', inbound: true, rows: frameworks },
    { tableName: 'appraisals', inbound: true, rows: appraisals },
  ];
  return JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'care-appraisals',
      databaseVersion: options.databaseVersion ?? 4,
      tables: tables.map((t) => ({ name: t.tableName, schema: '++id', rowCount: t.rows.length })),
      data: tables,
    },
  });
}

/** A small home: two people (one left), a signed, a replaced and a draft appraisal. */
export const smallHome = () =>
  databaseExport({
    staff: [
      { id: 's1', fullName: 'Nguyễn Thị Hoa', leavingDate: null },
      { id: 's2', fullName: 'Ștefan Țurcanu', leavingDate: '2025-01-31' },
    ],
    appraisals: [
      appraisalRow('a1', 'superseded', 'Nguyễn Thị Hoa', '2025-03-10', 1),
      appraisalRow('a2', 'signed', 'Nguyễn Thị Hoa', '2026-03-10', 2),
      appraisalRow('a3', 'signed', 'Ștefan Țurcanu', '2024-06-01', 3),
      appraisalRow('a4', 'draft', 'Ștefan Țurcanu', null),
    ],
  });

let jobs = 0;

/** Makes a backup through the handlers, sending the export in pieces of `piece` characters. */
export async function makeBackup(
  s: Pick<HandlerSetup, 'call'>,
  options: { reason?: BackupReason; text?: string; piece?: number; schemaVersion?: number } = {},
) {
  const jobId = `testjob-${String(++jobs).padStart(4, '0')}`;
  const begun = await s.call('backup:begin', {
    jobId,
    reason: options.reason ?? 'manual',
    schemaVersion: options.schemaVersion ?? 4,
    actor,
  });
  if (!begun.started) return { jobId, started: false as const };
  const text = options.text ?? smallHome();
  const piece = options.piece ?? 7_000;
  for (let at = 0; at < text.length; at += piece)
    await s.call('backup:writeChunk', { jobId, text: text.slice(at, at + piece) });
  const result = await s.call('backup:finish', { jobId, actor });
  return { jobId, started: true as const, result };
}
