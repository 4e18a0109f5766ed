/**
 * A last-moment copy of unsaved changes, written synchronously to localStorage when the page
 * is hidden or unloaded (closing the window, a reload). IndexedDB writes are asynchronous and
 * can be cut off as a page unloads; localStorage writes cannot. The next time the draft opens,
 * a journal entry (if any) holds the newest text and is saved properly, then removed.
 */
import { appraisalSchema, type Appraisal } from '../../shared/appraisal/appraisal';

const prefix = 'care-appraisals:unsaved-draft:';

export function writeJournal(draft: Appraisal): void {
  try {
    localStorage.setItem(prefix + draft.id, JSON.stringify(draft));
  } catch {
    // Storage full or unavailable: the regular autosave is still running; nothing else to do.
  }
}

/** The journalled draft, if there is one and it is still a valid record of this appraisal. */
export function readJournal(appraisalId: string): Appraisal | null {
  let text: string | null;
  try {
    text = localStorage.getItem(prefix + appraisalId);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const parsed = appraisalSchema.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.id === appraisalId) return parsed.data;
  } catch {
    // Not JSON: fall through and discard it.
  }
  clearJournal(appraisalId);
  return null;
}

export function clearJournal(appraisalId: string): void {
  try {
    localStorage.removeItem(prefix + appraisalId);
  } catch {
    // Unavailable storage holds nothing to clear.
  }
}
