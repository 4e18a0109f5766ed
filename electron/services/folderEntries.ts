/** The names in a folder, or none when the folder does not exist yet (nothing was ever written there). */
import { readdir } from 'node:fs/promises';

export async function readdirOrEmpty(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
