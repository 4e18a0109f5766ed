/**
 * One party's signature: name and role (prefilled from the appraisal, editable), the statement
 * they confirm, and how they sign: drawn on screen, a typed-name attestation (keyboard users),
 * or on paper. Refused with a list of what to fix; nothing is stored until every check passes.
 */
import { useCallback, useRef, useState } from 'react';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  signatureMethodLabels,
  type Signature,
  type SignatureMethod,
  type SigningParty,
} from '../../../shared/signing/signature';
import { signingPartyLabels, signingStatements } from '../../../shared/signing/signingWording';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { todayIso } from '../../components/today';
import { DrawnSignaturePad, type DrawnSignatureHandle } from './DrawnSignaturePad';
import { PaperCopyActions } from './PaperCopyActions';
import {
  signatureFieldIds,
  signatureProblems,
  toSignature,
  type FieldProblem,
  type SignatureFormValues,
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

export function SignatureForm({ party, appraisal, submitLabel, onSign, consequence }: SignatureFormProps) {
  const ids = signatureFieldIds(party);
  const { header } = appraisal;
  const [values, setValues] = useState<SignatureFormValues>({
    fullName: party === 'appraisee' ? header.staffName : header.appraiserName,
    role: party === 'appraisee' ? header.roleAtTime : header.appraiserRole,
    method: 'drawn',
    typedName: '',
    typedConfirmed: false,
    paperSignedOn: '',
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const padRef = useRef<DrawnSignatureHandle>(null);
  const problemFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  const set = <K extends keyof SignatureFormValues>(key: K, value: SignatureFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const clearPadProblem = useCallback(
    () => setProblems((current) => current.filter((p) => p.fieldId !== ids.pad)),
    [ids.pad],
  );

  async function submit() {
    const image = values.method === 'drawn' ? (padRef.current?.image() ?? null) : null;
    const found = signatureProblems(party, values, { today: todayIso(), drawn: image !== null });
    setProblems(found);
    setRefusal(null);
    if (found[0] !== undefined) {
      document.getElementById(found[0].fieldId)?.focus();
      return;
    }
    setWorking(true);
    try {
      await onSign(toSignature(party, values, image, new Date()));
    } catch (caught) {
      setRefusal(caught instanceof Error ? caught.message : 'Something went wrong and nothing was signed.');
      setWorking(false);
    }
  }

  const signer = values.fullName.trim() === '' ? signingPartyLabels[party] : values.fullName.trim();
  return (
    <form
      className="form signature-form"
      noValidate
      aria-label={`${signingPartyLabels[party]} signature`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ErrorSummary items={problems} />
      <div className="signature-form__who">
        <FormField id={ids.fullName} label="Full name" error={problemFor(ids.fullName)}>
          {(a11y) => (
            <input
              {...a11y}
              className="input input--medium"
              autoComplete="off"
              value={values.fullName}
              onChange={(e) => set('fullName', e.target.value)}
            />
          )}
        </FormField>
        <FormField id={ids.role} label="Role" error={problemFor(ids.role)}>
          {(a11y) => (
            <input
              {...a11y}
              className="input input--medium"
              autoComplete="off"
              value={values.role}
              onChange={(e) => set('role', e.target.value)}
            />
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
          {(['drawn', 'typed', 'paper'] as const).map((method) => (
            <label key={method} className="radio-list__item">
              <input
                type="radio"
                name={`${party}-method`}
                id={`${party}-method-${method}`}
                value={method}
                checked={values.method === method}
                onChange={() => set('method', method)}
              />
              <span>
                <strong>{methodLabels[method]}</strong>
                <span className="field__hint"> {methodHints[method]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {values.method === 'drawn' && (
        <FormField
          id={ids.pad}
          label={`${signer}: sign in the box`}
          error={problemFor(ids.pad)}
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
      {values.method === 'typed' && (
        <>
          <FormField
            id={ids.typedName}
            label={`Type the full name: ${values.fullName.trim()}`}
            error={problemFor(ids.typedName)}
            hint="Exactly as shown; capital letters do not matter."
          >
            {(a11y) => (
              <input
                {...a11y}
                className="input input--medium"
                autoComplete="off"
                value={values.typedName}
                onChange={(e) => set('typedName', e.target.value)}
              />
            )}
          </FormField>
          <div className={problemFor(ids.typedConfirmed) === undefined ? 'field' : 'field field--error'}>
            {problemFor(ids.typedConfirmed) !== undefined && (
              <p className="field__error" id={`${ids.typedConfirmed}-error`}>
                {problemFor(ids.typedConfirmed)}
              </p>
            )}
            <label className="checkbox-field">
              <input
                type="checkbox"
                id={ids.typedConfirmed}
                checked={values.typedConfirmed}
                aria-describedby={
                  problemFor(ids.typedConfirmed) === undefined ? undefined : `${ids.typedConfirmed}-error`
                }
                onChange={(e) => set('typedConfirmed', e.target.checked)}
              />
              <span>I, {signer}, confirm that typing my name here is my signature.</span>
            </label>
          </div>
        </>
      )}
      {values.method === 'paper' && (
        <>
          <PaperCopyActions appraisal={appraisal} />
          <FormField
            id={ids.paperSignedOn}
            label="Date signed on paper"
            error={problemFor(ids.paperSignedOn)}
            hint="The date written next to the signature on the paper copy."
          >
            {(a11y) => (
              <input
                {...a11y}
                type="date"
                className="input input--date"
                max={todayIso()}
                value={values.paperSignedOn}
                onChange={(e) => set('paperSignedOn', e.target.value)}
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
