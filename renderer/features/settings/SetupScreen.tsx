/** First run: before anything else, the care home's details, with a friendly word of welcome. */
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { PageHeading } from '../../components/PageHeading';
import { SettingsForm } from './SettingsForm';

export function SetupScreen() {
  const navigate = useNavigate();
  return (
    <div className="setup">
      <main className="setup__card">
        <PageHeading title="Welcome">Welcome to Care Appraisals</PageHeading>
        <p className="lead">
          Before you start, tell us about your care home. These details go at the top of every appraisal you
          print. You can change them at any time in Care home settings.
        </p>
        <SettingsForm
          settings={undefined}
          submitLabel="Save and continue"
          onSaved={() => {
            void navigate(paths.dashboard, { replace: true });
          }}
        />
      </main>
    </div>
  );
}
