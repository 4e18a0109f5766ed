/** The appraisal screens' routes, added to the app's router as one group. */
import type { RouteObject } from 'react-router';
import { DocumentPage } from '../document/DocumentPage';
import { SigningPage } from '../signing/SigningPage';
import { AppraisalsPage } from './AppraisalsPage';
import { appraisalsPath, startAppraisalPath } from './appraisalPaths';
import { AppraisalEditorPage } from './editor/AppraisalEditorPage';
import { StartAppraisalPage } from './start/StartAppraisalPage';

export const appraisalRoutes: RouteObject[] = [
  { path: appraisalsPath, element: <AppraisalsPage /> },
  { path: startAppraisalPath, element: <StartAppraisalPage /> },
  // Without a step: opens where the draft was left.
  { path: `${appraisalsPath}/:appraisalId`, element: <AppraisalEditorPage /> },
  // Static segments rank above `:step`, so these two never reach the editor.
  { path: `${appraisalsPath}/:appraisalId/sign`, element: <SigningPage /> },
  { path: `${appraisalsPath}/:appraisalId/document`, element: <DocumentPage /> },
  { path: `${appraisalsPath}/:appraisalId/:step`, element: <AppraisalEditorPage /> },
];
