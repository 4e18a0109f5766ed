/**
 * What the audit log refuses: anything that would name a person, run over a line, or not read
 * back is turned away with a plain-English reason, and nothing is written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AuditInputError,
  auditLogPath,
  openAuditLog,
  type AuditAppendInput,
} from '../../../electron/services/audit/auditLog';

const sealed: AuditAppendInput = {
  actor: 'appraiser:appraisal-1',
  action: 'seal',
  entityId: 'appraisal-1',
  fingerprint: null,
  detail: 'Sealed as version 1.',
};

const refused: readonly (readonly [string, AuditAppendInput, RegExp])[] = [
  ['an over-long record id', { ...sealed, entityId: 'a'.repeat(121) }, /the record id is not a record id/],
  ['a name as the actor', { ...sealed, actor: 'Łucja Wąsowska' }, /the actor\) is not a known kind of actor/],
  [
    'a staff actor with a name for an id',
    { ...sealed, actor: 'staff:Jo Bloggs' },
    /not a known kind of actor/,
  ],
  ['a newline in the note', { ...sealed, detail: 'Sealed.\nBy Jo Bloggs' }, /the note must be one line/],
  ['a control character in the note', { ...sealed, detail: 'Sealed\u0007' }, /the note must be one line/],
  [
    'an over-long note',
    { ...sealed, detail: 'x'.repeat(501) },
    /the note is too long \(at most 500 characters\)/,
  ],
  ['a broken character in the note', { ...sealed, detail: 'Sealed \uD83D' }, /broken character/],
  [
    'an unknown action',
    { ...sealed, action: 'delete' as AuditAppendInput['action'] },
    /the action is not one/,
  ],
  [
    'a field events do not carry',
    { ...sealed, staffName: 'Jo Bloggs' } as AuditAppendInput,
    /fields it may not carry \(staffName\)/,
  ],
  [
    'facts naming a person',
    {
      ...sealed,
      action: 'leaving-date',
      facts: { kind: 'leaving-date', staffId: 'Jo Bloggs', leavingDate: null },
    },
    /the facts it records/,
  ],
];

describe('refused audit input', () => {
  it.each(refused)('%s is refused with nothing written to a new log', async (_what, input, reason) => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'audit-'));
    const log = openAuditLog({ dataFolder, now: () => new Date('2026-03-12T10:30:00Z') });
    const error = await log.append(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect((error as Error).message).toMatch(/^The audit event was not written, because /);
    expect((error as Error).message).toMatch(reason);
    expect(existsSync(auditLogPath(dataFolder))).toBe(false);
  });

  it('is refused with nothing written to a log that has events, which carries on unharmed', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'audit-'));
    const log = openAuditLog({ dataFolder, now: () => new Date('2026-03-12T10:30:00Z') });
    const first = await log.append(sealed);
    const before = readFileSync(auditLogPath(dataFolder), 'utf8');
    for (const [, input] of refused) {
      await expect(log.append(input)).rejects.toBeInstanceOf(AuditInputError);
      await expect(
        log.appendAfterHead(() => Promise.resolve({ input, result: null })),
      ).rejects.toBeInstanceOf(AuditInputError);
    }
    expect(readFileSync(auditLogPath(dataFolder), 'utf8')).toBe(before);
    expect(await log.head()).toEqual({ seq: 1, hash: first.hash });
    expect(await log.append(sealed)).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(await log.verify()).toMatchObject({ intact: true, problems: [] });
  });

  it('accepts every kind of actor id, the app and the registered manager', async () => {
    const dataFolder = mkdtempSync(join(tmpdir(), 'audit-'));
    const log = openAuditLog({ dataFolder, now: () => new Date('2026-03-12T10:30:00Z') });
    for (const actor of ['registered-manager', 'app', 'staff:xyz', 'appraiser:abc'])
      await expect(log.append({ ...sealed, actor })).resolves.toMatchObject({ actor });
  });
});
