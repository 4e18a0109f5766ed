/**
 * A main process for the backup channels that keeps nothing: it counts the pieces of the export
 * it is sent, so a test measures the renderer's side of a backup alone. Other channels refuse.
 */
import { createApi } from '../../../../shared/ipcApi';
import type { BackupSummary } from '../../../../shared/backup/backupContract';

export interface Received {
  pieces: number;
  characters: number;
  longestPiece: number;
}

export function countingMain(): { received: Received } {
  const received: Received = { pieces: 0, characters: 0, longestPiece: 0 };
  const summary: BackupSummary = {
    backupId: 'this-pc:counted.zip',
    fileName: 'counted.zip',
    createdAt: '2026-03-12T14:00:00.000Z',
    reason: 'manual',
    bytes: 0,
    schemaVersion: 4,
    appVersion: '0.1.0',
    counts: { staff: 0, leavers: 0, appraisals: 0, signed: 0, replaced: 0, drafts: 0, frameworks: 0 },
    newestSigned: null,
    sealedRecords: 0,
    verified: true,
    problems: [],
    location: 'this-pc',
  };
  const replies: Partial<Record<string, (request: unknown) => unknown>> = {
    'backup:begin': () => ({ started: true }),
    'backup:writeChunk': (request) => {
      const { text } = request as { text: string };
      received.pieces += 1;
      received.characters += text.length;
      received.longestPiece = Math.max(received.longestPiece, text.length);
      return { bytes: received.characters };
    },
    'backup:finish': () => ({
      outcome: 'saved',
      backup: { ...summary, bytes: received.characters },
      warning: null,
    }),
    'backup:cancel': () => ({ cancelling: true }),
  };
  const api = createApi({
    invoke: (channel, request) => {
      const reply = replies[channel];
      return Promise.resolve(
        reply === undefined
          ? { ok: false, error: { code: 'failed', message: `${channel} is not part of this test.` } }
          : { ok: true, value: reply(request) },
      );
    },
    subscribe: () => () => undefined,
  });
  Object.assign(globalThis, { window: { careAppraisals: api } });
  return { received };
}
