/**
 * Screens and their addresses: every route in the app, each screen from its feature. A hash
 * router, because the app is served from a fixed custom origin (app://appraisals/) where only
 * index.html exists.
 */
import type { ComponentType } from 'react';
import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { AppErrorPage } from './AppErrorPage';
import { AppShell } from './AppShell';
import { paths, startAppraisalPath } from './paths';

/**
 * A screen loaded when it is first opened: only the dashboard (the home screen) is in the first
 * download, so the app starts sooner on a slow office PC.
 */
function screen(load: () => Promise<ComponentType>): RouteObject['lazy'] {
  return async () => ({ Component: await load() });
}

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      errorElement: <AppErrorPage />,
      children: [
        { index: true, element: <DashboardPage /> },
        {
          path: paths.records,
          lazy: screen(() => import('../features/records/RecordsPage').then((m) => m.RecordsPage)),
        },
        {
          path: paths.staff,
          lazy: screen(() => import('../features/staff/StaffRegisterPage').then((m) => m.StaffRegisterPage)),
        },
        {
          path: paths.staffNew,
          lazy: screen(() => import('../features/staff/AddStaffPage').then((m) => m.AddStaffPage)),
        },
        {
          path: `${paths.staff}/:staffId`,
          lazy: screen(() => import('../features/person/PersonPage').then((m) => m.PersonPage)),
        },
        {
          path: `${paths.staff}/:staffId/edit`,
          lazy: screen(() => import('../features/staff/EditStaffPage').then((m) => m.EditStaffPage)),
        },
        {
          path: paths.settings,
          lazy: screen(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage)),
        },
        {
          path: paths.backups,
          lazy: screen(() => import('../features/backups/BackupsPage').then((m) => m.BackupsPage)),
        },
        {
          path: `${paths.backups}/restore/:backupId`,
          lazy: screen(() => import('../features/backups/RestorePage').then((m) => m.RestorePage)),
        },
        {
          path: paths.about,
          lazy: screen(() => import('../features/about/AboutPage').then((m) => m.AboutPage)),
        },
        // Appraisals
        {
          path: paths.appraisals,
          lazy: screen(() => import('../features/appraisal/AppraisalsPage').then((m) => m.AppraisalsPage)),
        },
        {
          path: startAppraisalPath,
          lazy: screen(() =>
            import('../features/appraisal/start/StartAppraisalPage').then((m) => m.StartAppraisalPage),
          ),
        },
        // Without a step: opens where the draft was left.
        {
          path: `${paths.appraisals}/:appraisalId`,
          lazy: screen(() =>
            import('../features/appraisal/editor/AppraisalEditorPage').then((m) => m.AppraisalEditorPage),
          ),
        },
        // Static segments rank above `:step`, so these two never reach the editor.
        {
          path: `${paths.appraisals}/:appraisalId/sign`,
          lazy: screen(() => import('../features/signing/SigningPage').then((m) => m.SigningPage)),
        },
        {
          path: `${paths.appraisals}/:appraisalId/document`,
          lazy: screen(() => import('../features/document/DocumentPage').then((m) => m.DocumentPage)),
        },
        {
          path: `${paths.appraisals}/:appraisalId/:step`,
          lazy: screen(() =>
            import('../features/appraisal/editor/AppraisalEditorPage').then((m) => m.AppraisalEditorPage),
          ),
        },
        // Framework
        {
          path: paths.framework,
          lazy: screen(() => import('../features/frameworks/FrameworkPage').then((m) => m.FrameworkPage)),
        },
        {
          path: `${paths.framework}/:frameworkId/:version`,
          lazy: screen(() =>
            import('../features/frameworks/FrameworkVersionPage').then((m) => m.FrameworkVersionPage),
          ),
        },
        {
          path: `${paths.framework}/:frameworkId/:version/edit`,
          lazy: screen(() =>
            import('../features/frameworks/FrameworkEditorPage').then((m) => m.FrameworkEditorPage),
          ),
        },
        // Audits and retention
        {
          path: paths.audits,
          lazy: screen(() => import('../features/audits/AuditsPage').then((m) => m.AuditsPage)),
        },
        { path: '*', element: <Navigate to={paths.dashboard} replace /> },
      ],
    },
  ]);
}
