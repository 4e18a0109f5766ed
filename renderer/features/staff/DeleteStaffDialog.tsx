/**
 * Confirms deleting someone added by mistake. The repository refuses if they have appraisal
 * records, and the reason is shown in the dialog.
 */
import { ConfirmActionDialog } from '../../components/ConfirmActionDialog';
import { useNotify } from '../../components/noticeContext';
import { useDatabase } from '../../app/databaseContext';
import type { StaffRecord } from '../../db/records';
import { deleteStaff } from '../../db/staffRepository';

export function DeleteStaffDialog({ member, onClose }: { member: StaffRecord; onClose: () => void }) {
  const db = useDatabase();
  const notify = useNotify();

  return (
    <ConfirmActionDialog
      title={`Delete ${member.fullName}?`}
      confirmLabel={`Delete ${member.fullName}`}
      danger
      fallbackMessage="Something went wrong and nothing was deleted. Please try again."
      action={async () => {
        const deleted = await deleteStaff(db, member.id);
        notify(`Deleted ${deleted.fullName} from the staff register`);
        onClose();
      }}
      onClose={onClose}
    >
      <p>
        This removes <strong>{member.fullName}</strong> from the staff register for good. Only do this if they
        were added by mistake.
      </p>
      <p>If they have left, cancel and mark them as a leaver instead, so their details are kept.</p>
    </ConfirmActionDialog>
  );
}
