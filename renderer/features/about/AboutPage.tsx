/** Which version this is and where its files live (for IT), and the regulation it supports. */
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/ipc';
import { readAppInfo } from '../../actions/appInfo';
import { openExternalLink } from '../../actions/openExternalLink';
import { PageHeading } from '../../components/PageHeading';
import { AuditLogCheck } from './AuditLogCheck';

const platformNames: Record<string, string> = { win32: 'Windows', darwin: 'macOS', linux: 'Linux' };

const regulation18Url = 'https://www.cqc.org.uk/guidance-providers/regulations/regulation-18-staffing';

export function AboutPage() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    readAppInfo().then(
      (value) => current && setInfo(value),
      (error: unknown) => current && setInfoError(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <>
      <PageHeading title="About Care Appraisals" />
      <section className="panel" aria-labelledby="about-app">
        <h2 id="about-app">This copy of the app</h2>
        {infoError !== null && (
          <p role="alert" className="notice notice--error">
            The app's details could not be read: {infoError}
          </p>
        )}
        {info !== null && (
          <dl className="details-list">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Data folder</dt>
            <dd>
              <code className="path">{info.dataFolder}</code>
              <span className="details-list__hint">
                Signed appraisals and backups are kept here. Tell IT if they back up this computer.
              </span>
            </dd>
            <dt>Running as</dt>
            <dd>
              {info.runtime === 'electron' ? 'Desktop app' : 'Browser (test and demonstration version)'}
              {info.electronVersion !== null && `, Electron ${info.electronVersion}`} on{' '}
              {platformNames[info.platform] ?? info.platform}
            </dd>
          </dl>
        )}
      </section>
      <AuditLogCheck />
      <section className="panel" aria-labelledby="about-regulation">
        <h2 id="about-regulation">Why appraisals matter</h2>
        <p>
          CQC's Regulation 18 (Staffing) says staff must receive the support, training, supervision and
          appraisal they need to do their job. Keeping signed appraisals for every member of staff is how a
          home shows it.
        </p>
        <p>
          {/* Opened by the app in the system browser; the app window itself never leaves the app. */}
          <a
            href={regulation18Url}
            onClick={(event) => {
              event.preventDefault();
              setLinkError(null);
              openExternalLink(regulation18Url).catch((error: unknown) =>
                setLinkError(error instanceof Error ? error.message : 'The link could not be opened.'),
              );
            }}
          >
            Read CQC's guidance on Regulation 18: Staffing
          </a>{' '}
          <span className="muted">(opens in your web browser)</span>
        </p>
        {linkError !== null && (
          <p role="alert" className="notice notice--error">
            {linkError}
          </p>
        )}
      </section>
    </>
  );
}
