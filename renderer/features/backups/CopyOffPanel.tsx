/**
 * "Back up to a folder…": a USB stick or network drive, so a lost or broken PC does not take the
 * records with it. The first time asks for the folder; after that one press copies a fresh,
 * checked backup there and the signed documents that are not there yet.
 */
import { useState } from 'react';
import type { BackupStatus } from '../../../shared/backup/backupContract';
import { chooseBackupFolder, copyOffThisPc } from '../../actions/copyOffThisPc';
import { useDatabase } from '../../app/databaseContext';
import { backupMoment, daysAgo } from '../../components/backupWording';
import { useAction } from '../../components/useAction';
import { useRevealWhenDone } from '../../components/useRevealWhenDone';

export function CopyOffPanel({ status, onChanged }: { status: BackupStatus | null; onChanged: () => void }) {
  const db = useDatabase();
  const [done, setDone] = useState<string | null>(null);
  const working = useAction(async (chooseFirst: boolean) => {
    if (chooseFirst && (await chooseBackupFolder()) === null) return null;
    return copyOffThisPc(db);
  }, 'The backup could not be copied to the folder. Nothing was changed there; please try again.');

  const answer = useRevealWhenDone<HTMLDivElement>(working.busy);

  async function copy(chooseFirst: boolean) {
    setDone(null);
    const outcome = await working.run(chooseFirst);
    if (outcome.ok && outcome.value !== null) {
      const { folder, vaultFilesCopied, warning } = outcome.value;
      const documents =
        vaultFilesCopied === 0
          ? 'the signed documents there were already up to date'
          : `${vaultFilesCopied} new signed document ${vaultFilesCopied === 1 ? 'file was' : 'files were'} added`;
      setDone(
        `Copied to ${folder}: a checked backup, and ${documents}.${warning === null ? '' : ` ${warning}`}`,
      );
    }
    onChanged();
  }

  const folder = status?.folder ?? null;
  const last = status?.lastCopiedOffAt ?? null;
  return (
    <section className="panel" aria-labelledby="backups-off">
      <h2 id="backups-off">Copies off this PC</h2>
      <p>
        Backups on this PC are lost with it. Copy them to a USB stick or a network drive at least once a week,
        and keep the stick somewhere safe away from the office PC.
      </p>
      <dl className="details-list">
        <dt>Folder</dt>
        <dd>
          {folder === null ? (
            'None chosen yet'
          ) : (
            <>
              <code className="path">{folder.path}</code>
              {!folder.reachable && (
                <span className="details-list__hint">
                  It cannot be reached now: plug the USB stick in, or choose another folder.
                </span>
              )}
            </>
          )}
        </dd>
        <dt>Last copied off this PC</dt>
        <dd>{last === null ? 'Never' : `${backupMoment(last)} (${daysAgo(last)})`}</dd>
      </dl>
      <div className="form__actions">
        {folder === null ? (
          <button type="button" className="button" disabled={working.busy} onClick={() => void copy(true)}>
            {working.busy ? 'Copying…' : 'Back up to a folder…'}
          </button>
        ) : (
          <>
            <button type="button" className="button" disabled={working.busy} onClick={() => void copy(false)}>
              {working.busy ? 'Copying…' : 'Copy to this folder now'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={working.busy}
              onClick={() => void copy(true)}
            >
              Choose another folder…
            </button>
          </>
        )}
      </div>
      <div aria-live="polite" ref={answer} tabIndex={-1}>
        {working.error !== null && (
          <p role="alert" className="notice notice--error">
            {working.error.message}
          </p>
        )}
        {done !== null && <p className="notice notice--success">{done}</p>}
      </div>
    </section>
  );
}
