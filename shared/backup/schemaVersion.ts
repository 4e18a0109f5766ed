/**
 * The newest database schema this version of the app can open: the renderer's Dexie version
 * (renderer/db/database.ts, its last `version(n)` step). A backup whose `schemaVersion` is
 * higher was made by a newer version of the app and is refused. When database.ts gains a
 * `version(n + 1)` step this number moves with it; tests/unit/backup/schemaVersion.test.ts
 * fails until it does.
 */
export const currentSchemaVersion = 5;
