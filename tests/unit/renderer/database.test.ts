import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../../renderer/db/database';
import { disposeDatabase, freshDatabase } from './freshDatabase';

let db: AppDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => disposeDatabase(db));

describe('AppDatabase', () => {
  it('opens at version 3 with every table the product needs', async () => {
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'appraisals',
      'auditEvents',
      'frameworks',
      'settings',
      'staff',
    ]);
  });

  it("finds each person's latest signed appraisal by staff, status and meeting date", async () => {
    await db.open();
    expect(db.appraisals.schema.idxByName['[staffId+status+meetingDate]']).toBeDefined();
  });

  it('indexes staff by name key, role, team, leaving date and line manager', async () => {
    await db.open();
    const indexes = db.staff.schema.indexes.map((i) => i.name).sort();
    expect(db.staff.schema.primKey.name).toBe('id');
    expect(indexes).toEqual(['leavingDate', 'lineManagerId', 'nameKey', 'role', 'team']);
  });

  it('can find appraisals by person and status together, and frameworks by id and version', async () => {
    await db.open();
    expect(db.appraisals.schema.idxByName['[staffId+status]']).toBeDefined();
    expect(db.frameworks.schema.idxByName['[frameworkId+version]']).toBeDefined();
    expect(db.auditEvents.schema.primKey.name).toBe('seq');
    expect(db.auditEvents.schema.primKey.auto).toBe(false);
  });

  it('keeps settings under a unique key', async () => {
    await db.open();
    expect(db.settings.schema.primKey.name).toBe('key');
    expect(db.settings.schema.primKey.unique).toBe(true);
  });
});
