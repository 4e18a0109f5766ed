/**
 * The framework that ships with the app. Appraisals pin it by id and version, so once released
 * its text never changes: any rewording becomes version 2 with a new createdAt, and version 1
 * stays available for the appraisals that used it.
 */
import { sectionDefinitions, type Framework } from '../frameworkSchema';
import { ratingScale } from '../scale';
import { leadershipBehaviours } from './leadershipBehaviours';
import { managementTasks } from './managementTasks';

export const builtInFrameworkId = 'care-appraisals-core';

export const builtInFramework: Framework = {
  frameworkId: builtInFrameworkId,
  version: 1,
  name: 'Care Appraisals core framework',
  description:
    'A framework for appraising anyone who works in a care home, whatever their job title. ' +
    'Management tasks are about structure and stability; leadership behaviours are about vision and change. ' +
    'The levels describe how consistently and how widely someone shows each one: in their own work, ' +
    'across their shift and team, or in shaping how the whole home works. A care assistant can be ' +
    'exemplary at planning their work, and a deputy manager can still be developing as a coach. ' +
    'If a competency does not fit someone\'s role, mark it "Not applicable to this role" and say why.',
  origin: 'built-in',
  basedOn: null,
  createdAt: '2026-11-28T00:00:00Z',
  scale: ratingScale,
  sections: [
    { id: 'management', ...sectionDefinitions.management, competencies: managementTasks },
    { id: 'leadership', ...sectionDefinitions.leadership, competencies: leadershipBehaviours },
  ],
};
