/** Follows the native menu's "go to this screen" requests; returns the unsubscribe function. */
import type { NavigationTarget } from '../../shared/ipc';
import { bridge } from '../api';

export function onMenuNavigate(listener: (to: NavigationTarget) => void): () => void {
  return bridge().menu.onNavigate(({ to }) => listener(to));
}
