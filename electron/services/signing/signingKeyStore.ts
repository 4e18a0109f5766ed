/**
 * The home's document-signing key on disk: `<dataFolder>/signing/signing-key.json` holds the
 * certificate (DER, base64), the private key as the KeyProtector left it (safeStorage in the
 * app) and where it came from. One file, replaced atomically, so a crash never leaves a key
 * without its certificate or the other way round, and the old key is gone once replaced.
 * Replaced certificates stay in `signing/retired/<fingerprint>.cer` (never their keys), so the
 * home can still say what signed an old document.
 *
 * Every change is logged before the new key is put in place: a key that signs anything always
 * has its audit event. Work is serialised, so two seals at once make one key.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { keyProtections, type SigningStatus } from '../../../shared/documentSigning/signingStatus';
import { sha256HexPattern } from '../../../shared/integrity/sha256';
import { UserFacingError } from '../../handlers/userFacingError';
import { writeFileAtomic, writeFileOnce } from '../atomicFile';
import type { AuditLog } from '../audit/auditLog';
import { createQueue } from '../audit/serialQueue';
import { sha256Hex } from '../nativeSha256';
import { summariseCertificate } from './certificateDetails';
import { makeHomeIdentity, type HomeNaming, type NewHomeIdentity } from './homeCertificate';
import type { KeyProtector } from './keyProtector';
import { readP12 } from './p12Import';
import { identityFrom, type SigningIdentity } from './signingIdentity';
import { SigningIdentityError } from './signingIdentityError';
import type { SigningKeys } from './signingKeys';

export interface SigningKeyStoreDeps {
  dataFolder: string;
  protector: KeyProtector;
  now(): Date;
  audit: AuditLog;
}

const signingFolderName = 'signing';
const keyFileName = 'signing-key.json';
const storeFormat = 'care-appraisals-signing-key';
/** The record id every signing-key event is logged against. */
const signingKeyEntityId = 'document-signing';

const storedKeySchema = z
  .object({
    format: z.literal(storeFormat),
    formatVersion: z.literal(1),
    source: z.enum(['made-here', 'imported']),
    protection: z.enum(keyProtections),
    since: z.iso.datetime({ offset: true }),
    certificateSha256: z.string().regex(sha256HexPattern),
    /** The certificate's DER bytes, base64. */
    certificate: z.base64(),
    /** KeyProtector.protect of the PKCS#8 PEM, base64. */
    protectedKey: z.base64(),
  })
  .strict();
type StoredKey = z.infer<typeof storedKeySchema>;

/** What the key file holds: nothing yet, a record, or a file that cannot be read as one. */
type Stored =
  | { kind: 'none' }
  | { kind: 'record'; record: StoredKey; certificateDer: Uint8Array }
  /** `certificateDer` when the certificate could still be read, so it can be retired. */
  | { kind: 'damaged'; certificateDer: Uint8Array | null };

type Reason = 'first-use' | 'requested' | 'key-unreadable';

const details: Record<Reason | 'imported', string> = {
  'first-use': 'A document-signing key and certificate were made for the home, at first use.',
  requested: 'A new document-signing key and certificate were made on request.',
  'key-unreadable':
    'The stored document-signing key could not be unlocked on this PC (copied from another PC or damaged), so a new key and certificate were made; the old certificate is kept.',
  imported: 'A document-signing certificate and its key were imported from a .p12 file.',
};

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const day = (iso: string): string => dayFormat.format(Date.parse(iso));

/**
 * Refuses a certificate that is not valid at `now`: a signature it made would say "expired"
 * (or "not yet valid") in every PDF reader.
 */
function assertValidAt(identity: SigningIdentity, now: Date, when: 'import' | 'sign'): void {
  const { commonName, validFrom, validTo } = identity.certificate;
  const problem =
    now.getTime() > Date.parse(validTo)
      ? `expired on ${day(validTo)}`
      : now.getTime() < Date.parse(validFrom)
        ? `is not valid until ${day(validFrom)}`
        : null;
  if (problem === null) return;
  throw new UserFacingError(
    when === 'import'
      ? `This certificate (${commonName}) ${problem}, so it was not imported and nothing was changed. Ask your certificate provider for a current one.`
      : `The home's document-signing certificate (${commonName}) ${problem}, so nothing can be signed with it and nothing was sealed. In Settings → Document signing, import a new certificate or make a new one.`,
  );
}

export function openSigningKeys(deps: SigningKeyStoreDeps): SigningKeys {
  const { protector, audit } = deps;
  const folder = join(deps.dataFolder, signingFolderName);
  const keyFile = join(folder, keyFileName);
  const retiredFolder = join(folder, 'retired');
  const queue = createQueue();
  /** The identity in use, once read or made; the key file is not read again while it is set. */
  let inUse: { record: StoredKey; identity: SigningIdentity } | null = null;
  let tidied = false;

  /**
   * A write interrupted before its rename leaves a temp file beside the key file, holding a
   * (protected) key that was never used; it goes, as a replaced key does.
   */
  async function removeInterruptedWrites(): Promise<void> {
    if (tidied) return;
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      names = [];
    }
    const interrupted = names.filter((name) => name.startsWith(`.${keyFileName}.`) && name.endsWith('.tmp'));
    await Promise.all(interrupted.map((name) => rm(join(folder, name), { force: true })));
    tidied = true;
  }

  async function readStored(): Promise<Stored> {
    await removeInterruptedWrites();
    let text: string;
    try {
      text = await readFile(keyFile, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'damaged', certificateDer: null };
    }
    const parsed = storedKeySchema.safeParse(json);
    if (!parsed.success) return { kind: 'damaged', certificateDer: readableCertificate(json) };
    return {
      kind: 'record',
      record: parsed.data,
      certificateDer: Buffer.from(parsed.data.certificate, 'base64'),
    };
  }

  /** The identity the record holds, or null when its key cannot be unlocked here or does not fit. */
  function unlock(record: StoredKey, certificateDer: Uint8Array): SigningIdentity | null {
    try {
      const privateKeyPem = protector.unprotect(Buffer.from(record.protectedKey, 'base64'));
      return identityFrom(privateKeyPem, certificateDer);
    } catch {
      return null;
    }
  }

  /** The certificate now in use (read from disk when nothing is in memory), to retire when replaced. */
  async function currentCertificate(): Promise<Uint8Array | null> {
    if (inUse !== null) return inUse.identity.certificateDer;
    const stored = await readStored();
    return stored.kind === 'none' ? null : stored.certificateDer;
  }

  /** The key in memory; else the stored one; else (none, or it cannot be unlocked here) a new one. */
  async function identityInUse(home: HomeNaming, actor: string): Promise<SigningIdentity> {
    if (inUse !== null) return inUse.identity;
    const stored = await readStored();
    if (stored.kind === 'none') return makeHere(home, actor, 'first-use', null);
    if (stored.kind === 'record') {
      const identity = unlock(stored.record, stored.certificateDer);
      if (identity !== null) {
        inUse = { record: stored.record, identity };
        return identity;
      }
    }
    return makeHere(home, actor, 'key-unreadable', stored.certificateDer);
  }

  /**
   * Puts `made` in place: protects its key (nothing changes if this PC cannot), logs the change,
   * keeps the replaced certificate, then replaces the key file in one atomic step.
   */
  async function install(
    made: NewHomeIdentity,
    source: StoredKey['source'],
    reason: Reason,
    actor: string,
    previous: Uint8Array | null,
  ): Promise<SigningIdentity> {
    const { identity } = made;
    let protectedKey: Buffer;
    try {
      protectedKey = protector.protect(made.privateKeyPem);
    } catch (error) {
      throw new UserFacingError(
        `The document-signing key could not be stored safely on this PC (${error instanceof Error ? error.message : 'its secure storage refused'}). Nothing was changed; try again after restarting Care Appraisals.`,
      );
    }
    const certificateSha256 = identity.certificate.fingerprint;
    const record: StoredKey = {
      format: storeFormat,
      formatVersion: 1,
      source,
      protection: protector.protection,
      since: deps.now().toISOString(),
      certificateSha256,
      certificate: Buffer.from(identity.certificateDer).toString('base64'),
      protectedKey: protectedKey.toString('base64'),
    };
    await audit.append({
      actor,
      action: 'signing-key',
      entityId: signingKeyEntityId,
      fingerprint: null,
      detail: details[source === 'imported' ? 'imported' : reason],
      facts: {
        kind: 'signing-key',
        change: source === 'imported' ? 'imported' : 'created',
        reason,
        certificateSha256,
      },
    });
    await mkdir(retiredFolder, { recursive: true });
    if (previous !== null && sha256Hex(previous) !== certificateSha256)
      await writeFileOnce(join(retiredFolder, `${sha256Hex(previous)}.cer`), previous);
    await writeFileAtomic(keyFile, `${JSON.stringify(record, null, 2)}\n`);
    inUse = { record, identity };
    return identity;
  }

  async function makeHere(home: HomeNaming, actor: string, reason: Reason, previous: Uint8Array | null) {
    const made = await makeHomeIdentity(home, deps.now(), { testKey: protector.protection === 'test-key' });
    return install(made, 'made-here', reason, actor, previous);
  }

  async function statusNow(): Promise<SigningStatus> {
    if (inUse !== null) return statusOf(inUse.record, true);
    const stored = await readStored();
    if (stored.kind === 'none')
      return { certificate: null, source: null, protection: null, since: null, usable: false };
    if (stored.kind === 'damaged')
      return {
        certificate: stored.certificateDer === null ? null : summariseCertificate(stored.certificateDer),
        source: null,
        protection: null,
        since: null,
        usable: false,
      };
    // Settings says so now, rather than the manager finding out at the next seal.
    const identity = unlock(stored.record, stored.certificateDer);
    if (identity !== null) inUse = { record: stored.record, identity };
    return statusOf(stored.record, identity !== null);
  }

  return {
    status: () => queue.run(statusNow),

    current: (home, actor) =>
      queue.run(async () => {
        const identity = await identityInUse(home, actor);
        assertValidAt(identity, deps.now(), 'sign');
        return identity;
      }),

    makeNew: (home, actor) =>
      queue.run(async () => {
        await makeHere(home, actor, 'requested', await currentCertificate());
        return statusNow();
      }),

    importP12: async (p12, password, actor) => {
      let made: NewHomeIdentity;
      try {
        made = readP12(p12, password);
      } catch (error) {
        if (error instanceof SigningIdentityError) throw new UserFacingError(error.message);
        throw error;
      }
      assertValidAt(made.identity, deps.now(), 'import');
      return queue.run(async () => {
        await install(made, 'imported', 'requested', actor, await currentCertificate());
        return statusNow();
      });
    },
  };
}

/** The certificate in a key file that failed its checks, when it can still be read. */
function readableCertificate(json: unknown): Uint8Array | null {
  if (typeof json !== 'object' || json === null || !('certificate' in json)) return null;
  const { certificate } = json;
  if (typeof certificate !== 'string') return null;
  const der = Buffer.from(certificate, 'base64');
  try {
    summariseCertificate(der);
    return der;
  } catch {
    return null;
  }
}

function statusOf(record: StoredKey, usable: boolean): SigningStatus {
  return {
    certificate: summariseCertificate(Buffer.from(record.certificate, 'base64')),
    source: record.source,
    protection: record.protection,
    since: record.since,
    usable,
  };
}
