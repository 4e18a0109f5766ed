/** Names the browser bench's server and its probe page share. */
export const benchAssetsPath = '/__bench/';
/** POST: the body written to a file in the session's data folder and fsynced (a backup's floor). */
export const plainCopyPath = `${benchAssetsPath}plain-copy`;
/** Where the harness's preload is served from in the production build. */
export const preloadScriptPath = `${benchAssetsPath}harness-preload.js`;
export const probePagePath = `${benchAssetsPath}probe.html`;
/** GET ?page=n: the nth page of records to seed, as JSON `{ staff, appraisals }`. */
export const seedPagePath = `${benchAssetsPath}seed-page`;
