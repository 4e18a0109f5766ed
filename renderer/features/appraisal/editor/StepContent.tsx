/** The form for one step. */
import type { AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import { AppraiseeCommentsStep } from '../steps/AppraiseeCommentsStep';
import { DevelopmentStep } from '../steps/DevelopmentStep';
import { HeaderStep } from '../steps/HeaderStep';
import { ObjectivesStep } from '../steps/ObjectivesStep';
import { PreviousObjectivesStep } from '../steps/PreviousObjectivesStep';
import { RatingsStep } from '../steps/RatingsStep';
import { ReadyStep } from '../steps/ReadyStep';
import { SelfAssessmentStep } from '../steps/SelfAssessmentStep';
import { SummaryStep } from '../steps/SummaryStep';
import { WellbeingStep } from '../steps/WellbeingStep';
import type { StepProps } from './stepProps';

export function StepContent({ step, ...props }: StepProps & { step: AppraisalStepId }) {
  switch (step) {
    case 'header':
      return <HeaderStep {...props} />;
    case 'self-assessment':
      return <SelfAssessmentStep {...props} />;
    case 'management':
      return <RatingsStep {...props} section="management" />;
    case 'leadership':
      return <RatingsStep {...props} section="leadership" />;
    case 'previous-objectives':
      return <PreviousObjectivesStep {...props} />;
    case 'objectives':
      return <ObjectivesStep {...props} />;
    case 'development':
      return <DevelopmentStep {...props} />;
    case 'wellbeing':
      return <WellbeingStep {...props} />;
    case 'summary':
      return <SummaryStep {...props} />;
    case 'appraisee-comments':
      return <AppraiseeCommentsStep {...props} />;
    case 'ready':
      return <ReadyStep {...props} />;
  }
}
