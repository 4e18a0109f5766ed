/** Editing someone already on the register. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import { useDatabase } from '../../app/databaseContext';
import { paths } from '../../app/paths';
import { useNotify } from '../../components/noticeContext';
import { PageHeading } from '../../components/PageHeading';
import { getStaff } from '../../db/staffQueries';
import { StaffForm } from './StaffForm';
import { useStaffRegister } from './useStaffRegister';

export function EditStaffPage() {
  const { staffId = '' } = useParams();
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const staff = useStaffRegister();
  // `null` once we know the person is not there (deleted, or an old link).
  const member = useLiveQuery(async () => (await getStaff(db, staffId)) ?? null, [db, staffId]);

  if (member === undefined || staff === undefined) return null;
  if (member === null) {
    return (
      <>
        <PageHeading title="Person not found" />
        <p>That person is no longer on the staff register.</p>
        <p>
          <Link to={paths.staff}>Back to the staff register</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={`Edit ${member.fullName}`}>
        <span className="page-heading__context">Edit details</span> {member.fullName}
      </PageHeading>
      <StaffForm
        // A fresh form per person, so its starting values are theirs.
        key={member.id}
        member={member}
        staff={staff}
        submitLabel="Save changes"
        onSaved={(saved) => {
          notify(`Saved ${saved.fullName}`, paths.staff);
          void navigate(paths.staff);
        }}
        onCancel={() => {
          void navigate(paths.staff);
        }}
      />
    </>
  );
}
