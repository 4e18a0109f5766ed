/**
 * What an amendment changes from the signed version it replaces: which version and date, the
 * reason, and each change. Shown on the ready step and the signing screen in the same words the
 * amended PDF prints (shared/appraisal/amendmentChanges), so the appraisee signs knowing what
 * changed. Shows nothing for an original appraisal.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { amendmentChanges, amendmentHeading, reasonOnlyNote } from '../../shared/appraisal/amendmentChanges';
import type { Framework } from '../../shared/framework/frameworkSchema';
import { useDatabase } from '../app/databaseContext';
import { getAppraisal } from '../db/appraisalRepository';
import { getFrameworkVersion } from '../db/frameworkRepository';
import './amendmentChanges.css';

interface AmendmentChangesProps {
  appraisal: Appraisal;
  /** The framework the amendment pins; null while it is not on this computer. */
  framework: Framework | null;
  headingLevel: 2 | 3;
}

export function AmendmentChanges({ appraisal, framework, headingLevel }: AmendmentChangesProps) {
  const db = useDatabase();
  const { supersedesId } = appraisal;
  const replaced = useLiveQuery(async () => {
    if (supersedesId === null) return null;
    const previous = await getAppraisal(db, supersedesId);
    if (previous === undefined) return { appraisal: null, framework: null };
    return { appraisal: previous, framework: await getFrameworkVersion(db, previous.framework) };
  }, [db, supersedesId]);

  if (supersedesId === null || replaced === undefined || replaced === null) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const previous = replaced.appraisal;
  const heading =
    previous === null
      ? `Amendment: version ${appraisal.version}`
      : amendmentHeading(appraisal.version, {
          version: previous.version,
          meetingDate: previous.header.meetingDate,
          sealedAt: previous.sealed?.sealedAt ?? '',
        });
  const changes =
    previous === null || replaced.framework === null || framework === null
      ? null
      : amendmentChanges({ appraisal: previous, framework: replaced.framework }, { appraisal, framework });

  return (
    <section className="amendment-changes" aria-labelledby="amendment-changes-title">
      <Heading id="amendment-changes-title" className="amendment-changes__title">
        {heading}
      </Heading>
      <p>
        <strong>Reason:</strong> {appraisal.amendmentReason}
      </p>
      {changes === null ? (
        <p>
          The version this amends, or its framework, is not on this computer, so the changes cannot be listed
          here.
        </p>
      ) : changes.length === 0 ? (
        <p>{reasonOnlyNote}</p>
      ) : (
        <>
          <p className="amendment-changes__lead">What changed from version {previous?.version}:</p>
          <ul className="amendment-changes__list">
            {changes.map((line, index) => (
              // Two added items can begin with the same words, so the place keeps keys apart.
              <li key={`${index}-${line}`}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
