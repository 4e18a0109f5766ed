/**
 * A large home as the browser bench seeds it: the 500-person register of staffFixtures.ts (one in
 * seven a leaver, names from many languages) and 5,000 appraisals kept over the years, ten per
 * person. 3,529 signed, 980 replaced by an amendment, 491 drafts:
 * - everyone but ten people had two appraisals corrected by an amendment (the original
 *   'superseded', the amendment its signed version 2);
 * - everyone but nine people has a draft in progress (one draft per person, as the app allows);
 * - the rest are signed, a year apart, the latest within the last year for most and over a year
 *   ago for one in ten; leavers' end before they left.
 * Every signed and replaced record is sealed (its own document id and hashes) and signed by both
 * parties, the appraisee always by drawing: each drawing its own image, as many bytes as a
 * signature drawn on a 2× screen (twice the sample's), so no two compress into one.
 */
import { randomBytes } from 'node:crypto';
import { toAppraisalRecord } from '../../../renderer/db/appraisalRecord';
import type { AppraisalRecord, StaffRecord } from '../../../renderer/db/records';
import type { Appraisal, AppraisalStatus } from '../../../shared/appraisal/appraisal';
import { documentIdOf } from '../../../shared/documents/documentId';
import { sha256Hex } from '../../../shared/integrity/sha256';
import type { Signature } from '../../../shared/signing/signature';
import { signingStatements } from '../../../shared/signing/signingWording';
import { nameKey } from '../../../shared/staff/names';
import { completeAppraisal } from '../../fixtures/completeAppraisal';
import { sampleSignaturePng } from '../../fixtures/sampleDocument';
import { syntheticRegister } from '../staffFixtures';

export const largeHomeSize = { staff: 500, appraisals: 5000, signed: 3529, replaced: 980, drafts: 491 };

const appraisers = [
  { name: 'María José Núñez', role: 'Registered manager' },
  { name: 'Łucja Wąsowska', role: 'Deputy manager' },
  { name: 'Oluwaseun Adébáyọ̀', role: 'Clinical lead' },
];
const drawnBytes = sampleSignaturePng().length * 2;
const hex = () => randomBytes(32).toString('hex');

function drawn(party: Signature['party'], fullName: string, role: string, signedAt: string): Signature {
  const png = randomBytes(drawnBytes - 512 + Math.floor(Math.random() * 1024));
  return {
    party,
    fullName,
    role,
    signedAt,
    method: 'drawn',
    image: { pngBase64: png.toString('base64'), sha256: sha256Hex(png), width: 360, height: 120 },
    typedName: '',
    paperSignedOn: '',
    statement: signingStatements[party],
  };
}

function typed(party: Signature['party'], fullName: string, role: string, signedAt: string): Signature {
  return { ...drawn(party, fullName, role, signedAt), method: 'typed', image: null, typedName: fullName };
}

export function largeHomeStaff(): StaffRecord[] {
  return syntheticRegister(largeHomeSize.staff).map((member) => ({
    ...member,
    startDate: '2014-01-06',
    nameKey: nameKey(member.fullName),
  }));
}

/** The date `days` before `from` (YYYY-MM-DD). */
function daysBefore(from: string, days: number): string {
  return new Date(Date.parse(`${from}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Person i's ten appraisals, oldest first, a year apart: n = 2 and 5 replaced by n = 3 and 6
 * (an amendment keeps its original's meeting), n = 9 today's draft. The latest signed one is
 * within the last year for most (due soon for some), over a year ago for one in ten (overdue);
 * a leaver's end before they left.
 */
function appraisalsOf(member: StaffRecord, i: number, today: string): Appraisal[] {
  const amended = i % 50 !== 49;
  const hasDraft = i % 55 !== 54;
  const visit = [0, 1, 2, 2, 3, 4, 4, 5, 6, 7];
  const lastVisit = hasDraft ? 6 : 7;
  const latestSigned =
    member.leavingDate !== null
      ? daysBefore(member.leavingDate, 60 + (i % 200))
      : daysBefore(today, (i % 10 === 0 ? 400 : 10) + ((i * 7) % 340));
  const appraiser = appraisers[i % appraisers.length] ?? { name: 'María José Núñez', role: 'Manager' };
  const idOf = (n: number) => `a${String(i).padStart(3, '0')}-${n}`;
  return visit.map((year, n): Appraisal => {
    const id = idOf(n);
    const draft = n === 9 && hasDraft;
    const status: AppraisalStatus = draft
      ? 'draft'
      : amended && (n === 2 || n === 5)
        ? 'superseded'
        : 'signed';
    const isAmendment = amended && (n === 3 || n === 6);
    const version = isAmendment ? 2 : 1;
    const meetingDate = draft ? today : daysBefore(latestSigned, (lastVisit - year) * 365);
    const signedAt = `${meetingDate}T14:${String(n).padStart(2, '0')}:00.000Z`;
    const base = completeAppraisal({
      id,
      staffId: member.id,
      status,
      version,
      supersedesId: isAmendment ? idOf(n - 1) : null,
      supersededById: status === 'superseded' ? idOf(n + 1) : null,
      amendmentReason: isAmendment ? 'The review period was entered wrongly; corrected from the rota.' : '',
      previousAppraisalId: n === 0 ? null : idOf(n - 1),
      nextDueDate: daysBefore(meetingDate, -365),
      createdAt: `${meetingDate}T09:00:00.000Z`,
      updatedAt: signedAt,
    });
    const header = {
      ...base.header,
      staffName: member.fullName,
      roleAtTime: member.role,
      teamAtTime: member.team,
      appraiserName: appraiser.name,
      appraiserRole: appraiser.role,
      periodStart: daysBefore(meetingDate, 365),
      periodEnd: meetingDate,
      meetingDate,
    };
    if (draft) return { ...base, header, currentStep: 'management' };
    return {
      ...base,
      header,
      signatures: {
        appraisee: drawn('appraisee', member.fullName, member.role, signedAt),
        appraiser:
          n % 3 === 2
            ? typed('appraiser', appraiser.name, appraiser.role, signedAt)
            : drawn('appraiser', appraiser.name, appraiser.role, signedAt),
      },
      sealed: {
        documentId: documentIdOf({ id, version }),
        fingerprint: hex(),
        pdfSha256: hex(),
        sealedAt: signedAt,
        auditHead: hex(),
      },
    };
  });
}

/** Every appraisal of the home as the appraisals table stores it. */
export function largeHomeAppraisals(staff: readonly StaffRecord[], today: string): AppraisalRecord[] {
  const records = staff.flatMap((member, i) => appraisalsOf(member, i, today)).map(toAppraisalRecord);
  const count = (status: AppraisalStatus) => records.filter((r) => r.status === status).length;
  const counts = { signed: count('signed'), replaced: count('superseded'), drafts: count('draft') };
  if (
    counts.signed !== largeHomeSize.signed ||
    counts.replaced !== largeHomeSize.replaced ||
    counts.drafts !== largeHomeSize.drafts
  )
    throw new Error(`The large home came out as ${JSON.stringify(counts)}.`);
  return records;
}

/** Person 0's draft, open at Management tasks: where the evidence typing happens. */
export const openDraftId = 'a000-9';
