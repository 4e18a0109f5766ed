/** What to tell the manager after an import: where the file went, and that nothing was overwritten. */
import type { FrameworkImport } from '../../db/frameworkImport';

/** Far above any real framework file (the built-in one is about 40 KB). */
export const maxImportBytes = 5 * 1024 * 1024;

export function importedMessage(fileName: string, result: FrameworkImport): string {
  const { record, placement, fileRef } = result;
  const start = `Imported "${record.framework.name}" from ${fileName} as a new draft`;
  switch (placement) {
    case 'as-in-file':
      return `${start}: version ${record.version}. Check it, then publish it when it is ready.`;
    case 'next-version':
      return `${start}. Version ${fileRef.version} of this framework is already here, so the file was added as version ${record.version}; nothing was overwritten.`;
    case 'new-framework':
      return `${start} of your home's own (version 1). The file is a copy of the built-in framework, which only Care Appraisals itself can change.`;
  }
}

export function tooLargeMessage(bytes: number): string {
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `This file is ${megabytes} MB. A framework file is never more than 5 MB, so it was not imported. Check you chose the right file.`;
}
