/**
 * The activity log credits each signature to whoever signed (#12): the appraisee's own
 * signature is theirs (their register id), the countersignature the appraiser's.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { signAppraisal } from '../../../../renderer/actions/signAppraisal';
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import type { AppDatabase } from '../../../../renderer/db/database';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import type { HandlerSetup } from '../../../fixtures/handlerDeps';
import { auditEvents } from '../../handlers/dataFolderState';
import { disposeDatabase, freshDatabase } from '../freshDatabase';
import { appraiseeHoa, appraiserLucja } from '../signingFixtures';
import { connectToMain, homeSettingsIn, personIn } from './rendererWithMain';

let db: AppDatabase;
let main: HandlerSetup;
beforeEach(async () => {
  main = connectToMain({ now: '2026-03-12T14:20:00.000Z' });
  db = freshDatabase();
  await homeSettingsIn(db);
});
afterEach(() => disposeDatabase(db));

it('credits the appraisee’s signature to the appraisee and the countersignature to the appraiser', async () => {
  const staffId = await personIn(db);
  const draft = completeAppraisal({ staffId });
  await db.appraisals.add(toAppraisalRecord(draft));

  await signAppraisal(db, draft.id, appraiseeHoa);
  await signAppraisal(db, draft.id, appraiserLucja);

  const signs = auditEvents(main.dataFolder).filter((event) => event.action === 'sign');
  expect(signs.map((event) => event.actor)).toEqual([`staff:${staffId}`, `appraiser:${draft.id}`]);
});
