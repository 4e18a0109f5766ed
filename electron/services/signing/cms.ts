/**
 * Detached CMS signatures (RFC 5652 SignedData) in the CAdES form PAdES asks for: SHA-256,
 * RSA PKCS#1 v1.5 (deterministic, so the same content and key always give the same bytes),
 * the signer's certificate inside, and the signed attributes contentType, messageDigest and
 * ESS signing-certificate-v2 (which binds the certificate). A PDF signature carries its signing
 * time in the PDF's /M instead (ETSI EN 319 142-1); a pack manifest's carries it as the CMS
 * signing-time attribute. Built on node-forge's ASN.1; the RSA work is Node's own.
 */
import { X509Certificate, sign, verify } from 'node:crypto';
import forge from 'node-forge';
import { sha256Hex } from '../nativeSha256';
import type { CertificateSummary } from '../../../shared/documentSigning/certificateSummary';
import { summariseCertificate } from './certificateDetails';
import type { SigningIdentity } from './signingIdentity';

const { asn1 } = forge;
const universal = asn1.Class.UNIVERSAL;
const contextSpecific = asn1.Class.CONTEXT_SPECIFIC;
/**
 * Context-specific tag numbers: forge keeps a tag's number in `type`, typed as asn1.Type, whose
 * members with the values 0 and 4 stand in for [0] and [4] here.
 */
const tag0 = asn1.Type.NONE;
const tag4 = asn1.Type.OCTETSTRING;

const oids = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
} as const;

type Node = forge.asn1.Asn1;
const binary = (bytes: Uint8Array): string => Buffer.from(bytes).toString('binary');
const bytesOf = (bin: string): Buffer => Buffer.from(bin, 'binary');
const der = (node: Node): string => asn1.toDer(node).getBytes();
const oid = (id: string): Node => asn1.create(universal, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const sequence = (items: Node[]): Node => asn1.create(universal, asn1.Type.SEQUENCE, true, items);
const octets = (bin: string): Node => asn1.create(universal, asn1.Type.OCTETSTRING, false, bin);
const integer = (hex: string): Node =>
  asn1.create(universal, asn1.Type.INTEGER, false, forge.util.hexToBytes(hex));
const sha256Binary = (bytes: Uint8Array | string): string =>
  forge.util.hexToBytes(sha256Hex(typeof bytes === 'string' ? bytesOf(bytes) : bytes));

/** A DER SET OF is sorted by its members' encodings, so the order never depends on the code. */
function sortedSet(items: Node[]): Node {
  const encoded = items.map((item) => ({ item, bytes: der(item) }));
  encoded.sort((a, b) => (a.bytes < b.bytes ? -1 : a.bytes > b.bytes ? 1 : 0));
  return asn1.create(
    universal,
    asn1.Type.SET,
    true,
    encoded.map((e) => e.item),
  );
}

const attribute = (type: string, value: Node): Node =>
  sequence([oid(type), asn1.create(universal, asn1.Type.SET, true, [value])]);

export interface DetachedSignatureOptions {
  /** Written as the CMS signing-time attribute (never for a PDF, whose /M says it). */
  signingTime?: Date;
}

/** The DER bytes of a detached CMS signature over `content`. */
export function signDetached(
  content: Uint8Array,
  identity: SigningIdentity,
  options: DetachedSignatureOptions = {},
): Uint8Array {
  const certificate = asn1.fromDer(binary(identity.certificateDer));
  const tbs = (certificate.value as Node[])[0];
  const tbsFields = (tbs?.value ?? []) as Node[];
  // TBSCertificate: [0] version, serialNumber, signature, issuer, ...
  const serial = tbsFields[1];
  const issuer = tbsFields[3];
  if (serial === undefined || issuer === undefined)
    throw new Error('The signing certificate could not be read.');
  const issuerAndSerial = sequence([issuer, serial]);
  const essCertIdV2 = sequence([
    octets(sha256Binary(identity.certificateDer)),
    sequence([sequence([asn1.create(contextSpecific, tag4, true, [issuer])]), serial]),
  ]);
  const attributes = [
    attribute(oids.contentType, oid(oids.data)),
    attribute(oids.messageDigest, octets(sha256Binary(content))),
    attribute(oids.signingCertificateV2, sequence([sequence([essCertIdV2])])),
    ...(options.signingTime === undefined
      ? []
      : [
          attribute(
            oids.signingTime,
            asn1.create(universal, asn1.Type.UTCTIME, false, asn1.dateToUtcTime(options.signingTime)),
          ),
        ]),
  ];
  const signedAttributes = sortedSet(attributes);
  // RFC 5652 5.4: the signature is over the attributes' DER as a SET; they are stored as [0].
  const signature = sign('sha256', bytesOf(der(signedAttributes)), identity.privateKey);
  const signerInfo = sequence([
    integer('01'),
    issuerAndSerial,
    sequence([oid(oids.sha256)]),
    asn1.create(contextSpecific, tag0, true, children(signedAttributes)),
    sequence([oid(oids.rsaEncryption), asn1.create(universal, asn1.Type.NULL, false, '')]),
    octets(binary(signature)),
  ]);
  const signedData = sequence([
    integer('01'),
    asn1.create(universal, asn1.Type.SET, true, [sequence([oid(oids.sha256)])]),
    sequence([oid(oids.data)]),
    asn1.create(contextSpecific, tag0, true, [certificate]),
    asn1.create(universal, asn1.Type.SET, true, [signerInfo]),
  ]);
  return bytesOf(
    der(sequence([oid(oids.signedData), asn1.create(contextSpecific, tag0, true, [signedData])])),
  );
}

export type DetachedSignatureCheck =
  | {
      valid: true;
      certificate: CertificateSummary;
      certificateDer: Uint8Array;
      /** The signing-time attribute, when the signature carries one. */
      signingTime: Date | null;
    }
  | {
      valid: false;
      /** Plain English: why it does not verify. */
      problem: string;
      /** The certificate it names, when it could be read. */
      certificate: CertificateSummary | null;
    };

const children = (node: Node | undefined): Node[] => (Array.isArray(node?.value) ? node.value : []);
const oidOf = (node: Node | undefined): string | null =>
  node?.type === asn1.Type.OID && typeof node.value === 'string' ? asn1.derToOid(node.value) : null;

/**
 * Checks a detached CMS signature over `content`: the digest it signed is the content's, the
 * signature is made by the key of the certificate it carries, and it names that certificate.
 * It does not judge whether the certificate is trusted: the home's own is self-signed.
 */
export function verifyDetached(signatureDer: Uint8Array, content: Uint8Array): DetachedSignatureCheck {
  let certificate: CertificateSummary | null = null;
  const fail = (problem: string): DetachedSignatureCheck => ({ valid: false, problem, certificate });
  let root: Node;
  try {
    root = asn1.fromDer(binary(signatureDer));
  } catch {
    return fail('the signature is damaged and cannot be read.');
  }
  if (oidOf(children(root)[0]) !== oids.signedData) return fail('the signature is not a CMS signature.');
  const signedData = children(children(children(root)[1])[0] ?? undefined);
  const certificates = signedData.find((n) => n.tagClass === contextSpecific && n.type === tag0);
  const signerInfos = signedData.at(-1);
  const signerInfo = children(signerInfos)[0];
  const [certificateNode] = children(certificates);
  if (certificateNode === undefined || signerInfo === undefined)
    return fail('the signature does not carry the certificate that made it.');
  const certificateDer = bytesOf(der(certificateNode));
  try {
    certificate = summariseCertificate(certificateDer);
  } catch {
    return fail('the certificate inside the signature cannot be read.');
  }
  const info = children(signerInfo);
  const digestAlgorithm = oidOf(children(info[2])[0]);
  const attributesNode = info[3];
  const signatureNode = info[5];
  if (digestAlgorithm !== oids.sha256) return fail('the signature does not use SHA-256.');
  if (
    attributesNode?.tagClass !== contextSpecific ||
    attributesNode.type !== tag0 ||
    signatureNode === undefined
  )
    return fail('the signature has no signed attributes.');
  const attributes = new Map<string, Node | undefined>(
    children(attributesNode).map((a) => [oidOf(children(a)[0]) ?? '', children(children(a)[1])[0]]),
  );
  const digest = attributes.get(oids.messageDigest);
  if (typeof digest?.value !== 'string' || digest.value !== sha256Binary(content))
    return fail('the content was changed after it was signed (its SHA-256 digest no longer matches).');
  const essHash = children(children(children(attributes.get(oids.signingCertificateV2))[0])[0])[0];
  if (essHash !== undefined && essHash.value !== sha256Binary(certificateDer))
    return fail('the signature names a different certificate from the one it carries.');
  const signedAttributes = asn1.create(universal, asn1.Type.SET, true, children(attributesNode));
  let verified: boolean;
  try {
    verified = verify(
      'sha256',
      bytesOf(der(signedAttributes)),
      new X509Certificate(certificateDer).publicKey,
      bytesOf(typeof signatureNode.value === 'string' ? signatureNode.value : ''),
    );
  } catch {
    verified = false;
  }
  if (!verified) return fail('the signature was not made by the key of the certificate it carries.');
  const time = attributes.get(oids.signingTime);
  return {
    valid: true,
    certificate,
    certificateDer,
    signingTime: typeof time?.value === 'string' ? asn1.utcTimeToDate(time.value) : null,
  };
}
