/**
 * Where the PDF fonts are. Packaged, electron-builder copies build/fonts to `resources/fonts`
 * (extraResources in electron-builder.yml); in development they are read from the repository.
 */
import { join } from 'node:path';

export interface FontsLocation {
  isPackaged: boolean;
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string;
  /** app.getAppPath(): the folder with package.json (the repository in development). */
  appPath: string;
}

export function fontsFolderFor({ isPackaged, resourcesPath, appPath }: FontsLocation): string {
  return isPackaged ? join(resourcesPath, 'fonts') : join(appPath, 'build', 'fonts');
}
