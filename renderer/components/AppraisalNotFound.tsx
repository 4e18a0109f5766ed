/** The page for an appraisal that is not on this computer (a document or signing address). */
import { Link } from 'react-router';
import { paths } from '../app/paths';
import { PageHeading } from './PageHeading';

export function AppraisalNotFound() {
  return (
    <>
      <PageHeading title="Appraisal not found" />
      <p>
        This appraisal is not on this computer. <Link to={paths.appraisals}>Back to Appraisals</Link>
      </p>
    </>
  );
}
