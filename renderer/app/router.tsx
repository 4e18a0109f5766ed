/**
 * Screens and their addresses. A hash router, because the app is served from a fixed custom
 * origin (app://appraisals/) where only index.html exists.
 */
import { createHashRouter, Navigate } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { appraisalRoutes } from '../features/appraisal/appraisalRoutes';
import { frameworkRoutes } from '../features/frameworks/frameworkRoutes';
import { SettingsPage } from '../features/settings/SettingsPage';
import { AddStaffPage } from '../features/staff/AddStaffPage';
import { EditStaffPage } from '../features/staff/EditStaffPage';
import { StaffRegisterPage } from '../features/staff/StaffRegisterPage';
import { AppErrorPage } from './AppErrorPage';
import { AppShell } from './AppShell';
import { paths } from './paths';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <AppErrorPage />,
      children: [
        { index: true, element: <Navigate to={paths.staff} replace /> },
        { path: paths.staff, element: <StaffRegisterPage /> },
        { path: paths.staffNew, element: <AddStaffPage /> },
        { path: `${paths.staff}/:staffId/edit`, element: <EditStaffPage /> },
        { path: paths.settings, element: <SettingsPage /> },
        { path: paths.about, element: <AboutPage /> },
        ...appraisalRoutes,
        ...frameworkRoutes,
        { path: '*', element: <Navigate to={paths.staff} replace /> },
      ],
    },
  ]);
}
