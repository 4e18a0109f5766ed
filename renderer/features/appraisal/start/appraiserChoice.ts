/**
 * Who is appraising: someone on the register (their register name and role are copied in, so a
 * typo never makes a second appraiser in the records) or someone who is not, typed freely.
 * The record keeps only the name and role, as it always has: a register choice is recognised
 * again by its exact register name.
 */
import { nameKey } from '../../../../shared/staff/names';
import type { StaffMember } from '../../../../shared/staff/staffMember';

/** The list box value of the last choice, "Someone not on the register". */
export const notOnRegister = 'not-on-register';

type Candidate = Pick<StaffMember, 'id' | 'fullName' | 'role'>;

/** What the appraiser fields hold: a staff id, `notOnRegister`, or '' for no choice yet. */
export interface AppraiserValues {
  choice: string;
  name: string;
  role: string;
}

/** Who may appraise this person: anyone active on the register except the appraisee. */
export function appraiserCandidates<T extends Candidate>(active: readonly T[], appraiseeId: string): T[] {
  return active.filter((person) => person.id !== appraiseeId);
}

/** The register person an appraisal names, recognised by their exact register name. */
export function registerAppraiser<T extends Candidate>(
  candidates: readonly T[],
  name: string,
): T | undefined {
  return name === '' ? undefined : candidates.find((person) => person.fullName === name);
}

/** The register person whose name matches a typed name, ignoring case, accents and spacing. */
export function registerPersonNamed<T extends Candidate>(
  candidates: readonly T[],
  typed: string,
): T | undefined {
  const key = nameKey(typed);
  return key === '' ? undefined : candidates.find((person) => nameKey(person.fullName) === key);
}

export function chosenFromRegister(person: Candidate): AppraiserValues {
  return { choice: person.id, name: person.fullName, role: person.role };
}

interface DefaultAppraiserInput {
  candidates: readonly Candidate[];
  /** Settings' registered manager ('' when not set). */
  registeredManager: string;
  /** The appraiser named on the most recent appraisal, or null before the first. */
  lastUsed: { name: string; role: string } | null;
  /** The person being appraised: never offered as their own appraiser. */
  appraiseeName: string;
}

/**
 * The appraiser a new appraisal starts with: the registered manager if they are on the
 * register, else whoever appraised last (from the register if they are on it), else the
 * registered manager typed as in Settings. Never the appraisee.
 */
export function defaultAppraiser(input: DefaultAppraiserInput): AppraiserValues {
  const { candidates, registeredManager, lastUsed } = input;
  const notAppraisee = (name: string) =>
    nameKey(name) !== '' && nameKey(name) !== nameKey(input.appraiseeName);
  const manager = registerPersonNamed(candidates, registeredManager);
  if (manager !== undefined) return chosenFromRegister(manager);
  if (lastUsed !== null && notAppraisee(lastUsed.name)) {
    const last = registerPersonNamed(candidates, lastUsed.name);
    return last === undefined ? { choice: notOnRegister, ...lastUsed } : chosenFromRegister(last);
  }
  if (notAppraisee(registeredManager)) {
    return { choice: notOnRegister, name: registeredManager, role: 'Registered manager' };
  }
  return { choice: '', name: '', role: '' };
}
