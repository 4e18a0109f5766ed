/**
 * Records are named the way people name them: PDFs in packs and bundles carry the meeting date,
 * the person's name in plain letters and the version, and a check names each record by the
 * person, the meeting date and the version, read from the pack alone. Packs made before the
 * readable names (`pdf/<id>-v1.pdf`) still check. Real sealed documents, the real handlers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { PackCheck } from '../../../shared/exports/exportJob';
import {
  actor,
  amendmentOf,
  appraisalOf,
  compliance,
  exportSetup,
  home,
  preparedBy,
  staffOf,
} from './exportSetup';

type Files = Record<string, Uint8Array>;

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const encode = (value: string) => new TextEncoder().encode(value);

const hoaPdf = 'pdf/2026-03-10 Nguyen Thi Hoa v1 a1.pdf';
const unsignedSentence =
  'This pack has no signature file (manifest.json.p7s): it was made before packs were signed, or the file was removed; its contents cannot be shown to come from the home.';
const stefanPdf = 'pdf/2025-06-01 Stefan Turcanu v1 a2.pdf';
const stefanV2Pdf = 'pdf/2025-06-01 Stefan Turcanu v2 a2.pdf';

async function sealedHome() {
  const s = exportSetup();
  await s.seal(appraisalOf('a1', 's1', 'Nguyễn Thị Hoa', '2026-03-10'));
  const stefan = await s.seal(appraisalOf('a2', 's2', 'Ștefan Țurcanu', '2025-06-01'));
  await s.seal(amendmentOf(stefan));
  await s.seal(appraisalOf('a3', 's2', 'Ștefan Țurcanu', '2024-02-01'));

  /** Checks `files` as a pack chosen in the open dialog. */
  async function check(files: Files): Promise<Extract<PackCheck, { chosen: true }>> {
    const path = join(s.savedFolder, 'checked.zip');
    writeFileSync(path, zipSync(files));
    s.openAnswers.push(path);
    const answer = await s.call('export:verifyPack', { actor });
    if (!answer.chosen) throw new Error('no pack was chosen');
    return answer;
  }
  function saved(result: { outcome: string; fileName?: string }): Files {
    if (result.outcome !== 'saved' || result.fileName === undefined) throw new Error('not saved');
    return unzipSync(readFileSync(join(s.savedFolder, result.fileName)));
  }
  async function inspectionPack(): Promise<Files> {
    return saved(
      await s.call('export:inspectionPack', {
        jobId: 'job-12345678',
        from: '2025-04-01',
        to: '2026-04-01',
        home,
        logo: null,
        compliance,
        preparedBy,
        actor,
      }),
    );
  }
  async function subjectAccess(): Promise<Files> {
    return saved(
      await s.call('export:subjectAccess', {
        jobId: 'job-87654321',
        staff: staffOf('s2', 'Ștefan Țurcanu'),
        home,
        preparedBy,
        actor,
      }),
    );
  }
  return { check, inspectionPack, subjectAccess };
}

function without(files: Files, ...names: string[]): Files {
  return Object.fromEntries(Object.entries(files).filter(([name]) => !names.includes(name)));
}

function flipped(bytes: Uint8Array | undefined): Uint8Array {
  const copy = new Uint8Array(bytes ?? []);
  const middle = Math.floor(copy.length / 2);
  copy[middle] = (copy[middle] ?? 0) ^ 0xff;
  return copy;
}

/**
 * The pack with manifest.json made afresh for its files as they now are, renamed by `renamed`,
 * as someone hiding a change would; the signature the home made is left as it was.
 */
function remanifested(files: Files, renamed: ReadonlyMap<string, string> = new Map()): Files {
  const manifest = JSON.parse(text(files['manifest.json'])) as { files: { name: string }[] };
  const result: Files = { ...without(files, 'manifest.json', ...manifest.files.map(({ name }) => name)) };
  const listed = manifest.files.map(({ name }) => {
    const now = renamed.get(name) ?? name;
    const bytes = files[name] ?? new Uint8Array();
    result[now] = bytes;
    return { name: now, sha256: sha256Hex(bytes), bytes: bytes.byteLength };
  });
  result['manifest.json'] = encode(`${JSON.stringify({ ...manifest, files: listed }, null, 2)}\n`);
  return result;
}

/**
 * The same pack as the app wrote it before PDFs had readable names (`pdf/<document id>.pdf`),
 * which was also before packs were signed: no signature, no certificate.
 */
function asMadeBeforeReadableNames(signed: Files): Files {
  const manifest = JSON.parse(text(signed['manifest.json'])) as { files: { name: string }[] };
  const files: Files = {
    ...without(signed, 'manifest.json.p7s', 'signing-certificate.pem'),
    'manifest.json': encode(
      JSON.stringify({
        ...manifest,
        files: manifest.files.filter((f) => f.name !== 'signing-certificate.pem'),
      }),
    ),
  };
  const records = JSON.parse(text(files['records.json'])) as {
    records: { documentId: string; pdfFile: string }[];
  };
  const renamed = new Map(records.records.map((r) => [r.pdfFile, `pdf/${r.documentId}.pdf`]));
  let recordsText = text(files['records.json']);
  let indexText = text(files['index.csv']);
  for (const [now, old] of renamed) {
    recordsText = recordsText.replace(`"pdfFile":${JSON.stringify(now)}`, `"pdfFile":${JSON.stringify(old)}`);
    indexText = indexText.replace(`,${now}\r\n`, `,${old}\r\n`);
  }
  return remanifested(
    { ...files, 'records.json': encode(recordsText), 'index.csv': encode(indexText) },
    renamed,
  );
}

describe('readable names in packs and bundles', () => {
  it('an inspection pack names its PDFs by date, person and version, and index.csv follows', async () => {
    const files = await (await sealedHome()).inspectionPack();
    const pdfs = Object.keys(files).filter((name) => name.startsWith('pdf/'));
    expect(pdfs.sort()).toEqual([stefanPdf, stefanV2Pdf, hoaPdf]);
    const rows = text(files['index.csv']).trim().split('\r\n');
    expect(rows.find((row) => row.startsWith('Nguyễn Thị Hoa,'))?.endsWith(`,${hoaPdf}`)).toBe(true);
    expect(text(files['manifest.json'])).toContain(JSON.stringify(hoaPdf));
    expect(text(files['README.txt'])).toContain('"2026-03-12 Lucja Wasowska v1 91da.pdf"');
  });

  it('a subject access bundle names its PDFs the same way; a check names a changed one and a missing file', async () => {
    const home = await sealedHome();
    const files = await home.subjectAccess();
    const pdfs = Object.keys(files).filter((name) => name.startsWith('pdf/'));
    expect(pdfs.sort()).toEqual(['pdf/2024-02-01 Stefan Turcanu v1 a3.pdf', stefanPdf, stefanV2Pdf]);
    expect(text(files['README.txt'])).toContain('meeting date, person, version');
    expect(await home.check(files)).toMatchObject({ intact: true, problems: [] });

    const check = await home.check({
      ...without(files, 'staff.json'),
      [stefanV2Pdf]: flipped(files[stefanV2Pdf]),
    });
    expect(check.problems).toEqual([
      'The staff record (staff.json) is missing from the pack.',
      `Ștefan Țurcanu, appraisal of 1 June 2025, version 2: the PDF was changed after the pack was made (${stefanV2Pdf}).`,
    ]);
  });
});

describe('export:verifyPack names records from the pack alone', () => {
  it('a pack made before readable names checks whole but unsigned, and a changed PDF in it is named', async () => {
    const home = await sealedHome();
    const old = asMadeBeforeReadableNames(await home.inspectionPack());
    expect(
      Object.keys(old)
        .filter((name) => name.startsWith('pdf/'))
        .sort(),
    ).toEqual(['pdf/a1-v1.pdf', 'pdf/a2-v1.pdf', 'pdf/a2-v2.pdf']);
    // Every file matches its manifest; only the signature it was made without is missing.
    const unsigned = await home.check(old);
    expect(unsigned).toMatchObject({ intact: false, problems: [unsignedSentence] });
    expect(unsigned.files.every((file) => file.status === 'ok')).toBe(true);

    const check = await home.check({
      ...without(old, 'pdf/a2-v1.pdf'),
      'pdf/a1-v1.pdf': flipped(old['pdf/a1-v1.pdf']),
    });
    expect(check.intact).toBe(false);
    expect(check.problems).toEqual([
      unsignedSentence,
      'Ștefan Țurcanu, appraisal of 1 June 2025, version 1: the PDF is missing from the pack (pdf/a2-v1.pdf).',
      'Nguyễn Thị Hoa, appraisal of 10 March 2026, version 1: the PDF was changed after the pack was made (pdf/a1-v1.pdf).',
    ]);
  });

  it('believes the unchanged index.csv over an edited records.json for who a PDF belongs to', async () => {
    const home = await sealedHome();
    const files = await home.inspectionPack();
    const edited = text(files['records.json']).replaceAll('Nguyễn Thị Hoa', 'Someone Else');
    const check = await home.check({
      ...files,
      'records.json': encode(edited),
      [hoaPdf]: flipped(files[hoaPdf]),
    });
    expect(check.problems).toContain(
      `Nguyễn Thị Hoa, appraisal of 10 March 2026, version 1: the PDF was changed after the pack was made (${hoaPdf}).`,
    );
  });

  it('names a changed PDF from index.csv when records.json is gone, and by its file name when both are', async () => {
    const home = await sealedHome();
    const files = await home.inspectionPack();
    const changed = { ...without(files, 'records.json'), [hoaPdf]: flipped(files[hoaPdf]) };
    expect((await home.check(changed)).problems).toEqual([
      'The file of signed records (records.json) is missing from the pack.',
      `Nguyễn Thị Hoa, appraisal of 10 March 2026, version 1: the PDF was changed after the pack was made (${hoaPdf}).`,
    ]);

    expect((await home.check(without(changed, 'index.csv'))).problems).toEqual([
      'The index of records (index.csv) is missing from the pack.',
      'The file of signed records (records.json) is missing from the pack.',
      `The PDF ${hoaPdf} was changed after the pack was made.`,
    ]);
  });

  it('names two records whose PDFs were swapped, even with a manifest made afresh to hide it', async () => {
    const home = await sealedHome();
    const files = await home.inspectionPack();
    const swapped = remanifested({
      ...files,
      [stefanPdf]: files[stefanV2Pdf] ?? new Uint8Array(),
      [stefanV2Pdf]: files[stefanPdf] ?? new Uint8Array(),
    });
    const check = await home.check(swapped);
    expect(check.files.every((file) => file.status === 'ok')).toBe(true);
    expect(check.problems).toEqual([
      'manifest.json was changed after the pack was signed: it no longer matches its signature (manifest.json.p7s), so the list of files and hashes in it cannot be trusted.',
      `Ștefan Țurcanu, appraisal of 1 June 2025, version 1: the PDF in the pack is not the one that was sealed (${stefanPdf}).`,
      `Ștefan Țurcanu, appraisal of 1 June 2025, version 2: the PDF in the pack is not the one that was sealed (${stefanV2Pdf}).`,
    ]);
  });
});
