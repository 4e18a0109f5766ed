/**
 * A typed appraiser's name that is someone on the register (spelt another way): offer to choose
 * them, so the records list them under one name instead of two.
 */
import type { StaffRecord } from '../../../db/records';

interface RegisterMatchNoteProps {
  person: StaffRecord | undefined;
  onChoose: (person: StaffRecord) => void;
}

export function RegisterMatchNote({ person, onChoose }: RegisterMatchNoteProps) {
  return (
    <div aria-live="polite">
      {person !== undefined && (
        <div className="notice">
          <p>
            <strong>{person.fullName}</strong> ({person.role}) is on the staff register. Choose them from the
            register so their name is written the same way on every record.
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onChoose(person)}
          >
            Choose {person.fullName} from the register
          </button>
        </div>
      )}
    </div>
  );
}
