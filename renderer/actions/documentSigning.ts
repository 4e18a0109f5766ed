/**
 * The home's document-signing certificate, as Settings asks main about it: what it is, making a
 * new one naming the home, and importing a provider's .p12. The key stays in main, which also
 * logs each change with the certificate's fingerprint; the renderer only sends what the manager
 * chose and shows what main answers.
 */
import type { SigningStatus } from '../../shared/documentSigning/signingStatus';
import { bridge } from '../api';
import { bytesToBase64 } from '../db/bytesBase64';
import type { AppDatabase } from '../db/database';
import { RefusedChangeError } from '../db/repositoryErrors';
import { getSettings } from '../db/settingsRepository';
import { homeActor } from './actors';

/** The contract's limit on the file's base64 (a .p12 with its chain is a few kilobytes). */
const maxP12Bytes = 300_000;

export function readSigningStatus(): Promise<SigningStatus> {
  return bridge().signing.status();
}

/** A new key and certificate naming the home as Settings has it now; new documents are signed with it. */
export async function makeSigningCertificate(db: AppDatabase): Promise<SigningStatus> {
  const settings = await getSettings(db);
  if (settings === undefined) {
    throw new RefusedChangeError(
      "Fill in the home's details first: the certificate names the home and its CQC location ID.",
    );
  }
  return bridge().signing.newCertificate({
    home: { name: settings.homeName, cqcLocationId: settings.cqcLocationId },
    actor: homeActor,
  });
}

/** Sends the chosen .p12 and its password to main, which opens it and refuses it in plain English if it cannot. */
export async function importSigningCertificate(file: File, password: string): Promise<SigningStatus> {
  if (file.size === 0) throw new RefusedChangeError(`${file.name} is empty. Choose the .p12 file again.`);
  if (file.size > maxP12Bytes) {
    throw new RefusedChangeError(
      `${file.name} is too large to be a certificate file. Choose the .p12 or .pfx file your provider gave you.`,
    );
  }
  const base64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return bridge().signing.importP12({ fileName: file.name, base64, password, actor: homeActor });
}
