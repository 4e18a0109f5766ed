/**
 * The autosave behind the appraisal editor: saves after a pause, at once on flush, one at a
 * time, always the latest snapshot, and never loses keystrokes typed while a save is running.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import {
  autosaveDelayMs,
  DraftSaver,
  type SaveState,
} from '../../../renderer/features/appraisal/editor/draftSaver';
import { completeAppraisal } from '../../fixtures/completeAppraisal';

const draft = completeAppraisal({ status: 'draft' });
const withComments = (text: string): Appraisal => ({ ...draft, appraiseeComments: text });

function setUp(save: (a: Appraisal) => Promise<void>) {
  const states: SaveState['kind'][] = [];
  const saver = new DraftSaver(
    draft,
    save,
    (s) => states.push(s.kind),
    (e) => String(e),
  );
  return { saver, states };
}

describe('DraftSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, after the pause that follows the last change, with the latest text', async () => {
    const saved: string[] = [];
    const { saver } = setUp((a) => {
      saved.push(a.appraiseeComments);
      return Promise.resolve();
    });
    saver.change(withComments('I'));
    await vi.advanceTimersByTimeAsync(autosaveDelayMs - 100);
    saver.change(withComments('I a'));
    saver.change(withComments('I agree'));
    await vi.advanceTimersByTimeAsync(autosaveDelayMs - 1);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['I agree']);
  });

  it('keeps what is typed during a save and saves it next; flush waits for all of it', async () => {
    const saved: string[] = [];
    let release: () => void = () => undefined;
    const { saver, states } = setUp(
      (a) =>
        new Promise<void>((resolve) => {
          saved.push(a.appraiseeComments);
          release = resolve;
        }),
    );
    saver.change(withComments('first'));
    const flushed = saver.flush();
    saver.change(withComments('first and more')); // typed while the first save runs
    expect(saver.hasUnsavedChanges).toBe(true);
    release();
    await vi.advanceTimersByTimeAsync(0);
    const all = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await flushed;
    await all;
    expect(saved).toEqual(['first', 'first and more']);
    expect(saver.hasUnsavedChanges).toBe(false);
    expect(states.at(-1)).toBe('saved');
  });

  it('reports a failed save and keeps the change pending for the next attempt', async () => {
    let fail = true;
    const saved: string[] = [];
    const { saver, states } = setUp((a) => {
      if (fail) return Promise.reject(new Error('refused'));
      saved.push(a.appraiseeComments);
      return Promise.resolve();
    });
    saver.change(withComments('kept'));
    // Callers that move on (to signing, to another screen) learn the save failed.
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toBe('failed');
    expect(saver.hasUnsavedChanges).toBe(true);
    fail = false;
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual(['kept']);
    expect(states.at(-1)).toBe('saved');
  });

  it('records the step being shown so resuming opens it', async () => {
    const saved: Appraisal[] = [];
    const { saver } = setUp((a) => {
      saved.push(a);
      return Promise.resolve();
    });
    saver.setStep('leadership');
    await saver.flush();
    expect(saved.map((a) => a.currentStep)).toEqual(['leadership']);
    saver.setStep('leadership');
    await saver.flush();
    expect(saved).toHaveLength(1);
  });
});
