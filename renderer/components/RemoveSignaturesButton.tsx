/** Removes the signatures of an unsealed appraisal (after asking) so it can be changed again. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Appraisal } from '../../shared/appraisal/appraisal';
import { useDatabase } from '../app/databaseContext';
import { ConfirmActionDialog } from './ConfirmActionDialog';
import { useNotify } from './noticeContext';
import { removeSignatures } from '../actions/removeSignatures';
import { appraisalDocumentPath, appraisalStepPath } from '../app/paths';

export function RemoveSignaturesButton({ appraisal, label }: { appraisal: Appraisal; label: string }) {
  const db = useDatabase();
  const notify = useNotify();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const name = appraisal.header.staffName;
  const both = appraisal.signatures.appraiser !== null;
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {label}
      </button>
      {asking && (
        <ConfirmActionDialog
          title={both ? 'Remove both signatures?' : `Remove ${name}'s signature?`}
          confirmLabel={both ? 'Remove both signatures' : 'Remove the signature'}
          danger
          action={async () => {
            const result = await removeSignatures(db, appraisal);
            if (result.outcome === 'already-sealed') {
              // The app had sealed it before it stopped: the sealed version is the record.
              const to = appraisalDocumentPath(appraisal.id);
              notify(
                `The appraisal of ${name} had already been sealed, so its signatures were kept. To correct it, amend it.`,
                to,
              );
              void navigate(to);
              return;
            }
            const to = appraisalStepPath(appraisal.id, 'ready');
            notify(
              `The appraisal of ${name} can be changed again${result.warning === null ? '' : `. ${result.warning}`}`,
              to,
            );
            void navigate(to);
          }}
          onClose={() => setAsking(false)}
        >
          <p>
            The appraisal becomes an editable draft again. {both ? 'Both people' : name} will need to sign
            again once the changes are made.
          </p>
        </ConfirmActionDialog>
      )}
    </>
  );
}
