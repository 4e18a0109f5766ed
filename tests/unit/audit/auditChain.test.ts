/**
 * The audit log's hash chain: an intact log verifies, and every way of tampering with it is
 * found and described in plain English.
 */
import { describe, expect, it } from 'vitest';
import {
  createChainVerifier,
  hashOfEvent,
  nextAuditEvent,
  verifyAuditChain,
} from '../../../shared/audit/auditChain';
import { genesisHash, type AuditEvent, type AuditEventInput } from '../../../shared/audit/auditEvent';
import { sha256Hex } from '../../../shared/integrity/sha256';

const fingerprint = sha256Hex('sealed appraisal document');

const steps: readonly (readonly [AuditEventInput['action'], string, string | null])[] = [
  ['create', 'Draft started', null],
  ['sign', 'Appraisee signed on screen', null],
  ['unsign', 'Appraisee signature removed to correct the comments', null],
  ['sign', 'Appraisee signed by typed name', null],
  ['sign', 'Appraiser countersigned on screen', null],
  ['seal', 'Sealed as appraisal-1-v1', fingerprint],
  ['print', 'Sent to the printer', fingerprint],
  ['export', 'Copy saved to Documents', fingerprint],
  ['verify', 'Vault copy checked: unchanged', fingerprint],
  ['amend', 'Amendment started: wrong meeting date', fingerprint],
];

const inputs: readonly AuditEventInput[] = steps.map(([action, detail, print], index) => ({
  at: `2026-03-12T10:${String(index * 5).padStart(2, '0')}:00.000Z`,
  actor: index % 2 === 0 ? 'registered-manager' : 'appraiser:abc',
  action,
  entityId: 'appraisal-1',
  fingerprint: print,
  detail,
}));

function buildChain(): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (const input of inputs) events.push(nextAuditEvent(events.at(-1) ?? null, input));
  return events;
}

function eventAt(events: readonly AuditEvent[], index: number): AuditEvent {
  const event = events[index];
  if (!event) throw new Error(`no event at ${index}`);
  return event;
}

function inputAt(index: number): AuditEventInput {
  const input = inputs[index];
  if (!input) throw new Error(`no input at ${index}`);
  return input;
}

/** An event someone wrote by hand with a correct hash of its own. */
function forged(fields: Omit<AuditEvent, 'hash'>): AuditEvent {
  return { ...fields, hash: hashOfEvent(fields) };
}

function expectBroken(events: readonly unknown[], ...expected: string[]): string[] {
  const check = verifyAuditChain(events);
  expect(check.intact).toBe(false);
  expect(check.problems.length).toBeGreaterThan(0);
  for (const problem of check.problems) expect(problem).toMatch(/^Entry \d+ .+\.$/);
  for (const text of expected) expect(check.problems).toContain(text);
  return check.problems;
}

describe('making the chain', () => {
  it('numbers events from 1, links the first to the genesis hash and each to the one before', () => {
    const events = buildChain();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(eventAt(events, 0).prevHash).toBe(genesisHash);
    for (let i = 1; i < events.length; i++)
      expect(eventAt(events, i).prevHash).toBe(eventAt(events, i - 1).hash);
    expect(new Set(events.map((e) => e.hash)).size).toBe(events.length);
  });

  it('gives the same hash for the same event, and a different one when any field differs', () => {
    const first = inputs[0];
    if (!first) throw new Error('no input');
    const event = nextAuditEvent(null, first);
    expect(nextAuditEvent(null, { ...first }).hash).toBe(event.hash);
    const variants: AuditEventInput[] = [
      { ...first, at: '2026-03-12T10:00:01.000Z' },
      { ...first, actor: 'staff:xyz' },
      { ...first, action: 'sign' },
      { ...first, entityId: 'appraisal-2' },
      { ...first, fingerprint },
      { ...first, detail: 'Draft started.' },
    ];
    const hashes = variants.map((v) => nextAuditEvent(null, v).hash);
    expect(new Set([event.hash, ...hashes]).size).toBe(variants.length + 1);
  });
});

describe('verifying an intact log', () => {
  it('finds no problem and reports the head and the count', () => {
    const events = buildChain();
    expect(verifyAuditChain(events)).toEqual({
      intact: true,
      problems: [],
      head: eventAt(events, 9).hash,
      count: 10,
    });
  });

  it('accepts an empty log, whose head is the genesis hash', () => {
    expect(verifyAuditChain([])).toEqual({ intact: true, problems: [], head: genesisHash, count: 0 });
  });

  it('survives a round trip through JSON lines, as the log is stored', () => {
    const lines = buildChain().map((e) => JSON.stringify(e));
    expect(verifyAuditChain(lines.map((line) => JSON.parse(line) as unknown)).intact).toBe(true);
  });
});

describe('finding tampering', () => {
  const editedFields: readonly (readonly [field: string, change: Partial<AuditEvent>])[] = [
    ['actor', { actor: 'staff:xyz' }],
    ['action', { action: 'verify' }],
    ['detail', { detail: 'Appraisee signed on paper' }],
    ['at', { at: '2026-03-11T10:15:00.000Z' }],
    ['entityId', { entityId: 'appraisal-2' }],
    ['fingerprint (added)', { fingerprint }],
  ];

  it.each(editedFields)('an edited %s is found where it happened', (_field, change) => {
    const events = buildChain();
    events[3] = { ...eventAt(events, 3), ...change };
    const problems = expectBroken(events, 'Entry 4 was changed after it was written.');
    expect(problems).toHaveLength(1);
  });

  it('an edited fingerprint (changed or removed) is found', () => {
    for (const changed of [sha256Hex('another document'), null]) {
      const events = buildChain();
      events[6] = { ...eventAt(events, 6), fingerprint: changed };
      expectBroken(events, 'Entry 7 was changed after it was written.');
    }
  });

  it('an edited seq, prevHash or hash is found', () => {
    const changes: Partial<AuditEvent>[] = [
      { seq: 40 },
      { prevHash: sha256Hex('elsewhere') },
      { hash: sha256Hex('elsewhere') },
    ];
    for (const change of changes) {
      const events = buildChain();
      events[4] = { ...eventAt(events, 4), ...change };
      expectBroken(events);
    }
  });

  it('a deleted event in the middle is found, and the gap is named', () => {
    const events = buildChain();
    events.splice(4, 1);
    expectBroken(
      events,
      'Entry 5 is number 6 but 5 was expected: an event is missing before it.',
      'Entry 5 (numbered 6) does not follow the event before it: an event was removed, inserted or moved.',
    );
  });

  it('a deleted first event is found', () => {
    const events = buildChain();
    events.shift();
    expectBroken(events, 'Entry 1 is number 2 but 1 was expected: an event is missing before it.');
  });

  it('a deleted last event leaves a chain that verifies on its own, so it is found only by comparing the head with one recorded elsewhere (the head printed on a PDF)', () => {
    const events = buildChain();
    const headPrintedOnPdf = eventAt(events, 9).hash;
    events.pop();
    const check = verifyAuditChain(events);
    expect(check.intact).toBe(true);
    expect(check.head).not.toBe(headPrintedOnPdf);
    expect(events.some((e) => e.hash === headPrintedOnPdf)).toBe(false);
  });

  it('two events swapped are found as out of order', () => {
    const events = buildChain();
    const [third, seventh] = [eventAt(events, 2), eventAt(events, 6)];
    events[2] = seventh;
    events[6] = third;
    expectBroken(events, 'Entry 3 is number 7 but 3 was expected: 4 events are missing before it.');
    expect(verifyAuditChain(events).problems.join(' ')).toContain('out of order or repeated');
  });

  it('neighbours swapped are found', () => {
    const events = buildChain();
    events.splice(5, 2, eventAt(events, 6), eventAt(events, 5));
    expectBroken(events, 'Entry 7 is number 6 but 8 was expected: events are out of order or repeated.');
  });

  it('an inserted event with a correct hash of its own is found, because what follows no longer links to it', () => {
    const events = buildChain();
    const third = eventAt(events, 2);
    const fake = forged({ ...inputAt(6), seq: 4, prevHash: third.hash });
    events.splice(3, 0, fake);
    expectBroken(
      events,
      'Entry 5 is number 4 but 5 was expected: events are out of order or repeated.',
      'Entry 5 (numbered 4) does not follow the event before it: an event was removed, inserted or moved.',
    );
  });

  it('an inserted event with the whole rest of the chain re-hashed verifies on its own, so it is found only by comparing the head with one recorded elsewhere', () => {
    const events = buildChain();
    const headPrintedOnPdf = eventAt(events, 9).hash;
    const rewritten: AuditEvent[] = events.slice(0, 3);
    for (const input of [inputs[6], ...inputs.slice(3)]) {
      if (input) rewritten.push(nextAuditEvent(rewritten.at(-1) ?? null, input));
    }
    const check = verifyAuditChain(rewritten);
    expect(check.intact).toBe(true);
    expect(check.head).not.toBe(headPrintedOnPdf);
  });

  it('a gap in the numbering is found even when every hash is right', () => {
    const events = buildChain().slice(0, 5);
    const fifth = eventAt(events, 4);
    const skipped = forged({ ...inputAt(5), seq: 8, prevHash: fifth.hash });
    events.push(skipped, nextAuditEvent(skipped, inputAt(6)));
    const problems = expectBroken(
      events,
      'Entry 6 is number 8 but 6 was expected: 2 events are missing before it.',
    );
    expect(problems).toHaveLength(1);
  });

  it('a duplicated event is found as repeated', () => {
    const events = buildChain();
    events.splice(3, 0, eventAt(events, 2));
    expectBroken(events, 'Entry 4 is number 3 but 4 was expected: events are out of order or repeated.');
  });

  it('a line that is not an event is found, and the rest is still checked', () => {
    const notEvents: unknown[] = [
      'garbled text',
      null,
      42,
      [],
      {},
      { ...buildChain()[2], note: 'an extra field' },
      { ...buildChain()[2], seq: 0 },
      { ...buildChain()[2], at: 'yesterday' },
      { ...buildChain()[2], hash: 'ABC' },
      { ...buildChain()[2], action: 'delete' },
    ];
    for (const line of notEvents) {
      const events: unknown[] = buildChain();
      events[2] = line;
      events[7] = { ...buildChain()[7], detail: 'Copy saved to a USB stick' };
      expectBroken(
        events,
        'Entry 3 is not a valid audit event, so it may have been edited.',
        'Entry 8 was changed after it was written.',
      );
    }
  });

  it('an event edited to hold a broken character is reported, not a crash', () => {
    const events = buildChain();
    events[1] = { ...eventAt(events, 1), detail: 'Signed \uD83D' };
    expectBroken(events, 'Entry 2 is not a valid audit event, so it may have been edited.');
  });
});

describe('a log checked from the middle of the chain', () => {
  it('verifies from where the previous part ended', () => {
    const events = buildChain();
    const fourth = eventAt(events, 3);
    expect(verifyAuditChain(events.slice(4), { seq: fourth.seq, hash: fourth.hash })).toEqual({
      intact: true,
      problems: [],
      head: eventAt(events, 9).hash,
      count: 6,
    });
    expect(verifyAuditChain([], { seq: fourth.seq, hash: fourth.hash }).head).toBe(fourth.hash);
  });

  it('finds a part that does not continue from where it is said to start', () => {
    const events = buildChain();
    const fourth = eventAt(events, 3);
    expect(verifyAuditChain(events.slice(4), { seq: fourth.seq, hash: sha256Hex('other') }).problems).toEqual(
      ['Entry 1 (numbered 5) does not follow the event before it: an event was removed, inserted or moved.'],
    );
    expect(verifyAuditChain(events.slice(4), { seq: 3, hash: fourth.hash }).problems).toEqual([
      'Entry 1 is number 5 but 4 was expected: an event is missing before it.',
    ]);
    expect(verifyAuditChain(events.slice(4)).intact).toBe(false);
  });
});

describe('after an entry that cannot be read', () => {
  it('reports the damage once, and carries on checking the events that followed it', () => {
    const events: unknown[] = buildChain();
    events[3] = 'garbled';
    expect(verifyAuditChain(events).problems).toEqual([
      'Entry 4 is not a valid audit event, so it may have been edited.',
    ]);
    events[4] = 'garbled too';
    expect(verifyAuditChain(events).problems).toEqual([
      'Entry 4 is not a valid audit event, so it may have been edited.',
      'Entry 5 is not a valid audit event, so it may have been edited.',
    ]);
  });

  it('checks the link of an event appended after the damage, which continues from the last readable one', () => {
    const events = buildChain().slice(0, 3);
    const appended = nextAuditEvent(eventAt(events, 2), inputAt(3));
    expect(verifyAuditChain([...events, 'garbled', appended]).problems).toEqual([
      'Entry 4 is not a valid audit event, so it may have been edited.',
    ]);
    const misplaced = forged({ ...inputAt(3), seq: 4, prevHash: eventAt(events, 0).hash });
    expect(verifyAuditChain([...events, 'garbled', misplaced]).problems).toContain(
      'Entry 5 (numbered 4) does not follow the event before it: an event was removed, inserted or moved.',
    );
  });

  it('still finds events missing beyond the damaged entry, or out of order after it', () => {
    const events: unknown[] = buildChain();
    events.splice(3, 3, 'garbled');
    expect(verifyAuditChain(events).problems).toEqual([
      'Entry 4 is not a valid audit event, so it may have been edited.',
      'Entry 5 is number 7 but no more than 5 was expected: 2 events are missing before it.',
    ]);
    const reordered: unknown[] = buildChain();
    reordered.splice(3, 1, 'garbled', eventAt(buildChain(), 1));
    expect(verifyAuditChain(reordered).problems).toContain(
      'Entry 5 is number 2 but 4 was expected: events are out of order or repeated.',
    );
  });
});

describe('checking one entry at a time', () => {
  it('gives the same result as checking the whole log, naming entries as asked', () => {
    const events: unknown[] = buildChain();
    events[6] = { ...eventAt(buildChain(), 6), detail: 'Printed twice' };
    const verifier = createChainVerifier({ label: (n) => `Line ${n} of the audit log` });
    const read = events.map((raw, i) => verifier.next(raw, i + 1));
    expect(read.map((event) => event?.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(verifier.result()).toEqual({
      ...verifyAuditChain(events),
      problems: ['Line 7 of the audit log was changed after it was written.'],
    });
    const another = createChainVerifier();
    expect(another.next('garbled', 1)).toBeNull();
    expect(another.result()).toEqual({
      intact: false,
      problems: ['Entry 1 is not a valid audit event, so it may have been edited.'],
      head: genesisHash,
      count: 1,
    });
  });
});
