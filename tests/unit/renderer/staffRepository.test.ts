import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import type { AppDatabase } from '../../../renderer/db/database';
import { InvalidInputError, RefusedChangeError } from '../../../renderer/db/repositoryErrors';
import {
  addStaff,
  deleteStaff,
  markLeaver,
  updateStaff,
  type StaffSaveResult,
} from '../../../renderer/db/staffRepository';
import { getStaff, listStaff, staffIdsWithAppraisals } from '../../../renderer/db/staffQueries';
import type { StaffRecord } from '../../../renderer/db/records';
import { emptyStaffForm, type StaffFormInput } from '../../../shared/staff/staffMember';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { disposeDatabase, freshDatabase } from './freshDatabase';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

function form(overrides: Partial<StaffFormInput>): StaffFormInput {
  return { ...emptyStaffForm, role: 'Care assistant', startDate: '2024-04-01', ...overrides };
}

function saved(result: StaffSaveResult): StaffRecord {
  if (result.status !== 'saved') throw new Error(`expected a save, got ${result.status}`);
  return result.member;
}

async function add(fullName: string, overrides: Partial<StaffFormInput> = {}): Promise<StaffRecord> {
  return saved(await addStaff(db, form({ fullName, ...overrides })));
}

async function appraisalFor(staffId: string): Promise<void> {
  await db.appraisals.add(toAppraisalRecord(completeAppraisal({ id: crypto.randomUUID(), staffId })));
}

describe('adding staff', () => {
  it('stores a name typed in NFD as NFC and reads it back exactly', async () => {
    const typed = 'Łucja Wąsowska'.normalize('NFD');
    expect(typed).not.toBe('Łucja Wąsowska');
    const member = await add(`  ${typed} `, { preferredName: 'Łucja'.normalize('NFD') });
    const read = await getStaff(db, member.id);
    expect(read?.fullName).toBe('Łucja Wąsowska');
    expect(read?.fullName).toBe('Łucja Wąsowska'.normalize('NFC'));
    expect(read?.preferredName).toBe('Łucja');
    expect(read?.nameKey).toBe('lucja wasowska');
  });

  it('keeps names from many alphabets exactly as typed', async () => {
    const names = [
      'Łucja Wąsowska',
      'Ștefan Țurcanu',
      'Chiamaka Okonkwo-Ìbèkwè',
      'María José Núñez',
      'Nguyễn Thị Hoa',
    ];
    for (const name of names) await add(name);
    const stored = (await listStaff(db)).map((m) => m.fullName);
    expect(stored.sort()).toEqual([...names].sort());
  });

  it('gives each person a random id, empty optional fields and timestamps', async () => {
    const member = await add('María José Núñez');
    expect(member.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(member.leavingDate).toBeNull();
    expect(member.lineManagerId).toBeNull();
    expect(member.createdAt).toBe(member.updatedAt);
  });

  it('refuses invalid input with a message per field and writes nothing', async () => {
    const attempt = addStaff(db, form({ fullName: '  ', role: '', startDate: '' }));
    await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    if (error instanceof InvalidInputError) {
      expect(error.fieldErrors).toEqual({
        fullName: "Enter the person's full name.",
        role: 'Choose a role from the list or type one.',
        startDate: 'Enter the date they started.',
      });
    }
    expect(await db.staff.count()).toBe(0);
  });

  it('refuses a leaving date before the start date and writes nothing', async () => {
    await expect(
      addStaff(db, form({ fullName: 'Nguyễn Thị Hoa', startDate: '2024-04-01', leavingDate: '2024-03-01' })),
    ).rejects.toMatchObject({
      fieldErrors: { leavingDate: 'The leaving date cannot be before the start date.' },
    });
    expect(await db.staff.count()).toBe(0);
  });

  it('warns about a probable duplicate and saves nothing until told to save anyway', async () => {
    const first = await add('Łucja Wąsowska');
    const warned = await addStaff(db, form({ fullName: 'lucja wasowska' }));
    expect(warned).toEqual({
      status: 'probable-duplicates',
      duplicates: [{ member: first, reason: 'same name' }],
    });
    expect(await db.staff.count()).toBe(1);

    const second = saved(await addStaff(db, form({ fullName: 'lucja wasowska' }), { saveAnyway: true }));
    expect(second.id).not.toBe(first.id);
    expect(await db.staff.count()).toBe(2);
  });

  it('accepts an existing line manager and refuses an unknown one', async () => {
    const manager = await add('Ștefan Țurcanu', { role: 'Team leader' });
    const report = await add('Nguyễn Thị Hoa', { lineManagerId: manager.id });
    expect(report.lineManagerId).toBe(manager.id);
    await expect(
      addStaff(db, form({ fullName: 'María José Núñez', lineManagerId: 'nobody' })),
    ).rejects.toMatchObject({
      fieldErrors: { lineManagerId: 'That line manager is no longer on the register. Choose another.' },
    });
    expect(await db.staff.count()).toBe(2);
  });
});

describe('editing staff', () => {
  it('changes the fields and keeps the id and created time', async () => {
    const member = await add('Chiamaka Okonkwo-Ìbèkwè');
    const updated = saved(
      await updateStaff(
        db,
        member.id,
        form({ fullName: 'Chiamaka Okonkwo-Ìbèkwè', preferredName: 'Chi', team: 'Rose Unit' }),
      ),
    );
    expect(updated.id).toBe(member.id);
    expect(updated.createdAt).toBe(member.createdAt);
    expect(await getStaff(db, member.id)).toMatchObject({ preferredName: 'Chi', team: 'Rose Unit' });
  });

  it('writes nothing when the edit is invalid', async () => {
    const member = await add('Ștefan Țurcanu');
    await expect(updateStaff(db, member.id, form({ fullName: '' }))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await getStaff(db, member.id)).toEqual(member);
  });

  it('refuses making someone their own line manager', async () => {
    const member = await add('Ștefan Țurcanu');
    await expect(
      updateStaff(db, member.id, form({ fullName: 'Ștefan Țurcanu', lineManagerId: member.id })),
    ).rejects.toMatchObject({ fieldErrors: { lineManagerId: 'Someone cannot be their own line manager.' } });
    expect((await getStaff(db, member.id))?.lineManagerId).toBeNull();
  });

  it('warns when a new name matches someone else, but not on every edit of a kept duplicate', async () => {
    await add('María José Núñez');
    const other = await add('Maria Nunez');
    const renamed = await updateStaff(db, other.id, form({ fullName: 'Núñez María José' }));
    expect(renamed.status).toBe('probable-duplicates');
    expect((await getStaff(db, other.id))?.fullName).toBe('Maria Nunez');

    const kept = saved(await addStaff(db, form({ fullName: 'Maria Jose Nunez' }), { saveAnyway: true }));
    const edited = await updateStaff(db, kept.id, form({ fullName: 'Maria Jose Nunez', team: 'Kitchen' }));
    expect(edited.status).toBe('saved');
  });

  it('refuses to edit someone who is no longer on the register', async () => {
    await expect(updateStaff(db, 'gone', form({ fullName: 'Nguyễn Thị Hoa' }))).rejects.toBeInstanceOf(
      RefusedChangeError,
    );
    expect(await db.staff.count()).toBe(0);
  });
});

describe('marking a leaver', () => {
  it('records the leaving date and keeps the person', async () => {
    const member = await add('Nguyễn Thị Hoa');
    const left = await markLeaver(db, member.id, '2025-06-30');
    expect(left.leavingDate).toBe('2025-06-30');
    expect((await getStaff(db, member.id))?.leavingDate).toBe('2025-06-30');
    expect(await db.staff.where('leavingDate').below('2025-07-01').count()).toBe(1);
  });

  it('refuses a date that is not real or is before they started', async () => {
    const member = await add('Nguyễn Thị Hoa', { startDate: '2024-04-01' });
    await expect(markLeaver(db, member.id, '2025-02-30')).rejects.toBeInstanceOf(InvalidInputError);
    await expect(markLeaver(db, member.id, '2024-03-31')).rejects.toMatchObject({
      fieldErrors: { leavingDate: 'The leaving date cannot be before they started (01/04/2024).' },
    });
    expect((await getStaff(db, member.id))?.leavingDate).toBeNull();
  });
});

describe('deleting staff', () => {
  it('deletes someone with no appraisal records and unlinks anyone they managed', async () => {
    const manager = await add('Ștefan Țurcanu');
    const report = await add('Łucja Wąsowska', { lineManagerId: manager.id });
    const deleted = await deleteStaff(db, manager.id);
    expect(deleted.fullName).toBe('Ștefan Țurcanu');
    expect(await getStaff(db, manager.id)).toBeUndefined();
    expect((await getStaff(db, report.id))?.lineManagerId).toBeNull();
  });

  it('refuses, in plain English, to delete someone with an appraisal record', async () => {
    const member = await add('Chiamaka Okonkwo-Ìbèkwè');
    await appraisalFor(member.id);
    expect(await staffIdsWithAppraisals(db)).toEqual(new Set([member.id]));
    await expect(deleteStaff(db, member.id)).rejects.toThrow(
      'Chiamaka Okonkwo-Ìbèkwè has 1 appraisal record, so they cannot be deleted: appraisal records must be kept. ' +
        'If they have left, mark them as a leaver instead.',
    );
    expect(await getStaff(db, member.id)).toEqual(member);
  });

  it('leaves line-manager links alone when the delete is refused', async () => {
    const manager = await add('Ștefan Țurcanu');
    const report = await add('Łucja Wąsowska', { lineManagerId: manager.id });
    await appraisalFor(manager.id);
    await appraisalFor(manager.id);
    await expect(deleteStaff(db, manager.id)).rejects.toThrow('has 2 appraisal records');
    expect((await getStaff(db, report.id))?.lineManagerId).toBe(manager.id);
  });
});

describe('listing staff', () => {
  it('lists everyone in name order, accents sorting with their base letter', async () => {
    for (const name of ['Zofia Nowak', 'Łucja Wąsowska', 'Ana Silva', 'Ștefan Țurcanu']) await add(name);
    expect((await listStaff(db)).map((m) => m.fullName)).toEqual([
      'Ana Silva',
      'Łucja Wąsowska',
      'Ștefan Țurcanu',
      'Zofia Nowak',
    ]);
  });

  it('orders names that differ only by accents or case the same way every time', async () => {
    await add('María José Núñez');
    saved(await addStaff(db, form({ fullName: 'maria jose nunez' }), { saveAnyway: true }));
    saved(await addStaff(db, form({ fullName: 'Maria Jose Nunez' }), { saveAnyway: true }));
    expect((await listStaff(db)).map((m) => m.fullName)).toEqual([
      'maria jose nunez',
      'Maria Jose Nunez',
      'María José Núñez',
    ]);
  });
});
