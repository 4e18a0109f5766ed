/** Shown for an address naming a version that is not here (discarded, or an old link). */
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';

export function NotFound() {
  return (
    <>
      <PageHeading title="Framework version not found" />
      <p>That framework version is not on this computer. It may have been a draft that was discarded.</p>
      <p>
        <Link to={paths.framework}>Back to the framework</Link>
      </p>
    </>
  );
}
