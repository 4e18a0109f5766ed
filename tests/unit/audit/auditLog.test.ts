/**
 * The audit log on disk: events survive a reload in order, a power cut mid-append is set
 * aside rather than breaking the chain, and any edit to the file is reported by verify.
 */
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { genesisHash } from '../../../shared/audit/auditEvent';
import { auditLogPath, openAuditLog, type AuditAppendInput } from '../../../electron/services/audit/auditLog';

function clock(start = Date.UTC(2026, 2, 12, 10, 30)) {
  let t = start;
  return () => new Date((t += 1000));
}

function freshLog() {
  const dataFolder = mkdtempSync(join(tmpdir(), 'audit-'));
  return { dataFolder, log: openAuditLog({ dataFolder, now: clock() }) };
}

const signed = (entityId = 'appraisal-1'): AuditAppendInput => ({
  actor: 'Łucja Wąsowska',
  action: 'sign',
  entityId,
  fingerprint: null,
  detail: 'Appraisee signed on screen',
});

describe('audit log', () => {
  it('starts empty at the genesis hash and counts appended events from 1', async () => {
    const { log } = freshLog();
    expect(await log.head()).toEqual({ seq: 0, hash: genesisHash });
    const first = await log.append(signed());
    const second = await log.append({ ...signed(), action: 'seal' });
    expect([first.seq, second.seq]).toEqual([1, 2]);
    expect(second.prevHash).toBe(first.hash);
    expect(first.at).toBe('2026-03-12T10:30:01.000Z');
    expect(await log.head()).toEqual({ seq: 2, hash: second.hash });
  });

  it('keeps every event, in order, when the app is opened again', async () => {
    const { dataFolder, log } = freshLog();
    const written = [];
    for (let i = 0; i < 5; i++) written.push(await log.append(signed(`appraisal-${i % 2}`)));
    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect(await reopened.readAll()).toEqual(written);
    const next = await reopened.append(signed());
    expect(next.seq).toBe(6);
    expect(next.prevHash).toBe(written[4]?.hash);
    expect(await reopened.verify()).toMatchObject({ intact: true, count: 6, problems: [] });
  });

  it('appends calls made at the same moment one after another, never interleaved', async () => {
    const { log } = freshLog();
    const events = await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(signed(`a-${i}`))));
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await log.verify()).intact).toBe(true);
  });

  it('lists only the events about the records asked for', async () => {
    const { log } = freshLog();
    await log.append(signed('a'));
    await log.append(signed('b'));
    await log.append({ ...signed('a'), action: 'seal' });
    const events = await log.list(['a']);
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'sign'],
      [3, 'seal'],
    ]);
  });

  it('appendAfter appends nothing when the work fails, and the chain carries on', async () => {
    const { log } = freshLog();
    await log.append(signed());
    await expect(
      log.appendAfter({ ...signed(), action: 'seal' }, () => Promise.reject(new Error('disk full'))),
    ).rejects.toThrow('disk full');
    const { event, result } = await log.appendAfter({ ...signed(), action: 'seal' }, (next) =>
      Promise.resolve(next.hash),
    );
    expect(event.seq).toBe(2);
    expect(result).toBe(event.hash);
    expect(await log.head()).toEqual({ seq: 2, hash: event.hash });
  });

  it('sets aside a last line torn by a power cut, keeping it in a file, and carries on', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed());
    await log.append(signed());
    const file = auditLogPath(dataFolder);
    appendFileSync(file, '{"seq":3,"at":"2026-03-12T10:3');
    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect(await reopened.verify()).toMatchObject({ intact: true, count: 2 });
    const torn = readdirSync(join(dataFolder, 'audit')).filter((name) => name.startsWith('torn-'));
    expect(torn).toHaveLength(1);
    expect(readFileSync(join(dataFolder, 'audit', torn[0] ?? ''), 'utf8')).toMatch(
      /"seq":3,"at":"2026-03-12T10:3$/,
    );
    expect((await reopened.append(signed())).seq).toBe(3);
    expect((await reopened.verify()).intact).toBe(true);
  });

  it('reports a line that is not an event rather than dropping it', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed());
    appendFileSync(auditLogPath(dataFolder), 'not json at all\n');
    await log.append(signed());
    const check = await log.verify();
    expect(check.intact).toBe(false);
    expect(check.count).toBe(3);
    expect(check.problems.join(' ')).toMatch(/Entry 2 is not a valid audit event/);
  });

  it('detects an event edited on disk', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed());
    await log.append({ ...signed(), detail: 'Appraiser countersigned' });
    await log.append(signed());
    const file = auditLogPath(dataFolder);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Appraiser countersigned', 'Appraiser did not sign'),
    );
    const check = await log.verify();
    expect(check.intact).toBe(false);
    expect(check.problems).toEqual(['Entry 2 was changed after it was written.']);
  });

  it('detects an event deleted from the file', async () => {
    const { dataFolder, log } = freshLog();
    for (let i = 0; i < 3; i++) await log.append(signed());
    const file = auditLogPath(dataFolder);
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, [lines[0], lines[2], ''].join('\n'));
    const check = await log.verify();
    expect(check.intact).toBe(false);
    expect(check.problems.join(' ')).toMatch(/an event is missing before it/);
  });
});
