/**
 * Every IPC channel, fuzzed through `dispatch` as a compromised or buggy window would call it:
 * random values, a valid request with one part broken (removed, retyped, over-long, a path
 * trick, a prototype key), and extra keys. Whatever arrives, main answers with a plain
 * refusal or a reply its contract allows, never writes outside the data folder (or the folder
 * the manager chose in a save dialog), and the audit chain still verifies afterwards.
 *
 * The seed is fixed so CI is repeatable; FUZZ_SEED and FUZZ_RUNS explore further by hand.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ipcChannels, type Channel, type RequestOf } from '../../../shared/ipc';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';

const seed = Number(process.env['FUZZ_SEED'] ?? 20261130);
const runs = Number(process.env['FUZZ_RUNS'] ?? 100);
const escapeMarker = `fuzz-escape-${seed}`;

// Three levels deep, so a path trick of a few `..` lands somewhere this test can see.
const root = mkdtempSync(join(tmpdir(), 'channel-fuzz-'));
const dataFolder = join(root, 'a', 'b', 'data');
const savedFolder = join(root, 'a', 'b', 'saved');
mkdirSync(dataFolder, { recursive: true });
mkdirSync(savedFolder, { recursive: true });
const setup = handlerSetup({ dataFolder, savedFolder });

const document = sampleDocument();
const staff = {
  id: document.appraisal.staffId,
  fullName: 'Nguyễn Thị Hoa',
  preferredName: 'Hoa',
  role: 'Senior carer',
  team: 'Nights',
  startDate: '2021-06-01',
  leavingDate: null,
  lineManagerId: null,
  createdAt: '2021-06-01T09:00:00.000Z',
  updatedAt: '2021-06-01T09:00:00.000Z',
};
const home = { name: 'Willow Bank Care Home', address: '14 Orchard Lane', cqcLocationId: '1-123456789' };
const compliance = {
  asOf: '2026-03-12',
  rows: [],
  counts: { active: 0, inDate: 0, dueSoon: 0, overdue: 0, neverAppraised: 0 },
  completionPercent: 0,
};
const actor = 'registered-manager';
const p12 = readFileSync(new URL('../../fixtures/p12/openssl3-aes256.p12', import.meta.url));

/** One valid request per channel: the shape every mutation starts from. */
const validRequests: { [C in Channel]: RequestOf<C> } = {
  'app:info': undefined,
  'app:startupCheck': undefined,
  'links:openExternal': { url: 'https://www.cqc.org.uk/guidance-providers' },
  'files:saveTextAs': { suggestedName: 'Register.csv', kind: 'csv', text: 'Name\r\nHoa\r\n' },
  'documents:seal': { document, logo: null, actor: `appraiser:${document.appraisal.id}` },
  'documents:renderDraft': { document: { ...document, sealedAt: null }, logo: null },
  'documents:sealState': { documentIds: [document.documentId] },
  'documents:readSealed': { documentId: document.documentId },
  'documents:open': { documentId: document.documentId, expectedFingerprint: 'a'.repeat(64), actor },
  'documents:print': { documentId: document.documentId, kind: 'sealed', actor },
  'documents:saveCopy': { documentId: document.documentId, kind: 'sealed', suggestedName: 'Copy.pdf', actor },
  'documents:openInReader': {
    documentId: document.documentId,
    kind: 'sealed',
    suggestedName: 'Copy.pdf',
    actor,
  },
  'audit:record': { event: { action: 'create', appraisalId: document.appraisal.id, version: 1 }, actor },
  'audit:list': { entityIds: [document.appraisal.id] },
  'audit:verify': { actor },
  'export:inspectionPack': {
    jobId: 'fuzzjob-0001',
    from: '2026-01-01',
    to: '2026-12-31',
    home,
    logo: null,
    compliance,
    preparedBy: 'Łucja Wąsowska',
    actor,
  },
  'export:subjectAccess': { jobId: 'fuzzjob-0002', staff, home, preparedBy: 'Łucja Wąsowska', actor },
  'export:cancel': { jobId: 'fuzzjob-0001' },
  'export:verifyPack': { actor },
  'records:facts': undefined,
  'records:setLeavingDate': { staffId: staff.id, leavingDate: '2026-03-01', actor },
  'records:setRetentionYears': { years: 6, actor },
  'records:destroy': { staffId: staff.id, actor },
  'backup:status': undefined,
  'backup:list': undefined,
  'backup:begin': { jobId: 'fuzzjob-0003', reason: 'manual', schemaVersion: 4, actor },
  'backup:writeChunk': { jobId: 'fuzzjob-0003', text: '{"formatName":"dexie"' },
  'backup:finish': { jobId: 'fuzzjob-0003', actor },
  'backup:cancel': { jobId: 'fuzzjob-0003' },
  'backup:chooseFile': undefined,
  'backup:check': { backupId: 'this-pc:care-appraisals-backup.zip' },
  'backup:readDatabase': { backupId: 'this-pc:care-appraisals-backup.zip', offset: 0 },
  'backup:restored': { backupId: 'this-pc:care-appraisals-backup.zip', safetyBackupId: null, actor },
  'backup:chooseFolder': { actor },
  'backup:copyOff': { backupId: 'this-pc:care-appraisals-backup.zip', actor },
  'rebuild:readSealed': { after: null, limit: 50 },
  'rebuild:finished': { actor },
  'signing:status': undefined,
  'signing:newCertificate': { home: { name: home.name, cqcLocationId: home.cqcLocationId }, actor },
  'signing:importP12': {
    fileName: 'Document signing.p12',
    base64: p12.toString('base64'),
    password: 'test-password',
    actor,
  },
};

/** Strings a hostile window would try: path tricks, control characters, far too much text. */
const nastyString = fc.oneof(
  fc.constantFrom(
    `../../../../${escapeMarker}`,
    `..\\..\\..\\..\\${escapeMarker}`,
    `/tmp/${escapeMarker}`,
    `C:\\Windows\\${escapeMarker}`,
    `${escapeMarker}\u0000.pdf`,
    '__proto__',
    'constructor',
    '',
    ' ',
    'x'.repeat(200_001),
    '\u202e\u0000\r\n',
    'registered-manager',
    'app',
    '2000-01-01',
  ),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);
const nastyValue = fc.oneof(
  nastyString,
  fc.constantFrom(null, undefined, true, 0, -1, 1e308, Number.NaN, [], {}),
  fc.integer(),
  fc.array(nastyString, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'x'), nastyString, {
    maxKeys: 3,
  }),
);

type Path = (string | number)[];

/** Every place inside a value where a mutation can land. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  if (typeof value === 'object' && value !== null)
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return [prefix];
}

function mutate(
  value: unknown,
  path: Path,
  change: 'replace' | 'remove' | 'add-key',
  replacement: unknown,
): unknown {
  const [head, ...rest] = path;
  if (head === undefined) {
    if (change === 'add-key' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // defineProperty, so a key named __proto__ is a real own key, as JSON.parse would give it.
      const copy: Record<string, unknown> = { ...value };
      Object.defineProperty(copy, '__proto__', {
        value: replacement,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      copy['unexpected'] = replacement;
      return copy;
    }
    return change === 'remove' ? undefined : replacement;
  }
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[Number(head)] = mutate(copy[Number(head)], rest, change, replacement);
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const key = String(head);
    const next = mutate((value as Record<string, unknown>)[key], rest, change, replacement);
    // Rebuilt without the key when it is removed, as a window leaving a field out would send it.
    return Object.fromEntries([
      ...Object.entries(value).filter(([name]) => name !== key),
      ...(next === undefined ? [] : [[key, next] as const]),
    ]);
  }
  return value;
}

function requestsFor(channel: Channel): fc.Arbitrary<unknown> {
  const valid: unknown = validRequests[channel];
  const paths = pathsOf(valid);
  const mutated = fc
    .tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'add-key'), nastyValue)
    .map(([path, change, replacement]) => mutate(valid, path, change, replacement));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(valid) },
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
    { weight: 1, arbitrary: nastyValue },
  );
}

/** Every file and folder under `folder`, relative to it. */
function walk(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? [name, ...walk(path).map((inner) => join(name, inner))] : [name];
  });
}

const tally = new Map<string, { answered: number; refused: number }>();

afterAll(() => {
  const lines = [...tally].map(
    ([channel, { answered, refused }]) => `${channel}: ${answered} answered, ${refused} refused`,
  );
  console.info(`Channel fuzz (seed ${seed}, ${runs} runs per channel):\n${lines.join('\n')}`);
  setup.remove();
});

describe('every channel, fuzzed through dispatch', () => {
  for (const channel of Object.keys(ipcChannels) as Channel[]) {
    it(`${channel}: a refusal in plain English or a reply the contract allows`, async () => {
      setup.errors.length = 0;
      const count = { answered: 0, refused: 0 };
      tally.set(channel, count);
      await fc.assert(
        fc.asyncProperty(requestsFor(channel), async (payload) => {
          const reply = await setup.reply(channel, payload);
          if (reply.ok) {
            count.answered += 1;
            expect(ipcChannels[channel].response.safeParse(reply.value).success).toBe(true);
          } else {
            count.refused += 1;
            expect(reply.error.message).toMatch(/^[A-Z"].{10,}/s);
            expect(reply.error.message).not.toMatch(/at .+\(.+:\d+:\d+\)|TypeError|ENOENT: no such/);
          }
          expect(setup.errors, 'an unexpected failure inside a handler').toEqual([]);
        }),
        { seed, numRuns: runs, endOnFailure: true },
      );
    });
  }

  it('touched nothing outside the data folder, the chosen save folder and the PDF reader copies', () => {
    expect(readdirSync(root)).toEqual(['a']);
    expect(readdirSync(join(root, 'a'))).toEqual(['b']);
    const readerCopies = setup.deps.readerCopiesFolder;
    expect(relative(join(root, 'a', 'b'), readerCopies)).toBe('saved-reader-copies');
    expect(
      readdirSync(join(root, 'a', 'b'))
        .filter((name) => name !== 'saved-reader-copies')
        .sort(),
    ).toEqual(['data', 'saved']);
    expect(walk(root).filter((path) => path.includes(escapeMarker))).toEqual([]);
    // Four `..` from the data folder reach the system's temp folder itself.
    expect(readdirSync(tmpdir()).filter((name) => name.includes(escapeMarker))).toEqual([]);
    // What the save dialog was given is always a plain file name inside the chosen folder.
    for (const saved of readdirSync(savedFolder))
      expect(relative(savedFolder, join(savedFolder, saved))).toBe(saved);
    expect(existsSync(join(dataFolder, 'audit', 'audit-log.jsonl'))).toBe(true);
  });

  it('leaves an audit chain that verifies', async () => {
    const check = await setup.handlers['audit:verify']({ actor });
    expect(check.problems).toEqual([]);
    expect(check.intact).toBe(true);
  });
});
