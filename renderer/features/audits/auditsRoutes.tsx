/** The audits screen's route, added to the app's router as one group. */
import type { RouteObject } from 'react-router';
import { AuditsPage } from './AuditsPage';
import { auditsPath } from './auditsPaths';

export const auditsRoutes: RouteObject[] = [{ path: auditsPath, element: <AuditsPage /> }];
