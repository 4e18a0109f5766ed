/** Names shared by the harness server, its injected preload and the e2e fixtures. */
export const harnessSessionHeader = 'x-harness-session';
export const harnessSessionStorageKey = 'care-appraisals-harness-session';
export const harnessApiPrefix = '/__api/';
/** Test-only controls: emit a main-to-renderer event, read what the scripted shell recorded. */
export const harnessControlPrefix = '/__harness/';
/** Where the harness serves the PDFs of a session: `<prefix><session>/[drafts/]<documentId>.pdf`. */
export const harnessDocumentsPrefix = '/__harness/documents/';
