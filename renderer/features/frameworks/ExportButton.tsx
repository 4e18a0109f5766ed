/**
 * Saves a version as a JSON file through the native save dialog (main chooses the path). The
 * file is the shared stable export, so the same version always gives the same file.
 */
import { useState } from 'react';
import { serializeFramework } from '../../../shared/framework/frameworkJson';
import type { Framework } from '../../../shared/framework/frameworkSchema';
import { bridge } from '../../api';
import { useNotify } from '../../components/noticeContext';
import { actionError, type ActionError } from '../../components/actionError';
import { exportFileName } from './frameworkLabels';

interface ExportButtonProps {
  framework: Framework;
  /** Where the page shows a failure (null clears it). */
  onError: (error: ActionError | null) => void;
}

export function ExportButton({ framework, onError }: ExportButtonProps) {
  const notify = useNotify();
  const [saving, setSaving] = useState(false);

  async function exportFile() {
    setSaving(true);
    onError(null);
    try {
      const result = await bridge().files.saveTextAs({
        suggestedName: exportFileName(framework.frameworkId, framework.version),
        kind: 'json',
        text: serializeFramework(framework),
      });
      if (result.saved) notify(`Exported version ${framework.version} as ${result.fileName}`);
    } catch (caught) {
      onError(
        actionError(caught, 'The file could not be saved. Please try again, or choose another folder.'),
      );
    } finally {
      setSaving(false);
    }
  }

  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={saving}
      onClick={() => {
        void exportFile();
      }}
    >
      Export as a JSON file
    </button>
  );
}
