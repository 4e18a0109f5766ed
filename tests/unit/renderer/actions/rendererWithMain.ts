/**
 * The renderer's actions against main's real handlers in the same process: the API object the
 * renderer sees (createApi) over a transport that structured-clones each request, as Electron's
 * IPC does, into `dispatch`. Real Dexie on fake-indexeddb, real files in a temp data folder.
 */
import 'fake-indexeddb/auto';
import { dispatch } from '../../../../electron/handlers/dispatch';
import type { AppDatabase } from '../../../../renderer/db/database';
import { saveSettings } from '../../../../renderer/db/homeSettingsForm';
import { addStaff } from '../../../../renderer/db/staffRepository';
import { createApi } from '../../../../shared/ipcApi';
import type { StaffFormInput } from '../../../../shared/staff/staffMember';
import { handlerSetup, type FakeDepsOptions, type HandlerSetup } from '../../../fixtures/handlerDeps';

let current: HandlerSetup | null = null;

const api = createApi({
  invoke: (channel, request) => {
    if (current === null) throw new Error('connectToMain() first');
    return dispatch(current.handlers, channel, structuredClone(request), { senderTrusted: true });
  },
  subscribe: () => () => undefined,
});
// renderer/api.ts reads the API object from window, as in the app.
Object.assign(globalThis, { window: { careAppraisals: api } });

/** New handlers over a new data folder; the renderer's bridge now reaches them. */
export function connectToMain(options: FakeDepsOptions = {}): HandlerSetup {
  current?.remove();
  current = handlerSetup(options);
  return current;
}

export async function homeSettingsIn(db: AppDatabase): Promise<void> {
  await saveSettings(
    db,
    {
      homeName: 'Willow Bank Care Home',
      address: '14 Orchard Lane, Kendal',
      registeredManager: 'Łucja Wąsowska',
      cqcLocationId: '1-123456789',
      appraisalIntervalMonths: '12',
    },
    null,
  );
}

export async function personIn(db: AppDatabase, form: Partial<StaffFormInput> = {}): Promise<string> {
  const result = await addStaff(
    db,
    {
      fullName: 'Nguyễn Thị Hoa',
      preferredName: '',
      role: 'Senior carer',
      team: 'Nights',
      startDate: '2018-06-01',
      leavingDate: '',
      lineManagerId: '',
      ...form,
    },
    { saveAnyway: true },
  );
  if (result.status !== 'saved') throw new Error('expected the person to be saved');
  return result.member.id;
}
