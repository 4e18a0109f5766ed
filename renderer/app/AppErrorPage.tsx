/** Shown instead of a blank window if a screen fails; says what to do in plain English. */
import { useRouteError } from 'react-router';

export function AppErrorPage() {
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : null;
  return (
    <main className="setup">
      <div className="setup__card">
        <h1>Something went wrong</h1>
        <p>
          Care Appraisals could not show this screen. Everything you had already saved is safe. Reload the app
          to carry on; if this keeps happening, tell whoever looks after your computers.
        </p>
        {detail !== null && <p className="muted">Details: {detail}</p>}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the app
        </button>
      </div>
    </main>
  );
}
