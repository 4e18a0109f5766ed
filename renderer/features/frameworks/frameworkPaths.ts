/** Addresses of the framework screens. A version is named by its framework id and number. */
import type { FrameworkRef } from '../../../shared/framework/frameworkSchema';
import { paths } from '../../app/paths';

export function versionPath(ref: FrameworkRef): string {
  return `${paths.framework}/${encodeURIComponent(ref.frameworkId)}/${String(ref.version)}`;
}

export function editDraftPath(ref: FrameworkRef): string {
  return `${versionPath(ref)}/edit`;
}

/** The version a screen's address names, or null for an address no version could have. */
export function refFromParams(params: { frameworkId?: string; version?: string }): FrameworkRef | null {
  const version = Number(params.version);
  if (params.frameworkId === undefined || !Number.isInteger(version) || version < 1) return null;
  return { frameworkId: params.frameworkId, version };
}
