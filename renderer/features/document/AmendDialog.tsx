/** Asks why a signed record needs amending (required), then starts the amendment and opens it. */
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import { useDatabase } from '../../app/databaseContext';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { FormActions } from '../../components/FormActions';
import { keepingRef } from '../../components/keepingRef';
import { useNotify } from '../../components/noticeContext';
import { amendAppraisal } from '../../actions/amendAppraisal';
import { maxAmendmentReasonLength } from '../../db/amendmentRepository';
import { InvalidInputError, RefusedChangeError } from '../../db/repositoryErrors';
import { appraisalStepPath } from '../../app/paths';
import { amendSchema, type AmendFormValues } from './amendSchema';

export function AmendDialog({ appraisal, onClose }: { appraisal: Appraisal; onClose: () => void }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const { register, handleSubmit, setError, formState } = useForm<AmendFormValues>({
    resolver: zodResolver(amendSchema),
    // A message stays until the next press of the button, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { reason: '' },
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  // Busy from a checked reason until it is refused; once started the amendment opens.
  const [working, setWorking] = useState(false);

  async function amend({ reason }: AmendFormValues) {
    setWorking(true);
    try {
      const { amendment, warning } = await amendAppraisal(db, appraisal, reason);
      const to = appraisalStepPath(amendment.id, 'header');
      notify(
        `Started version ${amendment.version}. Make the correction, then both sign again.${warning === null ? '' : ` ${warning}`}`,
        to,
      );
      void navigate(to);
    } catch (caught) {
      setWorking(false);
      if (caught instanceof InvalidInputError) setError('reason', { message: caught.message });
      else
        setRefusal(
          caught instanceof RefusedChangeError
            ? caught.message
            : 'Something went wrong and nothing was changed.',
        );
    }
  }

  return (
    <Dialog title="Amend this signed record" onCancel={onClose} initialFocusRef={reasonRef}>
      <form
        noValidate
        onSubmit={(event) => {
          setRefusal(null);
          void handleSubmit(amend)(event);
        }}
      >
        <p>
          Version {appraisal.version} stays exactly as signed. The amendment is a new version{' '}
          {appraisal.version + 1} copied from it, which you correct and which {appraisal.header.staffName} and
          you sign again. Both versions are kept.
        </p>
        <FormField
          id="amendment-reason"
          label="Why does it need amending?"
          error={formState.errors.reason?.message}
          hint="For example: the meeting date was wrong, or an objective was missed. This is printed on the new version."
        >
          {(a11y) => (
            <textarea
              {...a11y}
              {...keepingRef(register('reason'), reasonRef)}
              className="input"
              rows={3}
              maxLength={maxAmendmentReasonLength}
            />
          )}
        </FormField>
        {refusal !== null && (
          <p role="alert" className="notice notice--error">
            {refusal}
          </p>
        )}
        <FormActions submitLabel="Start the amendment" busy={working} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
