/**
 * The folder off this PC (a USB stick or network drive): remembering it, where a backup and
 * its vault copy are found (on this PC, in that folder, or a file the manager chose), listing
 * the backups there, and copying a backup there with the vault mirrored beside it. A folder
 * that cannot be reached gives one plain message and nothing is changed.
 */
import { dirname, join } from 'node:path';
import type { BackupSummary } from '../../../shared/backup/backupContract';
import type { Vault } from '../vault/vault';
import { summaryOf, type BackupCatalogue, type CheckedBackup } from './backupCatalogue';
import { backupsIn, rotate } from './backupFolder';
import {
  copyFolderName,
  isUnreachable,
  readBackupFolder,
  saveBackupFolder,
  unreachableMessage,
} from './backupFolderSetting';
import { BackupRefusal } from './backupRefusal';
import { sha256OfFile } from './backupWriter';
import { assertFolderReachable, copyVerified, mirrorVault } from './copyOff';

export interface BackupLocation {
  path: string;
  location: BackupSummary['location'];
  /** The vault's copy that travels with the backup, when there is one. */
  mirror: string | null;
}

export function createCopyOff(deps: {
  backupsFolder: string;
  vault: Vault;
  now(): Date;
  catalogue: BackupCatalogue;
}) {
  /** The chosen folder when it can be reached now; null when none is chosen or it is away. */
  async function reachableFolder(): Promise<string | null> {
    const folder = await readBackupFolder(deps.backupsFolder);
    if (folder === null) return null;
    try {
      await assertFolderReachable(folder);
      return folder;
    } catch (error) {
      if (isUnreachable(error)) return null;
      throw error;
    }
  }

  /** Runs work in the chosen folder; the folder having gone becomes the one plain message. */
  async function inFolder<T>(folder: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUnreachable(error)) throw new BackupRefusal(unreachableMessage(folder));
      throw error;
    }
  }

  return {
    remember: (path: string) => saveBackupFolder(deps.backupsFolder, path, deps.now()),

    async folderState(): Promise<{ path: string; reachable: boolean } | null> {
      const folder = await readBackupFolder(deps.backupsFolder);
      if (folder === null) return null;
      return { path: folder, reachable: (await reachableFolder()) !== null };
    },

    async thisPcLocation(path: string): Promise<BackupLocation> {
      const folder = await reachableFolder();
      return {
        path,
        location: 'this-pc',
        mirror: folder === null ? null : join(folder, copyFolderName, 'vault'),
      };
    },

    async folderLocation(name: string): Promise<BackupLocation> {
      const folder = await readBackupFolder(deps.backupsFolder);
      if (folder === null) throw new BackupRefusal('No backup folder has been chosen on this PC.');
      const copies = join(folder, copyFolderName);
      await inFolder(folder, () => assertFolderReachable(copies));
      return { path: join(copies, name), location: 'folder', mirror: join(copies, 'vault') };
    },

    chosenLocation: (path: string): BackupLocation => ({
      path,
      location: 'chosen',
      // A backup chosen from a copy folder on another PC's stick has that folder's vault beside it.
      mirror: join(dirname(path), 'vault'),
    }),

    async folderSummaries(): Promise<BackupSummary[]> {
      const folder = await reachableFolder();
      if (folder === null) return [];
      const copies = join(folder, copyFolderName);
      try {
        const summaries: BackupSummary[] = [];
        for (const { name } of (await backupsIn(copies)).reverse()) {
          const found = await deps.catalogue.check(join(copies, name));
          if (found !== null) summaries.push(summaryOf(found, `folder:${name}`, 'folder'));
        }
        return summaries;
      } catch (error) {
        if (isUnreachable(error)) return [];
        throw error;
      }
    },

    /** Copies a verified backup on this PC to the folder, mirrors the vault there, rotates there. */
    async copy(backup: CheckedBackup): Promise<{ folder: string; vaultFilesCopied: number; sha256: string }> {
      const folder = await readBackupFolder(deps.backupsFolder);
      if (folder === null)
        throw new BackupRefusal('Choose a folder to back up to first (a USB stick or a network drive).');
      const copies = join(folder, copyFolderName);
      return inFolder(folder, async () => {
        await assertFolderReachable(folder);
        const sha256 = await sha256OfFile(backup.path);
        const copy = await copyVerified(backup.path, copies, backup.fileName, sha256);
        await deps.catalogue.remember(copy, backup);
        const vaultFilesCopied = await mirrorVault(deps.vault.folder, join(copies, 'vault'), (documentId) =>
          deps.vault.isDestroyed(documentId),
        );
        await rotate(copies, deps.now());
        return { folder, vaultFilesCopied, sha256 };
      });
    },
  };
}
