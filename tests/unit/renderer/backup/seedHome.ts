/**
 * A care home's records at a realistic size for backup tests: staff, and for each person ten
 * appraisals as a home keeps them over the years (five signed and sealed, four replaced by an
 * amendment, one draft), each complete with evidence and a drawn signature image.
 */
import { toAppraisalRecord } from '../../../../renderer/db/appraisalRecord';
import type { AppDatabase } from '../../../../renderer/db/database';
import type { StaffRecord } from '../../../../renderer/db/records';
import type { Appraisal, AppraisalStatus } from '../../../../shared/appraisal/appraisal';
import type { Signature } from '../../../../shared/signing/signature';
import { signingStatements } from '../../../../shared/signing/signingWording';
import { nameKey } from '../../../../shared/staff/names';
import { completeAppraisal } from '../../../fixtures/completeAppraisal';
import { sampleSignaturePng } from '../../../fixtures/sampleDocument';
import { sealedInfo, typedSignature } from '../signingFixtures';

const signaturePng = Buffer.from(sampleSignaturePng()).toString('base64');

function drawnSignature(fullName: string): Signature {
  return {
    party: 'appraisee',
    fullName,
    role: 'Senior carer',
    signedAt: '2026-03-12T14:00:00.000Z',
    method: 'drawn',
    image: { pngBase64: signaturePng, sha256: 'd'.repeat(64), width: 360, height: 120 },
    typedName: '',
    paperSignedOn: '',
    statement: signingStatements.appraisee,
  };
}

const statusOf = (n: number): AppraisalStatus => (n === 9 ? 'draft' : n % 2 === 0 ? 'signed' : 'superseded');

function homeStaff(count: number): StaffRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    fullName: `Person ${i}`,
    nameKey: nameKey(`Person ${i}`),
    preferredName: '',
    role: 'Care assistant',
    team: ['Days', 'Nights', 'Kitchen'][i % 3] ?? '',
    startDate: '2015-01-01',
    leavingDate: i % 25 === 0 ? '2025-06-30' : null,
    lineManagerId: null,
    createdAt: '2015-01-01T09:00:00.000Z',
    updatedAt: '2015-01-01T09:00:00.000Z',
  }));
}

function personAppraisals(person: StaffRecord, index: number, perPerson = 10): Appraisal[] {
  return Array.from({ length: perPerson }, (_, n) => {
    const status = statusOf(n);
    const base = completeAppraisal({ id: `a${index}-${n}`, staffId: person.id, status });
    return {
      ...base,
      header: {
        ...base.header,
        staffName: person.fullName,
        meetingDate: `${2016 + n}-0${1 + (index % 9)}-15`,
      },
      nextDueDate: `${2017 + n}-0${1 + (index % 9)}-15`,
      signatures:
        status === 'draft'
          ? { appraisee: null, appraiser: null }
          : {
              appraisee: drawnSignature(person.fullName),
              appraiser: typedSignature('appraiser', 'Łucja Wąsowska'),
            },
      sealed: status === 'draft' ? null : sealedInfo(`doc-${index}-${n}-v1`),
    };
  });
}

/** Adds `people` staff with ten appraisals each, a page at a time. */
export async function seedHome(db: AppDatabase, people: number): Promise<void> {
  const staff = homeStaff(people);
  await db.staff.bulkAdd(staff);
  for (let start = 0; start < staff.length; start += 50) {
    const page = staff.slice(start, start + 50).flatMap((person, i) => personAppraisals(person, start + i));
    await db.appraisals.bulkAdd(page.map(toAppraisalRecord));
  }
}
