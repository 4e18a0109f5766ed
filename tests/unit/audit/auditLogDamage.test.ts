/**
 * The audit log when its file is not what main left: a last line torn by a power cut is set
 * aside and the repair logged; a damaged or edited line is named by its line number and the
 * log keeps working; a write that fails leaves no half line; a file changed behind the log's
 * back is read again so the chain continues from what is really there.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditChain } from '../../../shared/audit/auditChain';
import { auditLogPath, openAuditLog, type AuditAppendInput } from '../../../electron/services/audit/auditLog';

function clock(start = Date.UTC(2026, 2, 12, 10, 30)) {
  let t = start;
  return () => new Date((t += 1000));
}

function freshLog() {
  const dataFolder = mkdtempSync(join(tmpdir(), 'audit-'));
  return { dataFolder, file: auditLogPath(dataFolder), log: openAuditLog({ dataFolder, now: clock() }) };
}

const printed = (entityId = 'appraisal-1'): AuditAppendInput => ({
  actor: 'appraiser:appraisal-1',
  action: 'print',
  entityId,
  fingerprint: null,
  detail: 'Sent to the printer.',
});

function tornFiles(dataFolder: string): string[] {
  return readdirSync(join(dataFolder, 'audit')).filter((name) => name.startsWith('torn-'));
}

function eventsIn(file: string): unknown[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, -1)
    .map((line) => JSON.parse(line) as unknown);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a last line torn by a power cut', () => {
  it('is kept aside in torn-*.txt, cut off the log, and the repair logged once, by the app', async () => {
    const { dataFolder, file, log } = freshLog();
    await log.append(printed());
    await log.append(printed());
    const torn = '{"seq":3,"at":"2026-03-12T10:3';
    appendFileSync(file, torn);

    const reopened = openAuditLog({ dataFolder, now: clock(Date.UTC(2026, 3, 1, 9)) });
    const report = await reopened.open();
    const [keptAs] = tornFiles(dataFolder);
    expect(keptAs).toBe('torn-2026-04-01T09-00-01-000Z.txt');
    expect(report.repairedTornTail).toEqual({ bytes: torn.length, keptAs });
    expect(readFileSync(join(dataFolder, 'audit', keptAs ?? ''), 'utf8')).toBe(torn);

    const events = eventsIn(file);
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({
      seq: 3,
      actor: 'app',
      action: 'repair',
      entityId: 'audit-log',
      fingerprint: null,
      detail: `An unfinished last entry (${torn.length} bytes) left by an interrupted write was set aside in ${keptAs}.`,
    });
    expect(verifyAuditChain(events)).toMatchObject({ intact: true, count: 3 });
    expect(report.check).toEqual(verifyAuditChain(events));

    expect((await reopened.append(printed())).seq).toBe(4);
    expect(await reopened.verify()).toMatchObject({ intact: true, count: 4, problems: [] });
    // Opened again, there is nothing left to repair.
    expect((await openAuditLog({ dataFolder, now: clock() }).open()).repairedTornTail).toBeNull();
    expect(tornFiles(dataFolder)).toHaveLength(1);
  });

  it('is repaired when it is the only thing in the file: the repair becomes event 1', async () => {
    const { dataFolder, file, log } = freshLog();
    await log.append(printed());
    writeFileSync(file, '{"seq":1,"at"');
    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect((await reopened.open()).repairedTornTail?.bytes).toBe(13);
    expect(eventsIn(file)).toEqual([expect.objectContaining({ seq: 1, action: 'repair' })]);
    expect((await reopened.verify()).intact).toBe(true);
  });
});

describe('a damaged line in the middle', () => {
  it('is named by its line number, and appends and lists carry on after it', async () => {
    const { dataFolder, file, log } = freshLog();
    for (let i = 0; i < 3; i++) await log.append(printed());
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = 'not json at all';
    writeFileSync(file, lines.join('\n'));

    const reopened = openAuditLog({ dataFolder, now: clock() });
    const problem = 'Line 2 of the audit log is not a valid audit event, so it may have been edited.';
    expect((await reopened.open()).check).toMatchObject({ intact: false, count: 3, problems: [problem] });
    const next = await reopened.append(printed());
    expect(next.seq).toBe(4);
    expect(await reopened.verify()).toMatchObject({ intact: false, count: 4, problems: [problem] });
    expect((await reopened.list(['appraisal-1'])).map((e) => e.seq)).toEqual([1, 3, 4]);
  });

  it('that is a valid event written too long to read back is named the same way', async () => {
    const { file, log } = freshLog();
    await log.append(printed());
    const [line] = readFileSync(file, 'utf8').split('\n');
    appendFileSync(file, `${line?.replace('"appraisal-1"', `"${'x'.repeat(121)}"`) ?? ''}\n`);
    await log.append(printed());
    expect((await log.verify()).problems).toEqual([
      'Line 2 of the audit log is not a valid audit event, so it may have been edited.',
    ]);
  });

  it('edited on disk is found by its line', async () => {
    const { file, log } = freshLog();
    await log.append(printed());
    await log.append({ ...printed(), detail: 'Copy saved to Documents.' });
    await log.append(printed());
    writeFileSync(file, readFileSync(file, 'utf8').replace('Copy saved to Documents.', 'Nothing was saved.'));
    expect((await log.verify()).problems).toEqual([
      'Line 2 of the audit log was changed after it was written.',
    ]);
  });

  it('deleted from the file is found by the line where the gap shows', async () => {
    const { file, log } = freshLog();
    for (let i = 0; i < 3; i++) await log.append(printed());
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [lines[0], lines[2], ''].join('\n'));
    expect((await log.verify()).problems).toEqual([
      'Line 2 of the audit log is number 3 but 2 was expected: an event is missing before it.',
      'Line 2 of the audit log (numbered 3) does not follow the event before it: an event was removed, inserted or moved.',
    ]);
  });
});

describe('a file changed behind the log’s back', () => {
  it('is read again, so the next append continues the chain that is really there', async () => {
    const { dataFolder, file, log } = freshLog();
    await log.append(printed());
    await log.append(printed());
    const other = openAuditLog({ dataFolder, now: clock() });
    expect((await other.append(printed('appraisal-2'))).seq).toBe(3);

    expect(await log.head()).toEqual(await other.head());
    const next = await log.append(printed());
    expect(next.seq).toBe(4);
    expect(verifyAuditChain(eventsIn(file))).toMatchObject({ intact: true, count: 4 });
    expect((await log.list(['appraisal-2'])).map((e) => e.seq)).toEqual([3]);
  });
});

describe('a write that fails', () => {
  it('leaves no half line behind, and the next append takes the same place in the chain', async () => {
    const { file, log } = freshLog();
    const first = await log.append(printed());
    const probe = await open(file, 'r');
    const fileHandle = Object.getPrototypeOf(probe) as { sync(): Promise<void> };
    await probe.close();
    vi.spyOn(fileHandle, 'sync').mockRejectedValueOnce(new Error('EIO: i/o error'));
    await expect(log.append(printed())).rejects.toThrow('EIO');
    expect(eventsIn(file)).toEqual([first]);
    const second = await log.append(printed());
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(await log.verify()).toMatchObject({ intact: true, count: 2 });
  });
});
