/**
 * Protection: what the app acknowledges as written is flushed to disk first, so a power cut
 * cannot lose it. Sealing fsyncs each vault file's data (its temp file, before it is linked
 * into place) and then the vault folder (so the new names survive); an audit append fsyncs
 * the log before it resolves.
 *
 * Every flush goes through FileHandle.prototype.sync, so the test wraps that and asks Linux
 * which file each handle is (/proc/self/fd), keeping to public APIs and file paths rather than
 * the services' internals.
 */
import {
  existsSync,
  fstatSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLogPath, openAuditLog } from '../../../electron/services/audit/auditLog';
import { openVault } from '../../../electron/services/vault/vault';
import { vaultFileKinds, vaultFileName } from '../../../electron/services/vault/vaultNames';
import { sealedFiles } from '../../fixtures/sealedFiles';

interface SyncCall {
  /** The file or folder the handle was opened on, as the kernel names it. */
  path: string;
  /** A file's size when the flush was asked for. */
  size: number;
  /** For a temp file `.<name>.<hex>.tmp`: whether `<name>` already existed beside it. */
  targetExisted: boolean | null;
  /** For a folder: the names in it when the flush was asked for. */
  entries: string[];
  /** The real flush finished (an un-awaited sync() would still be pending). */
  done: boolean;
}

const tempName = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;
let syncs: SyncCall[] = [];

beforeEach(async () => {
  syncs = [];
  // The FileHandle class is not exported; any open handle's prototype is it.
  const probe = await open(join(mkdtempSync(join(tmpdir(), 'fsync-probe-')), 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  // The unwrapped method, called below with each handle as `this`.
  const realSync = Object.getOwnPropertyDescriptor(proto, 'sync')?.value as (
    this: FileHandle,
  ) => Promise<void>;
  vi.spyOn(proto, 'sync').mockImplementation(function (this: FileHandle) {
    const path = readlinkSync(`/proc/self/fd/${this.fd}`);
    const stats = fstatSync(this.fd);
    const target = tempName.exec(basename(path))?.[1];
    const call: SyncCall = {
      path,
      size: stats.size,
      targetExisted: target === undefined ? null : existsSync(join(dirname(path), target)),
      entries: stats.isDirectory() ? readdirSync(path) : [],
      done: false,
    };
    syncs.push(call);
    // A slow disk: the flush takes a while, so a caller that does not await it resolves first.
    return realSync
      .call(this)
      .then(() => new Promise((resolve) => setTimeout(resolve, 30)))
      .then(() => {
        call.done = true;
      });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe.skipIf(process.platform !== 'linux')('fsync before acknowledging', () => {
  it('sealing flushes each vault file before linking it, then the vault folder', async () => {
    const dataFolder = realpathSync(mkdtempSync(join(tmpdir(), 'fsync-vault-')));
    const vault = openVault({ dataFolder, now: () => new Date(Date.UTC(2026, 2, 12, 10, 30)) });
    const input = sealedFiles();

    await vault.writeSealed(input);

    const names = vaultFileKinds.map((kind) =>
      vaultFileName(input.seal.documentId, input.seal.fingerprint, kind),
    );
    for (const name of names) {
      const flushed = syncs.filter(
        (call) => dirname(call.path) === vault.folder && tempName.exec(basename(call.path))?.[1] === name,
      );
      expect(flushed, `${name}: its data flushed before it was linked into place`).toEqual([
        expect.objectContaining({ targetExisted: false, done: true }),
      ]);
      expect(flushed[0]?.size, `${name}: flushed after its bytes were written`).toBeGreaterThan(0);
    }
    const folderFlushes = syncs.filter((call) => call.path === vault.folder && call.done);
    expect(
      folderFlushes.some((call) => names.every((name) => call.entries.includes(name))),
      'the vault folder flushed once all three names were in it',
    ).toBe(true);
  });

  it('an audit append flushes the log file, with its new line, before it resolves', async () => {
    const dataFolder = realpathSync(mkdtempSync(join(tmpdir(), 'fsync-audit-')));
    const log = openAuditLog({ dataFolder, now: () => new Date(Date.UTC(2026, 2, 12, 10, 30)) });
    const path = auditLogPath(dataFolder);

    for (const detail of ['first append creates the file', 'second append adds to it']) {
      await log.append({
        actor: 'registered-manager',
        action: 'verify',
        entityId: 'audit-log',
        fingerprint: null,
        detail,
      });
      const { size } = statSync(path);
      expect(
        syncs.some((call) => call.path === path && call.size === size && call.done),
        `${detail}: the log was flushed at its new size (${size} bytes) before append resolved`,
      ).toBe(true);
    }
  });
});
