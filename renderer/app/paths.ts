/** Every screen's address, and which one each native-menu target opens. */
import type { NavigationTarget } from '../../shared/ipc';

export const paths = {
  dashboard: '/',
  records: '/records',
  staff: '/staff',
  staffNew: '/staff/new',
  settings: '/settings',
  about: '/about',
  appraisals: '/appraisals',
  framework: '/framework',
} as const;

/** A person's page: their details, every appraisal and their profile over time. */
export function personPath(staffId: string): string {
  return `${paths.staff}/${encodeURIComponent(staffId)}`;
}

export function editStaffPath(staffId: string): string {
  return `${paths.staff}/${encodeURIComponent(staffId)}/edit`;
}

export const menuTargetPaths = {
  staff: paths.staff,
  'staff-new': paths.staffNew,
  settings: paths.settings,
  about: paths.about,
} as const satisfies Record<NavigationTarget, string>;
