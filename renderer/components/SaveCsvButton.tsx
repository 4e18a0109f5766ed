/**
 * "Export as CSV": builds the file only when pressed (the list may be long), then main's save
 * dialog chooses where it goes. The text comes from `toCsv`, so it has the byte order mark and
 * every cell is safe to open in a spreadsheet.
 */
import { useState } from 'react';
import { bridge } from '../api';
import { actionError, ActionErrorNotice, type ActionError } from './actionError';
import { useNotify } from './noticeContext';

interface SaveCsvButtonProps {
  /** What the button says, e.g. "Export this list as CSV". */
  label: string;
  suggestedName: string;
  buildCsv: () => string | Promise<string>;
  disabled?: boolean;
}

export function SaveCsvButton({ label, suggestedName, buildCsv, disabled = false }: SaveCsvButtonProps) {
  const notify = useNotify();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      const result = await bridge().files.saveTextAs({ suggestedName, kind: 'csv', text: await buildCsv() });
      if (result.saved) notify(`Saved ${result.fileName}`);
    } catch (caught) {
      setError(
        actionError(caught, 'The file could not be saved. Please try again, or choose another folder.'),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={saving || disabled}
        onClick={() => {
          void save();
        }}
      >
        {saving ? 'Saving…' : label}
      </button>
      <ActionErrorNotice error={error} />
    </>
  );
}
