/**
 * The native save dialog's options for each kind of file the app saves. Pure, so the
 * filters and default folder are unit-tested; main.ts only shows the dialog.
 */
import type { SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import type { SavedFileKind } from '../shared/ipc';

const filters = {
  json: [{ name: 'JSON file', extensions: ['json'] }],
  csv: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
  text: [{ name: 'Text file', extensions: ['txt'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  zip: [{ name: 'ZIP archive', extensions: ['zip'] }],
} as const satisfies Record<SavedFileKind, { name: string; extensions: string[] }[]>;

export function saveDialogOptions(
  suggestedName: string,
  kind: SavedFileKind,
  documentsFolder: string,
): SaveDialogOptions {
  return {
    title: 'Save a copy',
    // Only the file name from the renderer is used; the folder is always the user's own.
    defaultPath: join(documentsFolder, suggestedName),
    filters: filters[kind].map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}
