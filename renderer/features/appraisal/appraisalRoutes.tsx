/** The appraisal screens' routes, added to the app's router as one group. */
import type { RouteObject } from 'react-router';
import { AppraisalsPage } from './AppraisalsPage';
import { appraisalsPath, startAppraisalPath } from './appraisalPaths';
import { AppraisalEditorPage } from './editor/AppraisalEditorPage';
import { StartAppraisalPage } from './start/StartAppraisalPage';

export const appraisalRoutes: RouteObject[] = [
  { path: appraisalsPath, element: <AppraisalsPage /> },
  { path: startAppraisalPath, element: <StartAppraisalPage /> },
  // Without a step: opens where the draft was left.
  { path: `${appraisalsPath}/:appraisalId`, element: <AppraisalEditorPage /> },
  { path: `${appraisalsPath}/:appraisalId/:step`, element: <AppraisalEditorPage /> },
];
