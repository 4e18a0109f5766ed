/**
 * The editor's own copy of the draft. It is local and authoritative while the manager works:
 * it is seeded once and never re-seeded from the database (which would undo keystrokes typed
 * during a save); every change is autosaved by `DraftSaver`.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Appraisal, AppraisalStepId } from '../../../../shared/appraisal/appraisal';
import { useDatabase } from '../../../app/databaseContext';
import { useNotify } from '../../../components/noticeContext';
import { saveDraft } from '../../../db/appraisalRepository';
import { InvalidInputError, RefusedChangeError } from '../../../db/repositoryErrors';
import { DraftSaver, type SaveState } from './draftSaver';
import { clearJournal, writeJournal } from '../../../db/unsavedJournal';

type DraftRecipe = (draft: Appraisal) => Appraisal;
export type UpdateDraft = (recipe: DraftRecipe) => void;

export interface DraftEditor {
  draft: Appraisal;
  update: UpdateDraft;
  saveState: SaveState;
  /** Records the step being shown (for resuming) and saves everything now. */
  enterStep: (step: AppraisalStepId) => void;
  /** Saves everything now; false when the save failed (the screen already says why). */
  flush: () => Promise<boolean>;
}

/** `readOnly`: signed by the appraisee, so nothing is saved (the store would refuse it anyway). */
export function useDraftEditor(initial: Appraisal, recovered: boolean, readOnly = false): DraftEditor {
  const db = useDatabase();
  const notify = useNotify();
  const [draft, setDraft] = useState(initial);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: null });
  const [saver] = useState(
    () =>
      new DraftSaver(
        initial,
        async (snapshot) => {
          await saveDraft(db, snapshot);
          // Nothing newer is waiting, so the last-moment copy (if any) is no longer needed.
          if (saver.latest === snapshot) clearJournal(snapshot.id);
        },
        setSaveState,
        saveErrorMessage,
        recovered,
      ),
  );

  useEffect(() => {
    // A draft recovered from the last-moment copy is saved properly straight away.
    if (recovered && !readOnly) void saver.flush();
  }, [saver, recovered, readOnly]);

  useEffect(() => {
    const keepUnsaved = () => {
      if (!saver.hasUnsavedChanges) return;
      writeJournal(saver.latest);
      void saver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keepUnsaved();
    };
    window.addEventListener('pagehide', keepUnsaved);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', keepUnsaved);
    return () => {
      window.removeEventListener('pagehide', keepUnsaved);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', keepUnsaved);
      // Leaving the screen (another page of the app): save what is pending. The editor is gone
      // by the time a save could fail, so the page the manager went to says so, and the
      // last-moment copy keeps the words until the appraisal is opened again.
      if (!saver.hasUnsavedChanges) return;
      writeJournal(saver.latest);
      void saver.flush().then((saved) => {
        if (!saved) notify(leftUnsavedMessage(saver.latest.header.staffName), undefined, 'problem');
      });
    };
  }, [saver, notify]);

  const update = useCallback<UpdateDraft>(
    (recipe) => {
      if (readOnly) return;
      const next = recipe(saver.latest);
      if (next === saver.latest) return;
      saver.change(next);
      setDraft(next);
    },
    [saver, readOnly],
  );

  const enterStep = useCallback(
    (step: AppraisalStepId) => {
      if (readOnly) return;
      saver.setStep(step);
      void saver.flush();
    },
    [saver, readOnly],
  );

  const flush = useCallback(() => saver.flush(), [saver]);

  return { draft, update, saveState, enterStep, flush };
}

function leftUnsavedMessage(staffName: string): string {
  return `Your latest changes to ${staffName}’s appraisal could not be saved when you left it. They are kept on this PC and are saved when you open the appraisal again.`;
}

function saveErrorMessage(error: unknown): string {
  const kept = 'What you typed is still on screen, so you can copy anything you need.';
  if (error instanceof RefusedChangeError)
    return `Your latest changes are not saved. ${error.message} ${kept}`;
  if (error instanceof InvalidInputError)
    return `Your latest changes are not saved: ${error.message} ${kept}`;
  return `Your latest changes could not be saved just now. ${kept} The app tries again when you next make a change.`;
}
