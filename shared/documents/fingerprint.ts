/**
 * A sealed document's fingerprint: SHA-256 of its canonical JSON (RFC 8785). Key order and
 * whitespace never change it; any change to any field does.
 */
import { canonicalJson } from '../integrity/canonicalJson';
import { sha256Hex } from '../integrity/sha256';
import type { AppraisalDocument } from './appraisalDocument';

export function documentFingerprint(document: AppraisalDocument): string {
  return sha256Hex(canonicalJson(document));
}

/** The fingerprint shown to people: groups of four, e.g. `3f2a 9c41 …`. */
export function formatFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}
