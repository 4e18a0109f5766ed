/**
 * Screens and their addresses: every route in the app, each screen from its feature. A hash
 * router, because the app is served from a fixed custom origin (app://appraisals/) where only
 * index.html exists.
 */
import { createHashRouter, Navigate } from 'react-router';
import { AboutPage } from '../features/about/AboutPage';
import { AppraisalsPage } from '../features/appraisal/AppraisalsPage';
import { AppraisalEditorPage } from '../features/appraisal/editor/AppraisalEditorPage';
import { StartAppraisalPage } from '../features/appraisal/start/StartAppraisalPage';
import { AuditsPage } from '../features/audits/AuditsPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { RestorePage } from '../features/backups/RestorePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DocumentPage } from '../features/document/DocumentPage';
import { FrameworkEditorPage } from '../features/frameworks/FrameworkEditorPage';
import { FrameworkPage } from '../features/frameworks/FrameworkPage';
import { FrameworkVersionPage } from '../features/frameworks/FrameworkVersionPage';
import { PersonPage } from '../features/person/PersonPage';
import { RecordsPage } from '../features/records/RecordsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SigningPage } from '../features/signing/SigningPage';
import { AddStaffPage } from '../features/staff/AddStaffPage';
import { EditStaffPage } from '../features/staff/EditStaffPage';
import { StaffRegisterPage } from '../features/staff/StaffRegisterPage';
import { AppErrorPage } from './AppErrorPage';
import { AppShell } from './AppShell';
import { paths, startAppraisalPath } from './paths';

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
        { path: paths.backups, element: <BackupsPage /> },
        { path: `${paths.backups}/restore/:backupId`, element: <RestorePage /> },
        { path: paths.about, element: <AboutPage /> },
        // Appraisals
        { path: paths.appraisals, element: <AppraisalsPage /> },
        { path: startAppraisalPath, element: <StartAppraisalPage /> },
        // Without a step: opens where the draft was left.
        { path: `${paths.appraisals}/:appraisalId`, element: <AppraisalEditorPage /> },
        // Static segments rank above `:step`, so these two never reach the editor.
        { path: `${paths.appraisals}/:appraisalId/sign`, element: <SigningPage /> },
        { path: `${paths.appraisals}/:appraisalId/document`, element: <DocumentPage /> },
        { path: `${paths.appraisals}/:appraisalId/:step`, element: <AppraisalEditorPage /> },
        // Framework
        { path: paths.framework, element: <FrameworkPage /> },
        { path: `${paths.framework}/:frameworkId/:version`, element: <FrameworkVersionPage /> },
        { path: `${paths.framework}/:frameworkId/:version/edit`, element: <FrameworkEditorPage /> },
        // Audits and retention
        { path: paths.audits, element: <AuditsPage /> },
        { path: '*', element: <Navigate to={paths.dashboard} replace /> },
      ],
    },
  ]);
}
