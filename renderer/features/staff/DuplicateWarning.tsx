/**
 * "Is this the same person?" Shown instead of saving when the name matches someone already
 * on the register. Nothing is saved until the manager chooses.
 */
import { useEffect, useRef } from 'react';
import { formatDate } from '../../../shared/dates';
import type { ProbableDuplicate } from '../../../shared/staff/duplicates';
import { displayName } from '../../../shared/staff/names';
import { todayIso } from '../../components/today';
import { staffStatusLabel, staffStatusOn } from '../../components/staffStatus';

const reasonText: Record<ProbableDuplicate['reason'], string> = {
  'same name': 'has the same name',
  'same name in a different order': 'has the same name in a different order',
  'very similar name': 'has a very similar name',
};

interface DuplicateWarningProps {
  duplicates: readonly ProbableDuplicate[];
  saving: boolean;
  onSaveAnyway: () => void;
  onChangeName: () => void;
  onCancel: () => void;
}

export function DuplicateWarning({
  duplicates,
  saving,
  onSaveAnyway,
  onChangeName,
  onCancel,
}: DuplicateWarningProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const today = todayIso();

  return (
    <section className="warning-panel" aria-labelledby="duplicate-warning-title">
      <h2 id="duplicate-warning-title" ref={headingRef} tabIndex={-1} className="warning-panel__title">
        Is this someone already on the register?
      </h2>
      <ul className="warning-panel__list">
        {duplicates.map(({ member, reason }) => (
          <li key={member.id}>
            <strong>{displayName(member)}</strong> {reasonText[reason]}: {member.role}, started{' '}
            {formatDate(member.startDate)}, {staffStatusLabel(staffStatusOn(member, today)).toLowerCase()}.
          </li>
        ))}
      </ul>
      <p>
        Nothing has been saved. If this is a different person, save anyway. If it is the same person, cancel:
        they are already on the register.
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onSaveAnyway} disabled={saving}>
          Save anyway
        </button>
        <button type="button" className="button button--secondary" onClick={onChangeName}>
          Change the name
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
