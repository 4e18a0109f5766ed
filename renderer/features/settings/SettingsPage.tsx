/** The care home's details after first run. */
import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useDatabase } from '../../app/databaseContext';
import { useNotify } from '../../components/noticeContext';
import { PageHeading } from '../../components/PageHeading';
import { getSettings } from '../../db/settingsRepository';
import { DocumentSigningSection } from './DocumentSigningSection';
import { RetentionSetting } from './RetentionSetting';
import { SettingsForm } from './SettingsForm';

export function SettingsPage() {
  const db = useDatabase();
  const notify = useNotify();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  return (
    <>
      <PageHeading title="Care home settings" />
      <p className="lead">
        These details are printed on every appraisal. Backups and restoring are in{' '}
        <Link to={paths.backups}>Backups</Link>.
      </p>
      {/* Mounted once the saved details are loaded, so the form starts from them. */}
      {settings !== undefined && (
        <SettingsForm
          settings={settings}
          submitLabel="Save settings"
          onSaved={() => notify('Saved the care home settings')}
        />
      )}
      {settings !== undefined && <RetentionSetting settings={settings} />}
      {settings !== undefined && <DocumentSigningSection settings={settings} />}
    </>
  );
}
