/**
 * Every field crossing IPC is bounded: an over-long one is refused by dispatch with a plain
 * message (that does not repeat the field back), before any handler runs, and the data folder
 * and the audit chain are as they were.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../fixtures/sampleDocument';
import {
  actor,
  appraisalOf,
  compliance,
  exportSetup,
  home,
  preparedBy,
  staffOf,
} from '../exports/exportSetup';
import { snapshot } from './dataFolderState';

const long = (length: number) => 'ł'.repeat(length);

const cases: [string, string, (s: ReturnType<typeof exportSetup>) => unknown, RegExp][] = [
  [
    'a staff id of 200 characters',
    'export:subjectAccess',
    () => ({ jobId: 'job-12345678', staff: staffOf(long(200), 'Nguyễn Thị Hoa'), home, preparedBy, actor }),
    /\(staff\.id: /,
  ],
  [
    'a 5 MB home name',
    'export:inspectionPack',
    () => ({
      jobId: 'job-12345678',
      from: '2026-01-01',
      to: '2026-12-31',
      home: { ...home, name: long(5 * 1024 * 1024) },
      logo: null,
      compliance,
      preparedBy,
      actor,
    }),
    /\(home\.name: /,
  ],
  [
    'a 1 MB "prepared by" name',
    'export:inspectionPack',
    () => ({
      jobId: 'job-12345678',
      from: '2026-01-01',
      to: '2026-12-31',
      home,
      logo: null,
      compliance,
      preparedBy: long(1024 * 1024),
      actor,
    }),
    /\(preparedBy: /,
  ],
  [
    'an actor id of 200 characters',
    'records:setLeavingDate',
    () => ({ staffId: 's1', leavingDate: '2026-05-01', actor: `staff:${long(200)}` }),
    /\(actor: /,
  ],
  [
    '1,001 document ids',
    'documents:sealState',
    () => ({ documentIds: Array.from({ length: 1001 }, (_, i) => `a${i}-v1`) }),
    /\(documentIds: /,
  ],
  [
    'a record with a summary over 100,000 characters',
    'documents:seal',
    () => {
      const document = sampleDocument();
      document.appraisal.summary.overall = long(100_001);
      return { document, logo: null, actor: `appraiser:${document.appraisal.id}` };
    },
    /\(document\.appraisal\.summary\.overall: /,
  ],
];

describe('over-long fields', () => {
  it.each(cases)(
    '%s is refused by dispatch in plain words; the audit chain is intact',
    async (_what, channel, make, field) => {
      const s = exportSetup();
      await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
      const before = snapshot(s.dataFolder);
      const reply = await s.reply(channel, make(s));
      expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      if (reply.ok) return;
      expect(reply.error.message).toMatch(
        new RegExp(`^The request "${channel}" was not in the expected form \\(`),
      );
      expect(reply.error.message).toMatch(field);
      expect(reply.error.message).toMatch(/\. Nothing was changed\.$/);
      // Said in a sentence, never echoed back.
      expect(reply.error.message.length).toBeLessThan(400);
      expect(s.errors).toEqual([]);
      expect(snapshot(s.dataFolder)).toEqual(before);
      expect(readdirSync(s.savedFolder)).toEqual([]);
      // The one seal before: the home's key being made, and the seal itself.
      expect(await s.call('audit:verify', { actor })).toMatchObject({ intact: true, count: 2, problems: [] });
    },
  );
});
