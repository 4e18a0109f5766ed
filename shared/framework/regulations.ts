/**
 * The fundamental standards: Regulations 9 to 20A of the Health and Social Care Act 2008
 * (Regulated Activities) Regulations 2014, titled as the regulations title them. Frameworks may
 * tag a competency only with these, so printed appraisals never cite a regulation that does
 * not exist. Regulation 18 (Staffing) is the one that requires supervision and appraisal.
 */

export const regulations = [
  'Regulation 9: Person-centred care',
  'Regulation 10: Dignity and respect',
  'Regulation 11: Need for consent',
  'Regulation 12: Safe care and treatment',
  'Regulation 13: Safeguarding service users from abuse and improper treatment',
  'Regulation 14: Meeting nutritional and hydration needs',
  'Regulation 15: Premises and equipment',
  'Regulation 16: Receiving and acting on complaints',
  'Regulation 17: Good governance',
  'Regulation 18: Staffing',
  'Regulation 19: Fit and proper persons employed',
  'Regulation 20: Duty of candour',
  'Regulation 20A: Requirement as to display of performance assessments',
] as const;

export type Regulation = (typeof regulations)[number];

export function isRegulation(value: string): value is Regulation {
  const names: readonly string[] = regulations;
  return names.includes(value);
}
