/**
 * The header step's appraiser: chosen from the active staff (the appraisee left out), or typed
 * for someone not on the register. A register choice copies the register's exact name and role;
 * the role may be changed for this appraisal. The record keeps only the name and role, so a
 * register choice is recognised again by its exact register name (older drafts included).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AppraisalHeader } from '../../../../shared/appraisal/appraisal';
import { headerAnchor } from '../../../../shared/appraisal/anchors';
import { nameKey } from '../../../../shared/staff/names';
import { isActiveOn } from '../../../../shared/staff/activeOn';
import { useDatabase } from '../../../app/databaseContext';
import { FormField } from '../../../components/FormField';
import type { StaffRecord } from '../../../db/records';
import { listStaff } from '../../../db/staffQueries';
import { TextField } from '../fields/TextField';
import { AppraiserChooser } from '../start/AppraiserChooser';
import {
  appraiserCandidates,
  notOnRegister,
  registerAppraiser,
  registerPersonNamed,
} from '../start/appraiserChoice';
import { RegisterMatchNote } from '../start/RegisterMatchNote';

interface HeaderAppraiserProps {
  header: AppraisalHeader;
  appraiseeId: string;
  today: string;
  onChange: (appraiser: Partial<Pick<AppraisalHeader, 'appraiserName' | 'appraiserRole'>>) => void;
}

export function HeaderAppraiser(props: HeaderAppraiserProps) {
  const db = useDatabase();
  const staff = useLiveQuery(() => listStaff(db), [db]);
  // The chooser starts from the register as it is, so it waits for it.
  if (staff === undefined) return null;
  const active = staff.filter((member) => isActiveOn(member, props.today));
  return <AppraiserWithRegister {...props} candidates={appraiserCandidates(active, props.appraiseeId)} />;
}

function AppraiserWithRegister({
  header,
  candidates,
  onChange,
}: HeaderAppraiserProps & { candidates: readonly StaffRecord[] }) {
  const onRegister = registerAppraiser(candidates, header.appraiserName);
  // Typing a name that happens to be a register name keeps the typed fields open.
  const [typed, setTyped] = useState(onRegister === undefined);
  const choice = typed || onRegister === undefined ? notOnRegister : onRegister.id;

  const choose = (next: string) => {
    const person = candidates.find((p) => p.id === next);
    if (person !== undefined) {
      setTyped(false);
      onChange({ appraiserName: person.fullName, appraiserRole: person.role });
    } else if (!typed) {
      // From a register choice to a typed one: the register's name and role are not theirs.
      setTyped(true);
      onChange({ appraiserName: '', appraiserRole: '' });
    }
  };
  const nameIsAppraisee =
    typed &&
    nameKey(header.appraiserName) !== '' &&
    nameKey(header.appraiserName) === nameKey(header.staffName);

  return (
    <>
      <AppraiserChooser id="header-appraiserChoice" people={candidates} value={choice} onChoose={choose} />
      {choice === notOnRegister && (
        <>
          <FormField
            id={headerAnchor('appraiserName')}
            label="Appraiser's name"
            hint="Who is carrying out the appraisal, as it should appear on the record."
            error={nameIsAppraisee ? `${header.staffName} cannot appraise themselves.` : undefined}
          >
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                maxLength={120}
                value={header.appraiserName}
                onChange={(event) => onChange({ appraiserName: event.target.value })}
              />
            )}
          </FormField>
          <RegisterMatchNote
            person={registerPersonNamed(candidates, header.appraiserName)}
            onChoose={(person) => choose(person.id)}
          />
        </>
      )}
      <TextField
        id={headerAnchor('appraiserRole')}
        label="Appraiser's role"
        hint={
          choice === notOnRegister
            ? undefined
            : 'From the staff register. Change it if it is different for this appraisal.'
        }
        value={header.appraiserRole}
        maxLength={80}
        onChange={(appraiserRole) => onChange({ appraiserRole })}
      />
    </>
  );
}
