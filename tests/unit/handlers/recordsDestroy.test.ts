/** records:destroy with real sealed files: refused within retention, removes the vault files after. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayBeDestroyedFrom } from '../../../shared/staff/retention';
import { actor, appraisalOf, exportSetup } from '../exports/exportSetup';

const request = (today: string, documentIds = ['a1-v1']) => ({
  staffId: 's1',
  documentIds,
  leavingDate: '2020-02-29',
  retentionYears: 6,
  today,
  actor,
});

describe('retention end date', () => {
  it('adds calendar years; 29 February becomes 28 February in a common year', () => {
    expect(mayBeDestroyedFrom('2020-02-29', 6)).toBe('2026-02-28');
    expect(mayBeDestroyedFrom('2020-02-29', 4)).toBe('2024-02-29');
    expect(mayBeDestroyedFrom('2019-07-31', 6)).toBe('2025-07-31');
  });
});

describe('records:destroy', () => {
  it('refuses within retention and names the date, changing nothing', async () => {
    const s = exportSetup();
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10'));
    const before = readdirSync(join(s.dataFolder, 'vault'));
    await expect(s.call('records:destroy', request('2026-02-27'))).rejects.toThrow(
      'may not be destroyed until 28/02/2026',
    );
    expect(readdirSync(join(s.dataFolder, 'vault'))).toEqual(before);
  });

  it("refuses a document that is not this person's", async () => {
    const s = exportSetup();
    await s.seal(appraisalOf('a9', 's9', 'Ștefan Țurcanu', '2019-03-10'));
    await expect(s.call('records:destroy', request('2026-02-28', ['a9-v1']))).rejects.toThrow(
      "not one of this person's records",
    );
  });

  it('removes the files once retention has passed and logs one destroy event without the name', async () => {
    const s = exportSetup();
    await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2019-03-10'));
    await s.seal(appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2019-03-10'));
    expect(await s.call('records:destroy', request('2026-02-28'))).toEqual({ destroyed: 1 });
    const left = readdirSync(join(s.dataFolder, 'vault'));
    expect(left.some((name) => name.startsWith('a1-v1.'))).toBe(false);
    expect(left.filter((name) => name.startsWith('a2-v1.'))).toHaveLength(3);
    const { events } = await s.handlers['audit:list']({ entityIds: ['s1'] });
    expect(events.map((e) => e.action)).toEqual(['destroy']);
    expect(events[0]?.detail).not.toContain('Hoa');
  });
});
