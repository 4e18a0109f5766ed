/**
 * Editing a draft. The form keeps exactly what the manager typed; saving checks it with the
 * shared schema first and, while anything is wrong, writes nothing and lists the problems.
 * Unsaved text is also kept on this computer (keptEdits), so leaving or a crash loses nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import { sectionDefinitions, sectionIds, type SectionId } from '../../../../shared/framework/frameworkSchema';
import { useDatabase } from '../../../app/databaseContext';
import { saveDraft, type FrameworkDraftContent } from '../../../db/frameworkRepository';
import type { FrameworkRecord } from '../../../db/records';
import { ActionErrorNotice } from '../../../components/actionError';
import { ConfirmActionDialog } from '../../../components/ConfirmActionDialog';
import { useAction } from '../../../components/useAction';
import { moveButtonId, summaryId } from './CompetencyEditor';
import {
  addCompetency,
  contentOf,
  draftFormFrom,
  moveCompetency,
  removeCompetency,
  sameContent,
  updateCompetency,
  type CompetencyDraft,
  type FrameworkDraftForm,
} from './draftForm';
import { draftProblems, messagesByField, type DraftProblem } from './draftProblems';
import { DraftProblemSummary } from './DraftProblemSummary';
import { EditorBar } from './EditorBar';
import { EditorSection } from './EditorSection';
import { FrameworkDetailsFields } from './FrameworkDetailsFields';
import { forgetEdits, keepEdits, readKeptEdits } from './keptEdits';
import { useFocusRequest } from './useFocusRequest';

export function FrameworkEditor({ record }: { record: FrameworkRecord }) {
  const db = useDatabase();
  const ref = { frameworkId: record.frameworkId, version: record.version };
  const [kept] = useState(() => readKeptEdits(ref));
  const [saved, setSaved] = useState(() => draftFormFrom(record.framework));
  const [form, setForm] = useState<FrameworkDraftForm>(() => kept ?? saved);
  const [checking, setChecking] = useState(false);
  const [refusedCount, setRefusedCount] = useState(0);
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(new Set());
  const [removing, setRemoving] = useState<{ sectionId: SectionId; draft: CompetencyDraft } | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const saving = useAction(
    (content: FrameworkDraftContent) => saveDraft(db, ref, content),
    'Something went wrong and the draft was not saved. Please try again.',
  );
  const focus = useFocusRequest();
  const unsaved = !sameContent(form, saved);

  const { frameworkId, version } = record;
  useEffect(() => {
    if (unsaved) keepEdits({ frameworkId, version }, form);
    else forgetEdits({ frameworkId, version });
  }, [form, unsaved, frameworkId, version]);

  // Checked live once a save has been refused, so the list shrinks as things are fixed.
  const problems = useMemo(
    () => (checking ? draftProblems(record.framework, form) : []),
    [checking, record.framework, form],
  );
  const errors = useMemo(() => messagesByField(problems), [problems]);
  const problemKeys = useMemo(
    () => new Set(problems.flatMap((p) => (p.competencyKey === null ? [] : [p.competencyKey]))),
    [problems],
  );

  const edit = (next: FrameworkDraftForm) => {
    setForm(next);
    setSavedAt(null);
  };
  const setOpen = (key: string, open: boolean) =>
    setOpenKeys((keys) => {
      const next = new Set(keys);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const goTo = (problem: DraftProblem) => {
    if (problem.competencyKey !== null) setOpen(problem.competencyKey, true);
    if (problem.fieldId !== null) focus(problem.fieldId);
  };

  async function save() {
    const found = draftProblems(record.framework, form);
    if (found.length > 0) {
      setChecking(true);
      setRefusedCount((n) => n + 1);
      setOpenKeys((keys) => new Set([...keys, ...found.flatMap((p) => p.competencyKey ?? [])]));
      return;
    }
    const outcome = await saving.run(contentOf(form));
    if (outcome.ok) {
      setSaved(form);
      setSavedAt(new Date());
      setChecking(false);
    }
  }

  function move(sectionId: SectionId, key: string, offset: -1 | 1) {
    const next = moveCompetency(form, sectionId, key, offset);
    const drafts = next.sections[sectionId];
    const index = drafts.findIndex((d) => d.key === key);
    const title = drafts[index]?.competency.title ?? '';
    edit(next);
    setAnnouncement(`Moved "${title}" to position ${index + 1} of ${drafts.length}.`);
    // At either end the pressed button is disabled, so focus goes to the one still usable.
    const atEnd = offset < 0 ? index === 0 : index === drafts.length - 1;
    focus(moveButtonId(key, atEnd ? (offset < 0 ? 1 : -1) : offset));
  }

  function add(sectionId: SectionId) {
    const [next, key] = addCompetency(form, sectionId);
    edit(next);
    setOpen(key, true);
    focus(`${key}-title`);
  }

  function remove(sectionId: SectionId, draft: CompetencyDraft) {
    const drafts = form.sections[sectionId];
    const index = drafts.findIndex((d) => d.key === draft.key);
    const neighbour = drafts[index + 1] ?? drafts[index - 1];
    edit(removeCompetency(form, sectionId, draft.key));
    setAnnouncement(`Removed "${draft.competency.title}".`);
    focus(neighbour === undefined ? `${sectionId}-add-competency` : summaryId(neighbour.key));
  }

  return (
    <form
      className="fw-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {kept !== null && unsaved && (
        <div className="notice fw-restored">
          <p className="notice__message">
            Your changes that were not saved last time are back in the form. Save the draft to keep them.
          </p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setUndoing(true)}
          >
            Undo the unsaved changes
          </button>
        </div>
      )}
      <DraftProblemSummary problems={problems} refusedCount={refusedCount} onGoTo={goTo} />
      <ActionErrorNotice error={saving.error} />
      <FrameworkDetailsFields form={form} errors={errors} onChange={edit} />
      {sectionIds.map((sectionId) => (
        <EditorSection
          key={sectionId}
          section={{ id: sectionId, ...sectionDefinitions[sectionId] }}
          drafts={form.sections[sectionId]}
          openKeys={openKeys}
          problemKeys={problemKeys}
          errors={errors}
          onToggle={setOpen}
          onChange={(key, change) => edit(updateCompetency(form, sectionId, key, change))}
          onMove={(key, offset) => move(sectionId, key, offset)}
          onRemove={(draft) => setRemoving({ sectionId, draft })}
          onAdd={add}
          onFocusField={focus}
        />
      ))}
      <EditorBar
        record={record}
        unsaved={unsaved}
        savedAt={savedAt}
        saving={saving.busy}
        announcement={announcement}
      />
      {removing !== null && (
        <ConfirmActionDialog
          title={`Remove "${removing.draft.competency.title || 'this new competency'}"?`}
          confirmLabel="Remove competency"
          danger
          onClose={() => setRemoving(null)}
          action={() => {
            remove(removing.sectionId, removing.draft);
            setRemoving(null);
            return Promise.resolve();
          }}
        >
          <p>This takes the competency, and everything written for it, out of this draft.</p>
          <p>Appraisals that used earlier versions keep it. Nothing is saved until you save the draft.</p>
        </ConfirmActionDialog>
      )}
      {undoing && (
        <ConfirmActionDialog
          title="Undo the unsaved changes?"
          confirmLabel="Undo the unsaved changes"
          danger
          onClose={() => setUndoing(false)}
          action={() => {
            edit(saved);
            setUndoing(false);
            return Promise.resolve();
          }}
        >
          <p>
            The form goes back to the draft as it was last saved. The changes that were not saved are lost.
          </p>
        </ConfirmActionDialog>
      )}
    </form>
  );
}
