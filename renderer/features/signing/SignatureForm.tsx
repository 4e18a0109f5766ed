/**
 * One party's signature: name and role (prefilled from the appraisal, editable), the statement
 * they confirm, and how they sign: drawn on screen, a typed-name attestation (keyboard users),
 * or on paper. Refused with a list of what to fix; nothing is stored until every check passes.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  signatureMethodLabels,
  type Signature,
  type SignatureImage,
  type SignatureMethod,
  type SigningParty,
} from '../../../shared/signing/signature';
import { signatureFormSchema, type SignatureFormValues } from '../../../shared/signing/signatureForm';
import { signingPartyLabels, signingStatements } from '../../../shared/signing/signingWording';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { focusFirst, summaryItems } from '../../components/summaryItems';
import { todayIso } from '../../components/today';
import { DrawnSignaturePad, type DrawnSignatureHandle } from './DrawnSignaturePad';
import { PaperCopyActions } from './PaperCopyActions';
import {
  signatureFieldId,
  signatureFieldIds,
  signatureFieldPaths,
  toSignature,
  type SignatureFieldPath,
} from './signatureFormValues';

interface SignatureFormProps {
  party: SigningParty;
  appraisal: Appraisal;
  submitLabel: string;
  /** Stores the signature; a thrown error's message is shown and nothing changes. */
  onSign: (signature: Signature) => Promise<void>;
  /** Said just above the button (what signing does next). */
  consequence: string;
}

const methodHints = {
  drawn: 'With the mouse, a pen or a finger on a touch screen.',
  typed: 'For keyboard users: type the full name and confirm it is a signature.',
  paper: 'Print a copy, sign it by hand, then record the date it was signed.',
} as const satisfies Record<SignatureMethod, string>;

const resolver = zodResolver(signatureFormSchema(todayIso));

export function SignatureForm({ party, appraisal, submitLabel, onSign, consequence }: SignatureFormProps) {
  const ids = signatureFieldIds(party);
  const { header } = appraisal;
  const { register, control, handleSubmit, setValue, clearErrors, formState } = useForm<SignatureFormValues>({
    resolver,
    // A message stays until the next press of the button (the box's goes once something is
    // drawn), as it always has.
    reValidateMode: 'onSubmit',
    // The signature box is not an input react-hook-form can focus, so the form focuses the
    // first problem itself, in the error summary's order.
    shouldFocusError: false,
    defaultValues: {
      fullName: party === 'appraisee' ? header.staffName : header.appraiserName,
      role: party === 'appraisee' ? header.roleAtTime : header.appraiserRole,
      method: 'drawn',
      drawn: false,
      typed: { name: '', confirmed: false },
      paper: { signedOn: '' },
    },
  });
  const [fullName, method] = useWatch({ control, name: ['fullName', 'method'] });
  const [refusal, setRefusal] = useState<string | null>(null);
  // Busy from a checked form until it is refused; once signed the page moves on to what comes next.
  const [working, setWorking] = useState(false);
  const padRef = useRef<DrawnSignatureHandle>(null);
  const imageRef = useRef<SignatureImage | null>(null);
  const { errors } = formState;
  const fieldId = (path: SignatureFieldPath) => signatureFieldId(party, path);
  const clearPadProblem = useCallback(() => clearErrors('drawn'), [clearErrors]);

  async function sign(values: SignatureFormValues) {
    setWorking(true);
    try {
      await onSign(toSignature(party, values, imageRef.current, new Date()));
    } catch (caught) {
      setWorking(false);
      setRefusal(caught instanceof Error ? caught.message : 'Something went wrong and nothing was signed.');
    }
  }

  const signer = fullName.trim() === '' ? signingPartyLabels[party] : fullName.trim();
  const confirmedError = errors.typed?.confirmed?.message;
  return (
    <form
      className="form signature-form"
      noValidate
      aria-label={`${signingPartyLabels[party]} signature`}
      onSubmit={(event) => {
        // The drawing is read from the box as the form is sent.
        imageRef.current = method === 'drawn' ? (padRef.current?.image() ?? null) : null;
        setValue('drawn', imageRef.current !== null);
        setRefusal(null);
        void handleSubmit(sign, (found) => focusFirst(summaryItems(signatureFieldPaths, found, fieldId)))(
          event,
        );
      }}
    >
      <ErrorSummary items={summaryItems(signatureFieldPaths, errors, fieldId)} />
      <div className="signature-form__who">
        <FormField id={ids.fullName} label="Full name" error={errors.fullName?.message}>
          {(a11y) => (
            <input {...a11y} {...register('fullName')} className="input input--medium" autoComplete="off" />
          )}
        </FormField>
        <FormField id={ids.role} label="Role" error={errors.role?.message}>
          {(a11y) => (
            <input {...a11y} {...register('role')} className="input input--medium" autoComplete="off" />
          )}
        </FormField>
      </div>

      <blockquote className="signing-statement" id={`${party}-statement`}>
        <p className="signing-statement__label">By signing, {signer} confirms:</p>
        <p className="signing-statement__text">&ldquo;{signingStatements[party]}&rdquo;</p>
      </blockquote>

      <fieldset className="step-group">
        <legend className="step-group__legend">How is {signer} signing?</legend>
        <div className="radio-list">
          {(['drawn', 'typed', 'paper'] as const).map((choice) => (
            <label key={choice} className="radio-list__item">
              <input type="radio" {...register('method')} id={`${party}-method-${choice}`} value={choice} />
              <span>
                <strong>{methodLabels[choice]}</strong>
                <span className="field__hint"> {methodHints[choice]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {method === 'drawn' && (
        <FormField
          id={ids.pad}
          label={`${signer}: sign in the box`}
          error={errors.drawn?.message}
          hint="Clear it to start again. If the window changes size, the drawing is kept."
        >
          {(a11y) => (
            <DrawnSignaturePad
              id={a11y.id}
              describedBy={a11y['aria-describedby']}
              label={`Signature box for ${signer}`}
              handle={padRef}
              onDrawn={clearPadProblem}
            />
          )}
        </FormField>
      )}
      {method === 'typed' && (
        <>
          <FormField
            id={ids.typedName}
            label={`Type the full name: ${fullName.trim()}`}
            error={errors.typed?.name?.message}
            hint="Their full name as shown; accents and capital letters do not matter."
          >
            {(a11y) => (
              <input
                {...a11y}
                {...register('typed.name')}
                className="input input--medium"
                autoComplete="off"
              />
            )}
          </FormField>
          <div className={confirmedError === undefined ? 'field' : 'field field--error'}>
            {confirmedError !== undefined && (
              <p className="field__error" id={`${ids.typedConfirmed}-error`}>
                {confirmedError}
              </p>
            )}
            <label className="checkbox-field">
              <input
                type="checkbox"
                {...register('typed.confirmed')}
                id={ids.typedConfirmed}
                aria-describedby={confirmedError === undefined ? undefined : `${ids.typedConfirmed}-error`}
              />
              <span>I, {signer}, confirm that typing my name here is my signature.</span>
            </label>
          </div>
        </>
      )}
      {method === 'paper' && (
        <>
          <PaperCopyActions appraisal={appraisal} />
          <FormField
            id={ids.paperSignedOn}
            label="Date signed on paper"
            error={errors.paper?.signedOn?.message}
            hint="The date written next to the signature on the paper copy."
          >
            {(a11y) => (
              <input
                {...a11y}
                type="date"
                className="input input--date"
                max={todayIso()}
                {...register('paper.signedOn')}
              />
            )}
          </FormField>
        </>
      )}

      {refusal !== null && (
        <p role="alert" className="notice notice--error">
          {refusal}
        </p>
      )}
      <p className="signature-form__consequence">{consequence}</p>
      <div className="form__actions">
        <button type="submit" className="button" disabled={working}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

const methodLabels = {
  drawn: 'Sign on screen',
  typed: 'Type your name',
  paper: signatureMethodLabels.paper,
} as const satisfies Record<SignatureMethod, string>;
