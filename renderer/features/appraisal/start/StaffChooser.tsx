/**
 * Choosing who to appraise: a search box that narrows a list box of active staff (accent- and
 * case-blind, like the register's search). When one person matches, they are chosen.
 */
import { useState, type Ref } from 'react';
import type { StaffRecord } from '../../../db/records';
import { peopleMatching } from './personSearch';

interface StaffChooserProps {
  people: readonly StaffRecord[];
  value: string;
  error: string | undefined;
  /** The list box, so the form can move focus to it when no one is chosen. */
  listRef?: Ref<HTMLSelectElement>;
  onChange: (staffId: string) => void;
}

export function StaffChooser({ people, value, error, listRef, onChange }: StaffChooserProps) {
  const [query, setQuery] = useState('');
  const matches = peopleMatching(people, query);
  // The chosen person stays visible even when the search would hide them.
  const chosen = people.find((p) => p.id === value);
  const shown = chosen !== undefined && !matches.includes(chosen) ? [chosen, ...matches] : matches;

  return (
    <div className={error === undefined ? 'field' : 'field field--error'}>
      <label htmlFor="staffChoiceSearch" className="field__label">
        Find a member of staff
      </label>
      <p id="staffChoiceSearch-hint" className="field__hint">
        Type part of their name, then choose them in the list below.
      </p>
      <input
        id="staffChoiceSearch"
        type="search"
        className="input input--medium"
        autoComplete="off"
        spellCheck={false}
        aria-describedby="staffChoiceSearch-hint"
        aria-controls="staffChoice"
        value={query}
        onChange={(event) => {
          const next = event.target.value;
          setQuery(next);
          const found = peopleMatching(people, next);
          if (found.length === 1 && found[0] !== undefined && next.trim() !== '') onChange(found[0].id);
        }}
      />
      <label htmlFor="staffChoice" className="field__label staff-choice__label">
        Member of staff
      </label>
      {error !== undefined && (
        <p id="staffChoice-error" className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <p id="staffChoice-count" className="field__hint">
        {matches.length === people.length
          ? `${people.length} active ${people.length === 1 ? 'person' : 'people'}`
          : `${matches.length} of ${people.length} match`}
      </p>
      <select
        ref={listRef}
        id="staffChoice"
        className="input staff-choice"
        size={Math.max(4, Math.min(8, shown.length))}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={['staffChoice-count', error === undefined ? undefined : 'staffChoice-error']
          .filter(Boolean)
          .join(' ')}
        onChange={(event) => onChange(event.target.value)}
      >
        {shown.map((person) => (
          <option key={person.id} value={person.id}>
            {`${person.fullName} — ${person.role}${person.team === '' ? '' : `, ${person.team}`}`}
          </option>
        ))}
      </select>
      {/* An unfocused list box shows its choice faintly, so say it in words too. */}
      <p className="staff-choice__chosen" aria-live="polite">
        {chosen === undefined ? (
          'No one chosen yet.'
        ) : (
          <>
            Chosen: <strong>{chosen.fullName}</strong>, {chosen.role}
          </>
        )}
      </p>
    </div>
  );
}
