/**
 * A subject access bundle: everything the app holds about one member of staff (their staff
 * record, every sealed appraisal of theirs with its PDF, and the audit events about those
 * appraisals), with the same README, signed manifest and certificate as an inspection pack.
 */
import type { StaffMember } from '../../../shared/staff/staffMember';
import { pdfNamesOf } from './indexCsv';
import type { PackServices } from './inspectionPack';
import { writeRecordsJson, writeSealedPdfs } from './packRecords';
import { subjectAccessReadme } from './packReadme';
import { writePack, type PackWriteOptions } from './packWriter';
import { openKeptRecords, type KeptRecords } from './keptRecords';
import { readPackSelection } from './packSelection';
import type { CatalogueEntry } from './sealedCatalogue';

export async function writeSubjectAccessBundle(
  input: { staff: StaffMember; homeName: string; preparedBy: string },
  services: Omit<PackServices, 'fonts'>,
  options: Omit<PackWriteOptions, 'kind'>,
): Promise<{ files: number; bytes: number; documents: number }> {
  const kept = await openKeptRecords(options.target);
  try {
    return await writeWith(input, services, options, kept);
  } finally {
    await kept.remove();
  }
}

async function writeWith(
  input: { staff: StaffMember; homeName: string; preparedBy: string },
  services: Omit<PackServices, 'fonts'>,
  options: Omit<PackWriteOptions, 'kind'>,
  kept: KeptRecords,
): Promise<{ files: number; bytes: number; documents: number }> {
  const { vault, audit, progress } = services;
  const isTheirs = (entry: CatalogueEntry) => entry.staffId === input.staff.id;
  const theirs = await readPackSelection(vault, kept, isTheirs, {
    signal: options.signal,
    onProgress: (done, total) => progress('Finding their signed records', done, total),
  });
  const pdfNames = pdfNamesOf(theirs);
  const appraisalIds = [...new Set(theirs.map((entry) => entry.appraisalId))];
  const written = await writePack({ ...options, kind: 'subject-access' }, async (zip, files) => {
    const total = theirs.length;
    files.push(
      await zip.addDeflated(
        'README.txt',
        subjectAccessReadme({
          homeName: input.homeName,
          generatedAt: options.generatedAt,
          preparedBy: input.preparedBy,
          certificate: options.identity.certificate,
          staffName: input.staff.fullName,
          documents: total,
        }),
      ),
    );
    files.push(await zip.addDeflated('staff.json', `${JSON.stringify(input.staff, null, 2)}\n`));
    files.push(
      await writeRecordsJson(zip, kept, theirs, pdfNames, (done) =>
        progress('Adding their signed records', done, total),
      ),
    );
    const events = appraisalIds.length === 0 ? [] : await audit.list(appraisalIds);
    files.push(
      await zip.addDeflated(
        'audit-events.json',
        `${JSON.stringify({ format: 'care-appraisals/audit-events', formatVersion: 1, continuousChain: false, count: events.length, events }, null, 1)}\n`,
      ),
    );
    files.push(
      ...(await writeSealedPdfs(zip, vault, theirs, pdfNames, (done) =>
        progress('Adding their signed PDFs', done, total),
      )),
    );
  });
  return { ...written, documents: theirs.length };
}
