/**
 * "Saving…" / "Saved" in a polite live region, so a screen reader hears it without being
 * interrupted. A failed save is also shown prominently by the editor (role="alert").
 */
import type { SaveState } from './draftSaver';

const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p role="status" aria-label="Save status" className={`save-status save-status--${state.kind}`}>
      {state.kind === 'saving' && 'Saving…'}
      {state.kind === 'saved' && (state.at === null ? 'Saved' : `Saved at ${timeFormat.format(state.at)}`)}
      {state.kind === 'failed' && 'Not saved'}
    </p>
  );
}
