/**
 * "Make a copy to edit": asks what to call the home's new framework, then creates it as a draft
 * (version 1, based on the version copied) and opens it in the editor.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Framework, FrameworkRef } from '../../../shared/framework/frameworkSchema';
import { useDatabase } from '../../app/databaseContext';
import { Dialog } from '../../components/Dialog';
import { FormField } from '../../components/FormField';
import { FormActions } from '../../components/FormActions';
import { keepingRef } from '../../components/keepingRef';
import { useNotify } from '../../components/noticeContext';
import { copyFramework, InvalidFrameworkError } from '../../db/frameworkRepository';
import { getSettings } from '../../db/settingsRepository';
import { actionError, ActionErrorNotice, type ActionError } from '../../components/actionError';
import { versionName } from './frameworkLabels';
import { editDraftPath } from '../../app/paths';
import { copyFrameworkSchema, type CopyFrameworkFormValues } from './copyFrameworkSchema';

interface CopyFrameworkDialogProps {
  source: Framework;
  onClose: () => void;
}

export function CopyFrameworkDialog({ source, onClose }: CopyFrameworkDialogProps) {
  const db = useDatabase();
  const homeName = useLiveQuery(async () => (await getSettings(db))?.homeName ?? '', [db]);
  // Loaded before the form is shown, so the suggested name is in the field from the start.
  if (homeName === undefined) return null;
  const suggested =
    source.origin === 'built-in' && homeName !== '' ? `${homeName} framework` : `${source.name} (copy)`;
  return <CopyForm source={source} suggestedName={suggested} onClose={onClose} />;
}

function CopyForm({ source, suggestedName, onClose }: CopyFrameworkDialogProps & { suggestedName: string }) {
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const nameRef = useRef<HTMLInputElement>(null);
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<CopyFrameworkFormValues>({
    resolver: zodResolver(copyFrameworkSchema),
    // The name's message goes as soon as the name is changed, as it always has.
    reValidateMode: 'onSubmit',
    defaultValues: { name: suggestedName },
  });
  const [error, setActionError] = useState<ActionError | null>(null);
  // Busy from a checked name until it is refused; once copied the editor opens.
  const [saving, setSaving] = useState(false);
  const sourceRef: FrameworkRef = { frameworkId: source.frameworkId, version: source.version };

  async function copy({ name }: CopyFrameworkFormValues) {
    setSaving(true);
    setActionError(null);
    try {
      const record = await copyFramework(db, sourceRef, name);
      const path = editDraftPath(record);
      notify(
        `Made a draft copy: ${versionName(record.framework.name, record.version)}. Edit it, then publish it when it is ready.`,
        path,
      );
      onClose();
      void navigate(path);
    } catch (caught) {
      setSaving(false);
      // Only the name can be wrong here: the rest is copied from a valid version.
      if (caught instanceof InvalidFrameworkError) {
        setError('name', { message: caught.problems[0] }, { shouldFocus: true });
      } else {
        setActionError(actionError(caught, 'Something went wrong and no copy was made. Please try again.'));
      }
    }
  }

  return (
    <Dialog title="Make a copy to edit" onCancel={onClose} initialFocusRef={nameRef}>
      <form
        noValidate
        onSubmit={(event) => {
          void handleSubmit(copy)(event);
        }}
      >
        <p>
          This makes a draft copy of <strong>{versionName(source.name, source.version)}</strong> for your
          home. You can change it freely until you publish it. The original stays exactly as it is.
        </p>
        <FormField
          id="copyName"
          label="Name of your framework"
          hint="Shown on appraisals and printed documents."
          error={formState.errors.name?.message}
        >
          {(a11y) => (
            <input
              {...a11y}
              {...keepingRef(register('name', { onChange: () => clearErrors('name') }), nameRef)}
              className="input"
            />
          )}
        </FormField>
        <ActionErrorNotice error={error} />
        <FormActions submitLabel="Make a copy" busy={saving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
