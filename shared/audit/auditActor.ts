/**
 * Who an audit event names as having done something, by id, never by name:
 * - `registered-manager`: the home's registered manager (home-wide work: packs, checks, settings);
 * - `staff:<id>`: a person on the staff register;
 * - `appraiser:<appraisalId>`: the appraiser named on that appraisal (who may not be on the register);
 * - `app`: Care Appraisals itself (repairs and checks it makes on its own).
 * The screens turn an id back into a name from the register, the settings or the appraisal.
 */
import { z } from 'zod';

export const registeredManagerActor = 'registered-manager';
export const appActor = 'app';

const idPart = '[A-Za-z0-9][A-Za-z0-9_-]{0,79}';
const actorRefPattern = new RegExp(`^(?:registered-manager|app|staff:${idPart}|appraiser:${idPart})$`);

export const actorRefSchema = z.string().regex(actorRefPattern, { error: 'is not a known kind of actor' });
export type ActorRef = z.infer<typeof actorRefSchema>;

export function appraiserActor(appraisalId: string): ActorRef {
  return `appraiser:${appraisalId}`;
}

/** A person on the register acting for themselves (the appraisee signing their own appraisal). */
export function staffActor(staffId: string): ActorRef {
  return `staff:${staffId}`;
}

type ParsedActor =
  | { kind: 'registered-manager' }
  | { kind: 'app' }
  | { kind: 'staff'; staffId: string }
  | { kind: 'appraiser'; appraisalId: string }
  /** A log written before events carried ids names the person as text. */
  | { kind: 'name'; name: string };

function parseActor(actor: string): ParsedActor {
  if (!actorRefPattern.test(actor)) return { kind: 'name', name: actor };
  if (actor === registeredManagerActor) return { kind: 'registered-manager' };
  if (actor === appActor) return { kind: 'app' };
  const [kind, id = ''] = actor.split(/:(.*)/s);
  return kind === 'staff' ? { kind: 'staff', staffId: id } : { kind: 'appraiser', appraisalId: id };
}

/** What the screens know to turn an actor id into a name. */
export interface ActorNames {
  registeredManager: string | null;
  staffName(staffId: string): string | null;
  appraiserName(appraisalId: string): string | null;
}

export function describeActor(actor: string, names: ActorNames): string {
  const parsed = parseActor(actor);
  switch (parsed.kind) {
    case 'registered-manager':
      return names.registeredManager ?? 'Registered manager';
    case 'app':
      return 'Care Appraisals';
    case 'staff':
      return names.staffName(parsed.staffId) ?? 'Someone no longer on the register';
    case 'appraiser':
      return names.appraiserName(parsed.appraisalId) ?? 'The appraiser';
    case 'name':
      return parsed.name;
  }
}
