/**
 * Importing a provider's document-signing certificate: its .p12 (or .pfx) file and the password
 * that came with it. Main opens the file and refuses it in plain English (a wrong password, no
 * key inside…); the refusal is shown here with the file and password kept, so the manager only
 * corrects what was wrong.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { SigningStatus } from '../../../shared/documentSigning/signingStatus';
import { importSigningCertificate } from '../../actions/documentSigning';
import { FormField } from '../../components/FormField';
import { useAction } from '../../components/useAction';

const importSchema = z.object({
  // The contract's limit; a password this long is a paste gone wrong.
  password: z.string().max(500, 'That is too long to be the file’s password. Type it again.'),
});
type ImportValues = z.infer<typeof importSchema>;

const certificateFileName = /\.(p12|pfx)$/i;

interface DocumentSigningImportFormProps {
  /** What the section says about the last import, shown under the form (null: nothing to say). */
  doneMessage: string | null;
  /** An import is starting: whatever the section last said is out of date. */
  onStart: () => void;
  onImported: (status: SigningStatus, fileName: string) => void;
}

export function DocumentSigningImportForm({
  doneMessage,
  onStart,
  onImported,
}: DocumentSigningImportFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>(undefined);
  const [showPassword, setShowPassword] = useState(false);
  const { register, handleSubmit, reset, formState } = useForm<ImportValues>({
    resolver: zodResolver(importSchema),
    defaultValues: { password: '' },
  });
  const importing = useAction(
    (chosen: File, password: string) => importSigningCertificate(chosen, password),
    'The certificate could not be imported. Nothing was changed; please try again.',
  );

  function choose(chosen: File) {
    if (!certificateFileName.test(chosen.name)) {
      setFileError(
        `${chosen.name} is not a certificate file. Choose the .p12 or .pfx file from your provider.`,
      );
      return;
    }
    setFileError(undefined);
    setFile(chosen);
  }

  async function submit({ password }: ImportValues) {
    onStart();
    if (file === null) {
      setFileError('Choose the certificate file (.p12 or .pfx) first.');
      document.getElementById('signing-p12-file')?.focus();
      return;
    }
    const outcome = await importing.run(file, password);
    if (!outcome.ok) return;
    onImported(outcome.value, file.name);
    // The password is not kept once it has done its work.
    setFile(null);
    setShowPassword(false);
    reset({ password: '' });
  }

  return (
    <form
      className="form signing-import"
      noValidate
      aria-labelledby="signing-import-title"
      onSubmit={(event) => {
        void handleSubmit(submit)(event);
      }}
    >
      <h3 id="signing-import-title">Import your provider’s certificate</h3>
      <p>
        If your provider has given you a document-signing certificate (a .p12 or .pfx file and its password),
        import it here and new documents are signed with it. Documents already signed keep the certificate
        they were signed with.
      </p>
      <FormField id="signing-p12-file" label="Certificate file" hint="A .p12 or .pfx file." error={fileError}>
        {(a11y) => (
          <>
            {file !== null && <p className="signing-import__chosen">Chosen: {file.name}</p>}
            {/* Hidden as the logo's is, so "No file chosen" cannot contradict the line above. */}
            <input
              {...a11y}
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              className="visually-hidden file-input"
              disabled={importing.busy}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                // Cleared so choosing the same file again is noticed.
                event.target.value = '';
                if (chosen !== undefined) choose(chosen);
              }}
            />
            <label htmlFor={a11y.id} className="button button--secondary file-button">
              {file === null ? 'Choose the file' : 'Choose a different file'}
            </label>
          </>
        )}
      </FormField>
      <FormField
        id="signing-p12-password"
        label="Password"
        hint="The password that came with the file."
        error={formState.errors.password?.message}
      >
        {(a11y) => (
          <input
            {...a11y}
            {...register('password')}
            type={showPassword ? 'text' : 'password'}
            className="input input--medium"
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </FormField>
      <label className="checkbox-field signing-import__show">
        <input
          type="checkbox"
          checked={showPassword}
          onChange={(event) => setShowPassword(event.target.checked)}
        />
        <span>Show the password</span>
      </label>
      <div className="form__actions">
        <button type="submit" className="button" disabled={importing.busy}>
          {importing.busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      <div aria-live="polite" className="signing-answer">
        {importing.error !== null && (
          <p role="alert" className="notice notice--error">
            {importing.error.message}
          </p>
        )}
        {doneMessage !== null && <p className="notice notice--success">{doneMessage}</p>}
      </div>
    </form>
  );
}
