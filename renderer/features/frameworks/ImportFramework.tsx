/**
 * Importing a framework from a JSON file. A good file becomes a new draft (never replacing a
 * version already here); a bad one is refused with every problem listed and nothing changed.
 */
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../app/databaseContext';
import { useNotify } from '../../components/noticeContext';
import { useAction } from '../../components/useAction';
import { importFramework } from '../../db/frameworkImport';
import { InvalidFrameworkError } from '../../db/frameworkRepository';
import { versionPath } from '../../app/paths';
import { importedMessage, maxImportBytes, tooLargeMessage } from './importMessages';

interface Refusal {
  fileName: string;
  problems: readonly string[];
}

export function ImportFramework() {
  const db = useDatabase();
  const navigate = useNavigate();
  const notify = useNotify();
  const problemsRef = useRef<HTMLDivElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // A refusal is shown as the file's list of problems, so the action's own error is not shown.
  const importing = useAction(
    async (file: File) => importFramework(db, await file.text()),
    'Something went wrong while reading the file. Please try again.',
  );

  // Each refusal moves focus to its panel, so a screen reader reads it and the manager sees it.
  useEffect(() => {
    if (refusal !== null) problemsRef.current?.focus();
  }, [refusal]);

  function refuse(fileName: string, problems: readonly string[]) {
    setRefusal({ fileName, problems });
  }

  async function choose(file: File) {
    setRefusal(null);
    if (file.size > maxImportBytes) {
      refuse(file.name, [tooLargeMessage(file.size)]);
      return;
    }
    const outcome = await importing.run(file);
    if (outcome.ok) {
      const path = versionPath(outcome.value.record);
      notify(importedMessage(file.name, outcome.value), path);
      void navigate(path);
    } else {
      refuse(
        file.name,
        outcome.caught instanceof InvalidFrameworkError
          ? outcome.caught.problems
          : ['Something went wrong while reading the file. Please try again.'],
      );
    }
  }

  return (
    <section className="panel fw-import" aria-labelledby="import-title">
      <h2 id="import-title">Import a framework from a file</h2>
      <p>
        Choose a framework file (.json) exported from Care Appraisals, for example by another home in your
        group. It is added as a new draft for you to check and publish; nothing you already have is changed.
      </p>
      {refusal !== null && (
        <div
          ref={problemsRef}
          tabIndex={-1}
          className="error-summary"
          aria-labelledby="import-problems-title"
        >
          <h3 id="import-problems-title" className="error-summary__title">
            {refusal.fileName} was not imported
          </h3>
          <p className="error-summary__intro">Nothing has changed. What is wrong with the file:</p>
          <ul className="problem-list">
            {refusal.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {/* The native input is hidden so its "No file chosen" text cannot confuse; the label below is
          its visible button and shows its focus ring. */}
      <input
        id="framework-file"
        type="file"
        accept=".json,application/json"
        className="visually-hidden file-input"
        disabled={importing.busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) is noticed.
          event.target.value = '';
          if (file !== undefined) void choose(file);
        }}
      />
      <label htmlFor="framework-file" className="button button--secondary file-button">
        {importing.busy ? 'Importing…' : 'Choose a framework file'}
      </label>
    </section>
  );
}
