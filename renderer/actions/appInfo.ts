/** This copy of the app as main describes it: version, data folder, desktop or browser. Reads only. */
import type { AppInfo } from '../../shared/ipc';
import { bridge } from '../api';

export function readAppInfo(): Promise<AppInfo> {
  return bridge().app.info();
}
