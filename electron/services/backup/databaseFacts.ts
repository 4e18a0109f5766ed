/**
 * What main itself reads from a backup's database export (dexie-export-import's JSON): how
 * many people, leavers, appraisals (signed, replaced, drafts) and frameworks it holds, its
 * newest signed record, and every sealed record (id and fingerprint) it names. Parsed as a
 * stream (@streamparser/json), one row at a time, in slices with a turn of the event loop
 * between, so a database of thousands of appraisals never sits whole in memory nor holds main
 * for more than a few milliseconds at a time.
 *
 * The export looks like `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":…,
 * "databaseVersion":N,"tables":[…],"data":[{"tableName":"staff","inbound":true,"rows":[…]},…]}}`.
 * Rows may carry typeson's `$types`; only plain fields are read here, so they are ignored.
 */
import { JSONParser, type ParsedElementInfo } from '@streamparser/json';
import { noCounts, type BackupCounts, type NewestSigned } from '../../../shared/backup/backupContract';
import { documentIdPattern } from '../../../shared/documents/documentId';
import { sha256HexPattern } from '../../../shared/integrity/sha256';

export interface SealedInBackup {
  documentId: string;
  fingerprint: string;
  /** As the record's header names the appraisee (for "which records are missing?"). */
  staffName: string;
}

export interface DatabaseFacts {
  /** The Dexie version the export says it was made from. */
  databaseVersion: number;
  counts: BackupCounts;
  newestSigned: NewestSigned | null;
  sealed: SealedInBackup[];
}

/** The export is not a Dexie export of this app's database, or it is not whole JSON. */
export class DatabaseExportError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DatabaseExportError';
  }
}

export interface DatabaseReader {
  /** The next bytes of the export (UTF-8; a character may be split between calls). */
  write(bytes: Uint8Array): Promise<void>;
  /** Ends the export; throws DatabaseExportError when it was incomplete or not ours. */
  end(): DatabaseFacts;
}

/** Bytes parsed between turns of the event loop (a few milliseconds of work). */
const sliceBytes = 128 * 1024;

const paths = ['$.formatName', '$.data.databaseVersion', '$.data.data.*.tableName', '$.data.data.*.rows.*'];

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function createDatabaseReader(): DatabaseReader {
  const parser = new JSONParser({ paths, keepStack: false });
  let formatName: unknown = undefined;
  let databaseVersion: unknown = undefined;
  let table = '';
  let failure: Error | null = null;
  const counts: BackupCounts = { ...noCounts };
  // Held in an object: TypeScript does not see the callbacks assign it.
  const state: { newest: (NewestSigned & { sealedAt: string }) | null } = { newest: null };
  const sealed: SealedInBackup[] = [];

  function onRow(row: Row): void {
    if (table === 'staff') {
      if (row['leavingDate'] === null || row['leavingDate'] === undefined) counts.staff += 1;
      else counts.leavers += 1;
    } else if (table === 'frameworks') counts.frameworks += 1;
    else if (table === 'appraisals') onAppraisal(row);
  }

  function onAppraisal(row: Row): void {
    counts.appraisals += 1;
    const header = isRow(row['header']) ? row['header'] : {};
    const seal = isRow(row['sealed']) ? row['sealed'] : null;
    if (row['status'] === 'draft') counts.drafts += 1;
    if (seal === null) return;
    const documentId = text(seal['documentId']);
    const fingerprint = text(seal['fingerprint']);
    if (!documentIdPattern.test(documentId) || !sha256HexPattern.test(fingerprint))
      throw new DatabaseExportError('An appraisal in the database has a damaged seal.');
    const staffName = text(header['staffName']).slice(0, 200);
    sealed.push({ documentId, fingerprint, staffName });
    if (row['status'] === 'superseded') counts.replaced += 1;
    if (row['status'] !== 'signed') return;
    counts.signed += 1;
    const meetingDate = text(row['meetingDate']) || text(header['meetingDate']);
    const sealedAt = text(seal['sealedAt']);
    const newest = state.newest;
    if (
      newest === null ||
      meetingDate > newest.meetingDate ||
      (meetingDate === newest.meetingDate && sealedAt > newest.sealedAt)
    )
      state.newest = { staffName, meetingDate: meetingDate.slice(0, 10), documentId, sealedAt };
  }

  parser.onValue = ({ value, key, stack }: ParsedElementInfo) => {
    try {
      if (stack.length === 1 && key === 'formatName') formatName = value;
      else if (stack.length === 2 && key === 'databaseVersion') databaseVersion = value;
      else if (key === 'tableName') table = text(value);
      else if (typeof key === 'number' && isRow(value)) onRow(value);
    } catch (error) {
      failure ??= error as Error;
    }
  };
  parser.onError = (error) => {
    failure ??= error;
  };

  return {
    async write(bytes) {
      for (let start = 0; start < bytes.byteLength; start += sliceBytes) {
        if (failure !== null) break;
        try {
          parser.write(bytes.subarray(start, start + sliceBytes));
        } catch (error) {
          failure ??= error as Error;
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    },
    end() {
      if (failure === null && !parser.isEnded)
        try {
          parser.end();
        } catch (error) {
          failure = error as Error;
        }
      if (failure instanceof DatabaseExportError) throw failure;
      if (failure !== null)
        throw new DatabaseExportError('The database in the backup is not complete, readable JSON.');
      if (formatName !== 'dexie' || typeof databaseVersion !== 'number')
        throw new DatabaseExportError(
          'The database in the backup is not an export of Care Appraisals’ records.',
        );
      const found = state.newest;
      return {
        databaseVersion,
        counts,
        newestSigned:
          found === null
            ? null
            : { staffName: found.staffName, meetingDate: found.meetingDate, documentId: found.documentId },
        sealed,
      };
    },
  };
}
