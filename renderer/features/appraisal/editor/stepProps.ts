/** What every step of the guided appraisal is given. */
import type { Appraisal, AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import type { MissingItem } from '../../../../shared/appraisal/readiness';
import type { Framework } from '../../../../shared/framework/frameworkSchema';
import type { UpdateDraft } from './useDraftEditor';

interface StepContext {
  /** Today on this PC, ISO. */
  today: string;
  /** The home's months between appraisals, for the default next due date. */
  intervalMonths: number;
}

export interface StepProps {
  draft: Appraisal;
  update: UpdateDraft;
  framework: Framework;
  context: StepContext;
  /** Everything still missing in the whole appraisal (each step picks its own). */
  missing: readonly MissingItem[];
  /** Moves to a step, optionally focusing one element there (a checklist link). */
  goTo: (step: AppraisalStepId, anchor?: string) => void;
  /** Saves everything typed, then opens the signing screen. */
  goToSigning: () => void;
  /** Signed by the appraisee: shown, not editable. */
  locked: boolean;
}

/** Messages still open for one element (a competency card, an objective), by its anchor id. */
export function missingFor(missing: readonly MissingItem[], anchor: string): string[] {
  return missing.filter((item) => item.anchor === anchor).map((item) => item.message);
}
