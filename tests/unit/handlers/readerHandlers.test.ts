/**
 * documents:openInReader with real files in a temp data folder and the real PDF renderer; only
 * the system's PDF application is scripted. The reader gets a copy of exactly the sealed bytes,
 * never the vault's own file, and never a PDF changed after sealing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReaderCopy } from '../../../electron/services/readerCopy';
import { appraiserActor } from '../../../shared/audit/auditActor';
import { sha256Hex } from '../../../shared/integrity/sha256';
import { handlerSetup } from '../../fixtures/handlerDeps';
import { sampleDocument } from '../../fixtures/sampleDocument';

const actor = 'registered-manager';

async function sealedSetup() {
  const s = handlerSetup();
  const document = sampleDocument();
  const sealed = await s.call('documents:seal', {
    document,
    logo: null,
    actor: appraiserActor(document.appraisal.id),
  });
  const events = async () =>
    (await s.call('audit:list', { entityIds: [document.appraisal.id] })).events.map((e) => [
      e.action,
      e.detail,
    ]);
  const request = {
    documentId: sealed.documentId,
    kind: 'sealed' as const,
    suggestedName: 'Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf',
    actor,
  };
  return { s, sealed, events, request };
}

describe('documents:openInReader', () => {
  it('opens a read-only copy of the sealed bytes, outside the vault, and logs it', async () => {
    const { s, sealed, events, request } = await sealedSetup();
    expect(await s.call('documents:openInReader', request)).toEqual({ warning: null });
    const [opened] = s.openedInReader;
    if (opened === undefined) throw new Error('the reader should have been asked to open a copy');
    expect(sha256Hex(opened.bytes)).toBe(sealed.pdfSha256);
    expect(opened.path.endsWith('Appraisal - Nguyễn Thị Hoa - 2026-03-12 - v1.pdf')).toBe(true);
    expect(opened.path.startsWith(s.deps.readerCopiesFolder)).toBe(true);
    expect(statSync(opened.path).mode & 0o222).toBe(0);
    expect((await events()).at(-1)).toEqual([
      'export',
      `Opened a copy of document ${sealed.documentId} in the PDF reader.`,
    ]);
    // A second copy while the first may still be open in the reader gets a folder of its own.
    await s.call('documents:openInReader', request);
    expect(dirname(s.openedInReader[1]?.path ?? '')).not.toBe(dirname(opened.path));
    s.remove();
  });

  it('refuses a PDF changed after sealing, and opens nothing', async () => {
    const { s, sealed, events, request } = await sealedSetup();
    const pdfPath = join(
      s.dataFolder,
      'vault',
      `${sealed.documentId}.${sealed.fingerprint.slice(0, 16)}.pdf`,
    );
    const bytes = readFileSync(pdfPath);
    bytes.writeUInt8(bytes.readUInt8(100) ^ 0x01, 100);
    writeFileSync(pdfPath, bytes);
    await expect(s.call('documents:openInReader', request)).rejects.toThrow(
      /^This signed appraisal cannot be used: .*changed after it was sealed/,
    );
    expect(s.openedInReader).toEqual([]);
    expect((await events()).map(([action]) => action)).toEqual(['seal']);
    s.remove();
  });

  it('says in plain English when the PC has no program for PDFs, and logs nothing', async () => {
    const { s, events, request } = await sealedSetup();
    s.readerAnswers.push('No application is associated with the specified file');
    await expect(s.call('documents:openInReader', request)).rejects.toThrow(
      'This PC did not open the PDF (No application is associated with the specified file). It may have no program set to open PDF files: install a PDF reader, or use "Save a copy" and open the file from there.',
    );
    expect((await events()).map(([action]) => action)).toEqual(['seal']);
    s.remove();
  });

  it('takes only a file name from the window, never a path', async () => {
    const { s, request } = await sealedSetup();
    await expect(
      s.call('documents:openInReader', { ...request, suggestedName: '../../outside.pdf' }),
    ).rejects.toThrow();
    expect(s.openedInReader).toEqual([]);
    s.remove();
  });
});

describe('copies for the PDF reader', () => {
  it('clears copies more than a day old as a new one is made, and keeps recent ones', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reader-copies-'));
    const bytes = new TextEncoder().encode('%PDF-1.7 copy');
    const old = await writeReaderCopy({ folder, fileName: 'old.pdf', bytes, now: new Date() });
    const recent = await writeReaderCopy({ folder, fileName: 'recent.pdf', bytes, now: new Date() });
    expect(existsSync(old) && existsSync(recent)).toBe(true);
    const dayAndAMinuteLater = new Date(Date.now() + 24 * 60 * 60 * 1000 + 60_000);
    const next = await writeReaderCopy({ folder, fileName: 'next.pdf', bytes, now: dayAndAMinuteLater });
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(false);
    expect(readFileSync(next, 'utf8')).toBe('%PDF-1.7 copy');
    const sameDay = await writeReaderCopy({ folder, fileName: 'same-day.pdf', bytes, now: new Date() });
    expect(existsSync(next) && existsSync(sameDay)).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });
});
