/** Opens a link in the system browser; main opens only the sites the app links to. */
import { bridge } from '../api';

export async function openExternalLink(url: string): Promise<void> {
  await bridge().links.openExternal({ url });
}
