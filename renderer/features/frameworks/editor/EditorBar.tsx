/**
 * The bar that stays at the bottom of the window while editing: Save, the way back, and whether
 * everything is saved. Moves and removals are announced to screen readers from here too.
 */
import { Link } from 'react-router';
import type { FrameworkRecord } from '../../../db/records';
import { versionPath } from '../../../app/paths';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

interface EditorBarProps {
  record: FrameworkRecord;
  unsaved: boolean;
  savedAt: Date | null;
  saving: boolean;
  announcement: string;
}

export function EditorBar({ record, unsaved, savedAt, saving, announcement }: EditorBarProps) {
  const state = unsaved
    ? 'Changes not saved yet (kept on this computer until you save)'
    : savedAt === null
      ? 'No changes since the draft was last saved'
      : `Saved at ${timeFormat.format(savedAt)}`;
  return (
    <div className="fw-editor-bar">
      <button type="submit" className="button" disabled={saving}>
        Save draft
      </button>
      <Link to={versionPath(record)} className="button button--secondary">
        Back to the framework
      </Link>
      <p className={unsaved ? 'fw-editor-bar__state fw-editor-bar__state--unsaved' : 'fw-editor-bar__state'}>
        {state}
      </p>
      <p role="status" className="visually-hidden">
        {savedAt !== null && !unsaved ? `Saved the draft at ${timeFormat.format(savedAt)}.` : announcement}
      </p>
    </div>
  );
}
