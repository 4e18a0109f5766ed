/**
 * When a file was made (a saved copy, a print, a pack) but the activity log then could not
 * record it, the manager is told exactly that: the answer is "saved" with a warning, never an
 * error and never "Nothing was changed". The log fails for real: a folder where its file was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notLoggedWarning } from '../../../electron/handlers/logAfterTheFact';
import { sha256Hex } from '../../../shared/integrity/sha256';
import {
  actor,
  appraisalOf,
  compliance,
  exportSetup,
  home,
  preparedBy,
  staffOf,
} from '../exports/exportSetup';
import { breakAuditLog } from './dataFolderState';

async function sealedSetup() {
  const s = exportSetup();
  await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
  const { states } = await s.call('documents:sealState', { documentIds: ['a1-v1'] });
  const seal = states[0]?.seal;
  if (seal == null) throw new Error('the document was sealed');
  return Object.assign(s, { seal });
}

/** Breaks the log when an export reports this stage: after it has read the log, before it logs. */
function breakLogAt(s: Awaited<ReturnType<typeof sealedSetup>>, stage: string) {
  s.emitListeners.push(({ event, payload }) => {
    if (event === 'export:progress' && payload.stage === stage && payload.done === payload.total)
      breakAuditLog(s.dataFolder);
  });
}

describe('a file made but not logged', () => {
  it('a saved copy answers saved, with the warning, and the copy is there', async () => {
    const s = await sealedSetup();
    breakAuditLog(s.dataFolder);
    const reply = await s.reply('documents:saveCopy', {
      documentId: 'a1-v1',
      kind: 'sealed',
      suggestedName: 'Appraisal.pdf',
      actor,
    });
    expect(reply).toEqual({
      ok: true,
      value: { saved: true, fileName: 'Appraisal.pdf', warning: notLoggedWarning },
    });
    expect(sha256Hex(readFileSync(join(s.savedFolder, 'Appraisal.pdf')))).toBe(s.seal.pdfSha256);
    expect(notLoggedWarning).not.toMatch(/nothing was changed/i);
  });

  it('a print answers printed, with the warning', async () => {
    const s = await sealedSetup();
    breakAuditLog(s.dataFolder);
    expect(await s.reply('documents:print', { documentId: 'a1-v1', kind: 'sealed', actor })).toEqual({
      ok: true,
      value: { printed: true, warning: notLoggedWarning },
    });
    expect(s.printed).toEqual([{ documentId: 'a1-v1', kind: 'sealed', printed: true }]);
  });

  it('an inspection pack answers saved, with the warning, and the pack is there', async () => {
    const s = await sealedSetup();
    breakLogAt(s, 'Finishing the pack');
    const reply = await s.reply('export:inspectionPack', {
      jobId: 'job-12345678',
      from: '2026-01-01',
      to: '2026-12-31',
      home,
      logo: null,
      compliance,
      preparedBy,
      actor,
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { outcome: 'saved', documents: 1, warning: notLoggedWarning },
    });
    if (!reply.ok) return;
    const { fileName } = reply.value as { fileName: string };
    expect(existsSync(join(s.savedFolder, fileName))).toBe(true);
  });

  it('a subject access bundle answers saved, with the warning, and the bundle is there', async () => {
    const s = await sealedSetup();
    breakLogAt(s, 'Adding their signed PDFs');
    const reply = await s.reply('export:subjectAccess', {
      jobId: 'job-87654321',
      staff: staffOf('s1', 'Nguyễn Thị Hoa'),
      home,
      preparedBy,
      actor,
    });
    expect(reply).toMatchObject({
      ok: true,
      value: { outcome: 'saved', documents: 1, warning: notLoggedWarning },
    });
    if (!reply.ok) return;
    const { fileName } = reply.value as { fileName: string };
    expect(existsSync(join(s.savedFolder, fileName))).toBe(true);
  });
});
