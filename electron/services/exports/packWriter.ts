/**
 * Writes one pack: opens the ZIP beside its target, lets `fill` add the files, then adds the
 * signing certificate, manifest.json (the hash of every file, the certificate's included) and
 * manifest.json.p7s (the home's signature over the manifest's exact bytes), and moves the ZIP
 * into place. Any failure or cancel removes the temp file, so nothing is left behind.
 */
import type { FileHandle } from 'node:fs/promises';
import type { SigningIdentity } from '../signing/signingIdentity';
import { certificateFileName, certificatePem, signatureFileName, signManifest } from './manifestSignature';
import { manifestFileName, manifestText, type ManifestFile, type PackKind } from './packManifest';
import { openZipFile, type ZipFileWriter } from './zipFileWriter';

export interface PackWriteOptions {
  target: string;
  kind: PackKind;
  generatedAt: Date;
  /** The home's signing identity: it signs the manifest, and its certificate goes in the pack. */
  identity: SigningIdentity;
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
    files.push(await zip.addDeflated(certificateFileName, certificatePem(options.identity)));
    const manifest = Buffer.from(manifestText(options.kind, options.generatedAt, files), 'utf8');
    await zip.addDeflated(manifestFileName, manifest);
    // One RSA signature over a small file: the signed bytes are exactly those in the ZIP.
    await zip.addStored(signatureFileName, signManifest(manifest, options.identity, options.generatedAt));
    const bytes = await zip.finish();
    return { files: files.length + 2, bytes };
  } catch (error) {
    await zip.abort();
    throw error;
  }
}
