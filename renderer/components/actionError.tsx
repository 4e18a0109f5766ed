/**
 * What to tell the manager when an action is refused or fails: the repository's own
 * plain-English reason (with its list of problems, if any), or a safe fallback.
 */
import { IpcError } from '../../shared/ipcError';
import { InvalidFrameworkError, RefusedChangeError } from '../db/repositoryErrors';

export interface ActionError {
  message: string;
  problems: readonly string[];
}

export function actionError(caught: unknown, fallback: string): ActionError {
  if (caught instanceof InvalidFrameworkError) {
    return { message: 'The framework has problems, so nothing was changed:', problems: caught.problems };
  }
  if (caught instanceof RefusedChangeError || caught instanceof IpcError) {
    return { message: caught.message, problems: [] };
  }
  return { message: fallback, problems: [] };
}

export function ActionErrorNotice({ error }: { error: ActionError | null }) {
  if (error === null) return null;
  return (
    <div role="alert" className="notice notice--error">
      <p className="notice__message">{error.message}</p>
      {error.problems.length > 0 && (
        <ul className="problem-list">
          {error.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
