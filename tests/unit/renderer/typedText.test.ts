/**
 * A draft's text field shows each key at once and hears the draft's copy back later
 * (useTypedText): its own keys coming back never undo newer ones; a change from elsewhere shows.
 */
import { describe, expect, it } from 'vitest';
import { handedIn, shownAtFirst, typed } from '../../../renderer/features/appraisal/fields/useTypedText';

describe('a field that tells the draft in a transition', () => {
  it('keeps the newest keys on screen while the draft hands back older ones', () => {
    let shown = shownAtFirst('Seen');
    shown = typed(shown, 'Seen t');
    shown = typed(shown, 'Seen tw');
    shown = typed(shown, 'Seen twi');
    // The step catches up one key at a time, then all at once.
    shown = handedIn(shown, 'Seen t');
    expect(shown.text).toBe('Seen twi');
    shown = handedIn(shown, 'Seen twi');
    expect(shown).toEqual({ text: 'Seen twi', from: 'Seen twi', unanswered: [] });
  });

  it('shows a value it did not send, and forgets what it was waiting for', () => {
    let shown = typed(shownAtFirst(''), 'a');
    shown = handedIn(shown, 'Restored from the last-moment copy');
    expect(shown).toEqual(shownAtFirst('Restored from the last-moment copy'));
  });

  it('is left alone when the same value is handed in again', () => {
    const shown = typed(shownAtFirst('x'), 'xy');
    expect(handedIn(shown, 'x')).toBe(shown);
  });

  it('keeps a key typed and deleted again deleted, whatever the step hands back meanwhile', () => {
    let shown = shownAtFirst('ab');
    shown = typed(shown, 'abc');
    shown = typed(shown, 'ab');
    expect(handedIn(shown, 'ab')).toBe(shown);
    shown = handedIn(shown, 'abc');
    expect(shown.text).toBe('ab');
    shown = handedIn(shown, 'ab');
    expect(shown).toEqual(shownAtFirst('ab'));
  });
});
