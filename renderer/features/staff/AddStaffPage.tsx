/** Adding a member of staff to the register. */
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useNotify } from '../../components/noticeContext';
import { PageHeading } from '../../components/PageHeading';
import { StaffForm } from './StaffForm';
import { useStaffRegister } from './useStaffRegister';

export function AddStaffPage() {
  const staff = useStaffRegister();
  const navigate = useNavigate();
  const notify = useNotify();
  return (
    <>
      <PageHeading title="Add a member of staff" />
      {staff !== undefined && (
        <StaffForm
          member={undefined}
          staff={staff}
          submitLabel="Add to register"
          onSaved={(member) => {
            notify(`Saved ${member.fullName}`, paths.staff);
            void navigate(paths.staff);
          }}
          onCancel={() => {
            void navigate(paths.staff);
          }}
        />
      )}
    </>
  );
}
