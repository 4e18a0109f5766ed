/**
 * Writes one pack: opens the ZIP beside its target, lets `fill` add the files, then adds
 * manifest.json (the hash of every file) and moves the ZIP into place. Any failure or cancel
 * removes the temp file, so nothing is left behind.
 */
import type { FileHandle } from 'node:fs/promises';
import { manifestFileName, manifestText, type ManifestFile, type PackKind } from './packManifest';
import { openZipFile, type ZipFileWriter } from './zipFileWriter';

export interface PackWriteOptions {
  target: string;
  kind: PackKind;
  generatedAt: Date;
  signal: AbortSignal;
  writeChunk?: (handle: FileHandle, chunk: Uint8Array) => Promise<void>;
}

export async function writePack(
  options: PackWriteOptions,
  fill: (zip: ZipFileWriter, files: ManifestFile[]) => Promise<void>,
): Promise<{ files: number; bytes: number }> {
  const zip = await openZipFile(options.target, {
    modifiedAt: options.generatedAt,
    signal: options.signal,
    ...(options.writeChunk === undefined ? {} : { writeChunk: options.writeChunk }),
  });
  try {
    const files: ManifestFile[] = [];
    await fill(zip, files);
    await zip.addDeflated(manifestFileName, manifestText(options.kind, options.generatedAt, files));
    const bytes = await zip.finish();
    return { files: files.length + 1, bytes };
  } catch (error) {
    await zip.abort();
    throw error;
  }
}
