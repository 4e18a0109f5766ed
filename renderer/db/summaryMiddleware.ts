/**
 * Keeps the lists' derived tables in step with `appraisals`, whatever writes it (a repository,
 * a restore, a rebuild, retention):
 * - `appraisalSummaries`: `storedSummaryOf` each stored appraisal;
 * - `latestSigned`: for each person, their latest signed appraisal's compliance facts (with any
 *   others signed on that same meeting date, so the shared tie-break decides), which is all the
 *   dashboard's figure reads.
 * Every read-write transaction that covers `appraisals` also covers both, and each write or
 * delete of appraisals updates them in that same transaction, so all commit or fail together.
 */
import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreRangeType,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import { storedSummaryOf, type StoredSummary } from './appraisalSummary';
import { latestSignedRecordFor, type LatestSignedRecord } from './latestSigned';
import type { AppraisalRecord } from './records';

const appraisalsTable = 'appraisals';
const summariesTable = 'appraisalSummaries';
const latestSignedTable = 'latestSigned';
const derived = [summariesTable, latestSignedTable];

// Dexie declares its range types as an ambient const enum, which isolated modules cannot read.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- Range is 2 in Dexie's enum
const keyRange: DBCoreRangeType.Range = 2;

/** Upgrades from before the derived tables existed run without them; version 5 builds them all. */
function coversDerived(trans: unknown): boolean {
  if (typeof trans !== 'object' || trans === null) return false;
  const names: unknown = Reflect.get(trans, 'objectStoreNames');
  if (typeof names !== 'object' || names === null) return false;
  const contains: unknown = Reflect.get(names, 'contains');
  return typeof contains === 'function' && Reflect.apply(contains, names, [latestSignedTable]) === true;
}

/** Dexie types stored values as any; these are appraisals as the appraisals table holds them. */
function appraisalsIn(values: readonly unknown[]): readonly AppraisalRecord[] {
  return values as readonly AppraisalRecord[];
}

function failed(res: DBCoreMutateResponse, trans: DBCoreTransaction): void {
  if (res.numFailures === 0) return;
  trans.abort();
  throw Object.values(res.failures)[0] ?? new Error('A summary of the appraisals could not be saved.');
}

/**
 * Derived rows, read and written in the appraisals' transaction. Written as `.then` chains of
 * Dexie's own promises, not async/await: Dexie's lower layers find the transaction through its
 * zone, which only its promises carry from one step to the next.
 */
class DerivedTables {
  constructor(
    private readonly down: DBCore,
    private readonly trans: DBCoreTransaction,
  ) {}

  private get summaries(): DBCoreTable {
    return this.down.table(summariesTable);
  }

  /** The summaries a write replaces or deletes, read before it (requests run in order). */
  summariesBefore(req: DBCoreMutateRequest): Promise<StoredSummary[]> {
    const { trans } = this;
    const present = (rows: (StoredSummary | undefined)[]) =>
      rows.filter((row): row is StoredSummary => row !== undefined);
    switch (req.type) {
      case 'add':
        return Dexie.Promise.resolve([]);
      case 'put': {
        const records = appraisalsIn(req.values);
        return this.summaries.getMany({ trans, keys: records.map((record) => record.id) }).then(present);
      }
      case 'delete':
        return this.summaries.getMany({ trans, keys: req.keys }).then(present);
      case 'deleteRange': {
        const index = this.summaries.schema.primaryKey;
        return this.summaries
          .query({ trans, values: true, query: { index, range: req.range } })
          .then(({ result }: { result: StoredSummary[] }) => result);
      }
    }
  }

  writeSummaries(req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<void> {
    const { trans } = this;
    let write: DBCoreMutateRequest;
    if (req.type === 'add' || req.type === 'put') {
      const records = appraisalsIn(req.values);
      const written = records.filter((_, i) => !(i in res.failures));
      if (written.length === 0) return Dexie.Promise.resolve();
      write = { type: 'put', trans, values: written.map(storedSummaryOf) };
    } else if (req.type === 'delete') {
      write = { type: 'delete', trans, keys: req.keys };
    } else {
      // Both tables are keyed by the appraisal's id, so the same key range names the same rows.
      write = { type: 'deleteRange', trans, range: req.range };
    }
    return this.summaries.mutate(write).then((result) => failed(result, trans));
  }

  /** Recomputes each named person's row from their signed summaries, as they now stand. */
  writeLatestSigned(staffIds: ReadonlySet<string>): Promise<void> {
    const { down, trans } = this;
    const index = this.summaries.schema.getIndexByKeyPath(['staffId', 'status', 'meetingDate']);
    if (index === undefined) throw new Error('The appraisal summaries have lost their index by person.');
    const reads = [...staffIds].map((staffId) =>
      this.summaries
        .query({
          trans,
          values: true,
          // This person's signed appraisals; an empty meeting date is not in the index.
          query: {
            index,
            range: {
              type: keyRange,
              lower: [staffId, 'signed', down.MIN_KEY],
              upper: [staffId, 'signed', down.MAX_KEY],
            },
          },
        })
        .then(({ result }: { result: StoredSummary[] }) => ({
          staffId,
          latest: latestSignedRecordFor(staffId, result),
        })),
    );
    return Dexie.Promise.all(reads).then((rows) => {
      const table = down.table(latestSignedTable);
      const puts: LatestSignedRecord[] = rows.flatMap((row) => row.latest ?? []);
      const deletes = rows.filter((row) => row.latest === null).map((row) => row.staffId);
      const putting =
        puts.length === 0
          ? Dexie.Promise.resolve()
          : table.mutate({ type: 'put', trans, values: puts }).then((r) => failed(r, trans));
      return putting.then(() =>
        deletes.length === 0
          ? undefined
          : table.mutate({ type: 'delete', trans, keys: deletes }).then((r) => failed(r, trans)),
      );
    });
  }
}

function withDerivedTables(appraisals: DBCoreTable, down: DBCore): DBCoreTable {
  return {
    ...appraisals,
    mutate(req) {
      if (!coversDerived(req.trans)) return appraisals.mutate(req);
      const derived = new DerivedTables(down, req.trans);
      // Who a write may change: the people the rows named before, and the people they name now.
      const before = derived.summariesBefore(req);
      const written = appraisals.mutate(req);
      return Dexie.Promise.all([before, written]).then(([replaced, res]) => {
        const staff = new Set(replaced.map((summary) => summary.staffId));
        if (req.type === 'add' || req.type === 'put') {
          const records = appraisalsIn(req.values);
          for (const record of records) staff.add(record.staffId);
        }
        return derived
          .writeSummaries(req, res)
          .then(() => derived.writeLatestSigned(staff))
          .then(() => res);
      });
    },
  };
}

export const summaryMiddleware = {
  stack: 'dbcore',
  name: 'appraisalSummaries',
  create(down: DBCore): Partial<DBCore> {
    return {
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' && stores.includes(appraisalsTable)
            ? [...new Set([...stores, ...derived])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === appraisalsTable ? withDerivedTables(table, down) : table;
      },
    };
  },
} satisfies Middleware<DBCore>;
