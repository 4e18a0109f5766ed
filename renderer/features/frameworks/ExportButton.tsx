/**
 * Saves a version as a JSON file through the native save dialog (main chooses the path). The
 * file is the shared stable export, so the same version always gives the same file.
 */
import { serializeFramework } from '../../../shared/framework/frameworkJson';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { saveTextFile } from '../../actions/saveTextFile';
import { useNotify } from '../../components/noticeContext';
import type { ActionError } from '../../components/actionError';
import { useAction } from '../../components/useAction';
import { exportFileName } from './frameworkLabels';

interface ExportButtonProps {
  framework: Framework;
  /** Where the page shows a failure (null clears it). */
  onError: (error: ActionError | null) => void;
}

export function ExportButton({ framework, onError }: ExportButtonProps) {
  const notify = useNotify();
  const saving = useAction(
    () =>
      saveTextFile({
        suggestedName: exportFileName(framework.frameworkId, framework.version),
        kind: 'json',
        text: serializeFramework(framework),
      }),
    'The file could not be saved. Please try again, or choose another folder.',
  );

  async function exportFile() {
    onError(null);
    const outcome = await saving.run();
    if (!outcome.ok) onError(outcome.error);
    else if (outcome.value.saved)
      notify(`Exported version ${framework.version} as ${outcome.value.fileName}`);
  }

  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={saving.busy}
      onClick={() => {
        void exportFile();
      }}
    >
      Export as a JSON file
    </button>
  );
}
