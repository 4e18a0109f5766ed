/**
 * The native open dialog's options for each kind of file the app opens. Pure, so the filter
 * and default folder are unit-tested; main.ts only shows the dialog.
 */
import type { OpenDialogOptions } from 'electron';

export type OpenedFileKind = 'zip' | 'backup';

const filters = {
  zip: [{ name: 'Inspection pack or bundle (ZIP)', extensions: ['zip'] }],
  backup: [{ name: 'Care Appraisals backup (ZIP)', extensions: ['zip'] }],
} as const satisfies Record<OpenedFileKind, { name: string; extensions: string[] }[]>;

const titles = {
  zip: 'Choose a pack to check',
  backup: 'Choose a backup to restore',
} as const satisfies Record<OpenedFileKind, string>;

export function openDialogOptions(kind: OpenedFileKind, documentsFolder: string): OpenDialogOptions {
  return {
    title: titles[kind],
    defaultPath: documentsFolder,
    filters: filters[kind].map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    // One file, never a folder: the pack is checked as the ZIP the inspector was given.
    properties: ['openFile'],
  };
}

/**
 * The folder dialog for "Back up to a folder…": a USB stick or a network drive. New folders
 * may be made in it; the app puts its own `Care Appraisals backups` folder inside.
 */
export function folderDialogOptions(documentsFolder: string): OpenDialogOptions {
  return {
    title: 'Choose a folder to copy backups to (a USB stick or a network drive)',
    defaultPath: documentsFolder,
    buttonLabel: 'Back up here',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
}
