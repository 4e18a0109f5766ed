/**
 * Saves text a screen built (a CSV list, a framework as JSON) where the manager chooses: main
 * opens the save dialog and writes the file; the renderer never sees the path, only the name.
 */
import type { RequestOf } from '../../shared/ipc';
import { bridge } from '../api';

export function saveTextFile(request: RequestOf<'files:saveTextAs'>) {
  return bridge().files.saveTextAs(request);
}
