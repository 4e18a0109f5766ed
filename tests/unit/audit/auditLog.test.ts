/**
 * The audit log on disk: events chain from the first append on, survive a restart in order,
 * are found again by record, and the facts main enforces are remembered after a restart.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashOfEvent } from '../../../shared/audit/auditChain';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { genesisHash, type AuditEvent } from '../../../shared/audit/auditEvent';
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
  actor: 'staff:staff-7',
  action: 'sign',
  entityId,
  fingerprint: null,
  detail: 'The appraisee signed on screen.',
});

const leavingDate = (staffId: string, date: string | null): AuditAppendInput => ({
  actor: 'registered-manager',
  action: 'leaving-date',
  entityId: staffId,
  fingerprint: null,
  detail: 'Leaving date recorded.',
  facts: { kind: 'leaving-date', staffId, leavingDate: date },
});

function linesOf(dataFolder: string): string[] {
  return readFileSync(auditLogPath(dataFolder), 'utf8').split('\n').slice(0, -1);
}

/** Each event links to the one before it and its hash is its own. */
function expectChained(events: readonly AuditEvent[]) {
  events.forEach((event, i) => {
    expect(event.seq).toBe(i + 1);
    expect(event.prevHash).toBe(i === 0 ? genesisHash : events[i - 1]?.hash);
    const { hash, ...rest } = event;
    expect(hashOfEvent(rest)).toBe(hash);
  });
}

describe('audit log', () => {
  it('opens an empty folder as an intact, empty log at the genesis hash, writing nothing', async () => {
    const { dataFolder, log } = freshLog();
    expect(await log.open()).toEqual({
      check: { intact: true, problems: [], head: genesisHash, count: 0 },
      repairedTornTail: null,
    });
    expect(await log.head()).toEqual({ seq: 0, hash: genesisHash });
    expect(() => readFileSync(auditLogPath(dataFolder))).toThrow();
  });

  it('chains an append after 0, 1 and many events, and head follows', async () => {
    const { dataFolder, log } = freshLog();
    const first = await log.append(signed());
    expect(first).toMatchObject({ seq: 1, prevHash: genesisHash, at: '2026-03-12T10:30:01.000Z' });
    const second = await log.append({ ...signed(), action: 'seal' });
    expect(second.prevHash).toBe(first.hash);
    const rest = [];
    for (let i = 0; i < 40; i++) rest.push(await log.append(signed(`appraisal-${i}`)));
    const written = [first, second, ...rest];
    expectChained(written);
    expect(await log.head()).toEqual({ seq: 42, hash: rest.at(-1)?.hash });
    expect(linesOf(dataFolder).map((line) => JSON.parse(line) as unknown)).toEqual(written);
  });

  it('keeps every event, in order, when the app is opened again, and carries the chain on', async () => {
    const { dataFolder, log } = freshLog();
    const written = [];
    for (let i = 0; i < 5; i++) written.push(await log.append(signed(`appraisal-${i % 2}`)));
    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect(await reopened.open()).toEqual({
      check: { intact: true, problems: [], head: written[4]?.hash, count: 5 },
      repairedTornTail: null,
    });
    expect(await reopened.readAll()).toEqual(written);
    const next = await reopened.append(signed());
    expect(next.seq).toBe(6);
    expect(next.prevHash).toBe(written[4]?.hash);
    expect(await reopened.verify()).toMatchObject({ intact: true, count: 6, problems: [] });
  });

  it('opens once however often open() is called', async () => {
    const { log } = freshLog();
    await log.append(signed());
    const [a, b] = await Promise.all([log.open(), log.open()]);
    expect(a).toBe(b);
    expect(a.check.count).toBe(0);
  });

  it('appends calls made at the same moment one after another, never interleaved', async () => {
    const { log } = freshLog();
    const events = await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(signed(`a-${i}`))));
    expectChained(events);
    expect((await log.verify()).intact).toBe(true);
  });

  it('lists only the events about the records asked for, oldest first, before and after a restart', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed('a'));
    await log.append(signed('b'));
    await log.append({ ...signed('a'), action: 'seal' });
    await log.append(signed('c'));
    await log.append({ ...signed('b'), action: 'print' });
    const expected = [
      [1, 'a', 'sign'],
      [2, 'b', 'sign'],
      [3, 'a', 'seal'],
      [5, 'b', 'print'],
    ];
    const summary = (events: AuditEvent[]) => events.map((e) => [e.seq, e.entityId, e.action]);
    expect(summary(await log.list(['a']))).toEqual(expected.filter(([, id]) => id === 'a'));
    expect(summary(await log.list(['b', 'a', 'b']))).toEqual(expected);
    expect(await log.list(['nobody'])).toEqual([]);
    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect(summary(await reopened.list(['a', 'b']))).toEqual(expected);
  });

  it('appendAfterHead appends nothing when the work fails, and the chain carries on', async () => {
    const { dataFolder, log } = freshLog();
    const first = await log.append(signed());
    await expect(log.appendAfterHead(() => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    expect(linesOf(dataFolder)).toHaveLength(1);
    // The work sees the head the new event will follow, and its event is what gets written.
    const { event, result } = await log.appendAfterHead((head) =>
      Promise.resolve({ input: { ...signed(), action: 'seal' as const }, result: head }),
    );
    expect(result).toEqual({ seq: 1, hash: first.hash });
    expect(event).toMatchObject({ seq: 2, prevHash: first.hash, action: 'seal' });
    expect(await log.head()).toEqual({ seq: 2, hash: event.hash });
  });

  it('appendAfterHead creates no file when the first event’s work fails', async () => {
    const { dataFolder, log } = freshLog();
    await expect(log.appendAfterHead(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(() => readFileSync(auditLogPath(dataFolder))).toThrow();
    expect((await log.append(signed())).seq).toBe(1);
  });

  it('remembers the events carrying facts after a restart, and adds new ones as they are appended', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed());
    await log.append(leavingDate('staff-1', '2025-01-31'));
    await log.append(signed());
    await log.append({
      actor: 'registered-manager',
      action: 'retention-period',
      entityId: 'settings',
      fingerprint: null,
      detail: 'Retention period changed.',
      facts: { kind: 'retention-period', years: 8 },
    });
    expect((await log.factEvents()).map((e) => e.seq)).toEqual([2, 4]);

    const reopened = openAuditLog({ dataFolder, now: clock() });
    const facts = await reopened.factEvents();
    expect(facts.map((e) => e.facts)).toEqual([
      { kind: 'leaving-date', staffId: 'staff-1', leavingDate: '2025-01-31' },
      { kind: 'retention-period', years: 8 },
    ]);
    await reopened.append(leavingDate('staff-1', null));
    expect((await reopened.factEvents()).map((e) => [e.seq, e.facts?.kind])).toEqual([
      [2, 'leaving-date'],
      [4, 'retention-period'],
      [5, 'leaving-date'],
    ]);
  });

  it('reads back an event longer than one read of the file (a destroy naming 1,000 documents), and the events around it', async () => {
    const { dataFolder, log } = freshLog();
    await log.append(signed('before'));
    const documents = Array.from({ length: 1000 }, (_, i) => ({
      documentId: `appraisal-with-a-long-identifier-${String(i).padStart(4, '0')}-v1`,
      fingerprint: sha256Hex(`document ${i}`),
    }));
    const destroy = await log.append({
      actor: 'registered-manager',
      action: 'destroy',
      entityId: 'staff-9',
      fingerprint: null,
      detail: 'Destroyed after retention.',
      facts: { kind: 'destroy', staffId: 'staff-9', documents },
    });
    await log.append(signed('after'));
    expect(linesOf(dataFolder)[1]?.length).toBeGreaterThan(2 * 64 * 1024);

    const reopened = openAuditLog({ dataFolder, now: clock() });
    expect((await reopened.open()).check).toMatchObject({ intact: true, count: 3 });
    expect(await reopened.factEvents()).toEqual([destroy]);
    expect((await reopened.list(['after', 'staff-9', 'before'])).map((e) => e.seq)).toEqual([1, 2, 3]);
  });
});
