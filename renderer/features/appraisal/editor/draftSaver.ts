/**
 * Saves the draft in the background: a save starts ~700 ms after the last change (so typing is
 * never slowed), or at once on `flush()` (changing step, leaving the screen, hiding the window).
 * Only one save runs at a time and each writes the latest snapshot, so keystrokes typed while a
 * save is running are saved by the next one, never lost. A failed save keeps the changes
 * pending and says why; the next change or flush tries again.
 */
import type { Appraisal, AppraisalStepId } from '../../../../shared/appraisal/appraisal';

export type SaveState =
  { kind: 'saved'; at: Date | null } | { kind: 'saving' } | { kind: 'failed'; message: string };

export const autosaveDelayMs = 700;

export class DraftSaver {
  private latestDraft: Appraisal;
  /** Counts changes; everything up to `savedUpTo` is in the database. */
  private changes: number;
  private savedUpTo = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;

  constructor(
    initial: Appraisal,
    private readonly save: (draft: Appraisal) => Promise<void>,
    private readonly onState: (state: SaveState) => void,
    private readonly describeError: (error: unknown) => string,
    /** True when the draft starts with changes not yet in the database (recovered after a reload). */
    startsDirty = false,
  ) {
    this.latestDraft = initial;
    this.changes = startsDirty ? 1 : 0;
  }

  private get dirty(): boolean {
    return this.changes !== this.savedUpTo;
  }

  get latest(): Appraisal {
    return this.latestDraft;
  }

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.running !== null;
  }

  change(next: Appraisal): void {
    this.latestDraft = next;
    this.changes += 1;
    this.onState({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), autosaveDelayMs);
  }

  /** Where the manager is, so coming back resumes there; saved with the next write. */
  setStep(step: AppraisalStepId): void {
    if (this.latestDraft.currentStep === step) return;
    this.latestDraft = { ...this.latestDraft, currentStep: step };
    this.changes += 1;
  }

  /**
   * Saves now if anything is unsaved. Resolves true once everything typed so far is written,
   * false when the save failed (the changes stay pending and the state says why).
   */
  flush(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.running !== null) return this.running.then(() => (this.dirty ? this.flush() : true));
    if (!this.dirty) return Promise.resolve(true);
    const run = this.run().finally(() => {
      this.running = null;
    });
    this.running = run.then(() => undefined);
    return run;
  }

  private async run(): Promise<boolean> {
    const snapshot = this.latestDraft;
    const upTo = this.changes;
    this.onState({ kind: 'saving' });
    try {
      await this.save(snapshot);
      this.savedUpTo = upTo;
      if (this.dirty) {
        // Typed during the save: keep going until quiet.
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), autosaveDelayMs);
      } else {
        this.onState({ kind: 'saved', at: new Date() });
      }
      return true;
    } catch (error) {
      this.onState({ kind: 'failed', message: this.describeError(error) });
      return false;
    }
  }
}
