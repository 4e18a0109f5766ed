/**
 * Confirms deleting someone added by mistake. Focus starts on Cancel, the safe choice; the
 * repository refuses if they have appraisal records, and the reason is shown here.
 */
import { useRef, useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useNotify } from '../../components/noticeContext';
import { useDatabase } from '../../app/databaseContext';
import type { StaffRecord } from '../../db/records';
import { RefusedChangeError } from '../../db/repositoryErrors';
import { deleteStaff } from '../../db/staffRepository';

export function DeleteStaffDialog({ member, onClose }: { member: StaffRecord; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function confirm() {
    setDeleting(true);
    try {
      const deleted = await deleteStaff(db, member.id);
      notify(`Deleted ${deleted.fullName} from the staff register`);
      onClose();
    } catch (caught) {
      setDeleting(false);
      setError(
        caught instanceof RefusedChangeError
          ? caught.message
          : 'Something went wrong and nothing was deleted. Please try again.',
      );
    }
  }

  return (
    <Dialog title={`Delete ${member.fullName}?`} onCancel={onClose} initialFocusRef={cancelRef}>
      <p>
        This removes <strong>{member.fullName}</strong> from the staff register for good. Only do this if they
        were added by mistake.
      </p>
      <p>If they have left, cancel and mark them as a leaver instead, so their details are kept.</p>
      {error !== null && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={deleting || error !== null}
          onClick={() => {
            void confirm();
          }}
        >
          Delete {member.fullName}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
