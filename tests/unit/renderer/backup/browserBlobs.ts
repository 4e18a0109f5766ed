/**
 * What dexie-export-import needs from a browser that Node lacks: `self` and FileReader (reading
 * a Blob slice as an ArrayBuffer while importing). Chromium has both; here they are the least
 * that behaves the same. Imported first by every test that imports a backup.
 */
class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((event: { target: NodeFileReader }) => void) | null = null;
  onerror: ((event: { target: NodeFileReader }) => void) | null = null;
  onabort: (() => void) | null = null;

  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}

const browserLike: object = globalThis;
if (!('self' in browserLike)) Object.assign(globalThis, { self: globalThis });
if (!('FileReader' in browserLike)) Object.assign(globalThis, { FileReader: NodeFileReader });
