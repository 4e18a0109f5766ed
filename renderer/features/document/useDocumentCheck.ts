/**
 * Opens a sealed document from the vault: main re-hashes its files and says whether they are as
 * sealed (and records that they were checked). Asked once per document and fingerprint.
 */
import { useEffect, useState } from 'react';
import type { SealedInfo } from '../../../shared/appraisal/appraisal';
import type { ResponseOf } from '../../../shared/ipc';
import { openSealedDocument } from '../../actions/openSealedDocument';
import { actionError } from '../../components/actionError';

export type DocumentCheck =
  | { state: 'checking' }
  | { state: 'done'; result: ResponseOf<'documents:open'> }
  | { state: 'failed'; message: string };

export function useDocumentCheck(sealed: SealedInfo | null, actor: string): DocumentCheck {
  const [check, setCheck] = useState<{ key: string; value: DocumentCheck } | null>(null);
  const key = sealed === null ? '' : `${sealed.documentId}:${sealed.fingerprint}`;

  useEffect(() => {
    if (sealed === null) return;
    let current = true;
    opening(key, () => openSealedDocument(sealed, actor)).then(
      (result) => {
        if (current) setCheck({ key, value: { state: 'done', result } });
      },
      (caught: unknown) => {
        const { message } = actionError(
          caught,
          'The document could not be opened just now. Please try again.',
        );
        if (current) setCheck({ key, value: { state: 'failed', message } });
      },
    );
    return () => {
      current = false;
    };
    // `sealed` is identified by its key; a new object with the same seal is the same document.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, actor]);

  return check !== null && check.key === key ? check.value : { state: 'checking' };
}

/**
 * Each check is logged by main, so a check already on its way is shared rather than asked
 * twice (React runs effects twice in development; a quick re-render may do the same).
 */
const inFlight = new Map<string, Promise<ResponseOf<'documents:open'>>>();

function opening(
  key: string,
  open: () => Promise<ResponseOf<'documents:open'>>,
): Promise<ResponseOf<'documents:open'>> {
  const existing = inFlight.get(key);
  if (existing !== undefined) return existing;
  const started = open().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
