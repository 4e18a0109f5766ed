/**
 * A pack of enough records that every buffer in its making fills and is reused (records kept
 * from the catalogue's read, the ZIP's writes, the deflater's pieces, the read pool): it checks
 * intact with the app's own checker, passes Info-ZIP's `unzip -t`, leaves only itself behind,
 * and a subject access bundle from the same vault checks intact too.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedVault } from '../../bench/seedVault';
import { actor, compliance, exportSetup, home, preparedBy, staffOf } from './exportSetup';

const documents = 40;

describe('a pack of many records', () => {
  it('checks intact, passes unzip -t and leaves no temp file', { timeout: 120_000 }, async () => {
    const s = exportSetup({ now: '2026-11-28T12:00:00.000Z' });
    await seedVault(s.dataFolder, documents, () => s.deps.now());

    const pack = await s.call('export:inspectionPack', {
      jobId: 'job-scale-01',
      from: '2026-01-01',
      to: '2026-12-31',
      home,
      logo: null,
      compliance,
      preparedBy,
      actor,
    });
    expect(pack).toMatchObject({ outcome: 'saved', documents });
    if (pack.outcome !== 'saved') return;
    const bundle = await s.call('export:subjectAccess', {
      jobId: 'job-scale-02',
      staff: staffOf('staff-7', 'Ștefan Țurcanu'),
      home,
      preparedBy,
      actor,
    });
    expect(bundle).toMatchObject({ outcome: 'saved', documents: 1 });
    if (bundle.outcome !== 'saved') return;
    expect(readdirSync(s.savedFolder).sort()).toEqual([pack.fileName, bundle.fileName].sort());

    for (const fileName of [pack.fileName, bundle.fileName]) {
      const path = join(s.savedFolder, fileName);
      expect(execFileSync('unzip', ['-t', path], { encoding: 'utf8' })).toContain('No errors detected');
      s.openAnswers.push(path);
      const check = await s.call('export:verifyPack', { actor });
      expect(check).toMatchObject({ chosen: true, intact: true, problems: [] });
    }
  });
});
