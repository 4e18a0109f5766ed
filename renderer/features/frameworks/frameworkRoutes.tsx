/** The framework screens' routes, added to the app's router as one group. */
import type { RouteObject } from 'react-router';
import { paths } from '../../app/paths';
import { FrameworkEditorPage } from './FrameworkEditorPage';
import { FrameworkPage } from './FrameworkPage';
import { FrameworkVersionPage } from './FrameworkVersionPage';

export const frameworkRoutes: RouteObject[] = [
  { path: paths.framework, element: <FrameworkPage /> },
  { path: `${paths.framework}/:frameworkId/:version`, element: <FrameworkVersionPage /> },
  { path: `${paths.framework}/:frameworkId/:version/edit`, element: <FrameworkEditorPage /> },
];
