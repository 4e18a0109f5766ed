/** How framework versions are named and described on screen. */
import type { FrameworkVersionSummary } from '../../db/frameworkRepository';

export function versionName(name: string, version: number): string {
  return `${name}, version ${version}`;
}

export const statusLabels = {
  'built-in': 'Built in',
  draft: 'Draft',
  published: 'Published',
  retired: 'Retired',
} as const satisfies Record<FrameworkVersionSummary['status'], string>;

/** The status-tag colour: drafts stand out, retired versions recede. */
export const statusTagKinds = {
  'built-in': 'neutral',
  draft: 'leaving',
  published: 'neutral',
  retired: 'left',
} as const satisfies Record<FrameworkVersionSummary['status'], string>;

export function appraisalCount(count: number): string {
  if (count === 0) return 'No appraisals';
  return count === 1 ? '1 appraisal' : `${count} appraisals`;
}

/** The file name offered when exporting: plain, and the same for the same version. */
export function exportFileName(frameworkId: string, version: number): string {
  return `framework-${frameworkId}-v${version}.json`;
}
