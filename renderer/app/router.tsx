/**
 * Screens and their addresses. A hash router, because the app is served from a fixed custom
 * origin (app://appraisals/) where only index.html exists.
 */
import { createHashRouter, Navigate } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { appraisalRoutes } from '../features/appraisal/appraisalRoutes';
import { auditsRoutes } from '../features/audits/auditsRoutes';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { PersonPage } from '../features/person/PersonPage';
import { RecordsPage } from '../features/records/RecordsPage';
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
        { index: true, element: <DashboardPage /> },
        { path: paths.records, element: <RecordsPage /> },
        { path: paths.staff, element: <StaffRegisterPage /> },
        { path: paths.staffNew, element: <AddStaffPage /> },
        { path: `${paths.staff}/:staffId`, element: <PersonPage /> },
        { path: `${paths.staff}/:staffId/edit`, element: <EditStaffPage /> },
        { path: paths.settings, element: <SettingsPage /> },
        { path: paths.about, element: <AboutPage /> },
        ...appraisalRoutes,
        ...frameworkRoutes,
        ...auditsRoutes,
        { path: '*', element: <Navigate to={paths.dashboard} replace /> },
      ],
    },
  ]);
}
