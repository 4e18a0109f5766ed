/**
 * The schema version backups are checked against is the renderer's own Dexie version: when
 * database.ts gains a version step, shared/backup/schemaVersion.ts must move with it, or this
 * app would refuse its own new backups (or accept a newer app's).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { currentSchemaVersion } from '../../../shared/backup/schemaVersion';
import { AppDatabase } from '../../../renderer/db/database';

describe('currentSchemaVersion', () => {
  it('is the renderer database’s version', () => {
    const db = new AppDatabase(`schema-${crypto.randomUUID()}`);
    expect(db.verno).toBe(currentSchemaVersion);
    db.close();
  });
});
