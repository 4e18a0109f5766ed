import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // dexie-export-import reads `self` as it loads, and reads Blobs with FileReader: every test
    // file that reaches the backup actions (even through destroyLeaverRecords) needs both.
    setupFiles: ['tests/unit/renderer/backup/browserBlobs.ts'],
    testTimeout: 60_000,
  },
});
