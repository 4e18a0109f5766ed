/**
 * Choosing who appraises: a search box narrowing a list box of active staff (accent- and
 * case-blind, like the register's search), whose last choice is "Someone not on the register".
 * Controlled, so the start form (react-hook-form) and the header step (the draft) share it.
 */
import { useState, type Ref } from 'react';
import type { StaffRecord } from '../../../db/records';
import { notOnRegister } from './appraiserChoice';
import { peopleMatching } from './personSearch';

interface AppraiserChooserProps {
  /** The list box's id; the search box is `${id}-search`. */
  id: string;
  /** Active staff, the appraisee left out. */
  people: readonly StaffRecord[];
  /** A staff id, `notOnRegister`, or '' for no choice yet. */
  value: string;
  error?: string | undefined;
  listRef?: Ref<HTMLSelectElement>;
  /** A staff id, or `notOnRegister`. */
  onChoose: (choice: string) => void;
}

export function AppraiserChooser({ id, people, value, error, listRef, onChoose }: AppraiserChooserProps) {
  const [query, setQuery] = useState('');
  const matches = peopleMatching(people, query);
  // The chosen person stays visible even when the search would hide them.
  const chosen = people.find((p) => p.id === value);
  const shown = chosen !== undefined && !matches.includes(chosen) ? [chosen, ...matches] : matches;
  const searchId = `${id}-search`;

  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label htmlFor={searchId} className="field__label">
        Find the appraiser
      </label>
      <p id={`${searchId}-hint`} className="field__hint">
        Type part of their name, then choose them in the list. If they are not on the staff register, choose
        &ldquo;Someone not on the register&rdquo;, the last in the list.
      </p>
      <input
        id={searchId}
        type="search"
        className="input input--medium"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${searchId}-hint`}
        aria-controls={id}
        value={query}
        onChange={(event) => {
          const next = event.target.value;
          setQuery(next);
          const found = peopleMatching(people, next);
          if (found.length === 1 && found[0] !== undefined && next.trim() !== '') onChoose(found[0].id);
        }}
      />
      <label htmlFor={id} className="field__label staff-choice__label">
        Appraiser
      </label>
      {error !== undefined && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <p id={`${id}-count`} className="field__hint">
        {countText(matches.length, people.length)}
      </p>
      <select
        ref={listRef}
        id={id}
        className="input staff-choice"
        size={Math.max(4, Math.min(8, shown.length + 1))}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={[`${id}-count`, error === undefined ? undefined : `${id}-error`]
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => onChoose(event.target.value)}
      >
        {shown.map((person) => (
          <option key={person.id} value={person.id}>
            {`${person.fullName} — ${person.role}`}
          </option>
        ))}
        <option value={notOnRegister}>Someone not on the register</option>
      </select>
      {/* An unfocused list box shows its choice faintly, so say it in words too. */}
      <p className="staff-choice__chosen" aria-live="polite">
        {chosen !== undefined ? (
          <>
            Appraiser: <strong>{chosen.fullName}</strong>, from the staff register
          </>
        ) : value === notOnRegister ? (
          'Someone not on the register: enter their name and role below.'
        ) : (
          'No appraiser chosen yet.'
        )}
      </p>
    </div>
  );
}

function countText(matching: number, all: number): string {
  if (all === 0) return 'No one else is on the staff register.';
  if (matching < all) return `${matching} of ${all} match`;
  return `${all} ${all === 1 ? 'person' : 'people'} on the staff register`;
}
