/**
 * "Export as CSV": builds the file only when pressed (the list may be long), then main's save
 * dialog chooses where it goes. The text comes from `toCsv`, so it has the byte order mark and
 * every cell is safe to open in a spreadsheet.
 */
import { saveTextFile } from '../actions/saveTextFile';
import { ActionErrorNotice } from './actionError';
import { useNotify } from './noticeContext';
import { useAction } from './useAction';

interface SaveCsvButtonProps {
  /** What the button says, e.g. "Export this list as CSV". */
  label: string;
  suggestedName: string;
  buildCsv: () => string | Promise<string>;
  disabled?: boolean;
}

export function SaveCsvButton({ label, suggestedName, buildCsv, disabled = false }: SaveCsvButtonProps) {
  const notify = useNotify();
  const saving = useAction(
    async () => saveTextFile({ suggestedName, kind: 'csv', text: await buildCsv() }),
    'The file could not be saved. Please try again, or choose another folder.',
  );

  async function save() {
    const outcome = await saving.run();
    if (outcome.ok && outcome.value.saved) notify(`Saved ${outcome.value.fileName}`);
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={saving.busy || disabled}
        onClick={() => {
          void save();
        }}
      >
        {saving.busy ? 'Saving…' : label}
      </button>
      <ActionErrorNotice error={saving.error} />
    </>
  );
}
