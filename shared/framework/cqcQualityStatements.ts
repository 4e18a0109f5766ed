/**
 * The quality statements of CQC's single assessment framework, grouped by key question,
 * spelt exactly as CQC publishes them. Frameworks may tag a competency only with these, so
 * a typo in an imported file cannot print a statement CQC never wrote.
 */

export const cqcQualityStatementsByKeyQuestion = {
  Safe: [
    'Learning culture',
    'Safe systems, pathways and transitions',
    'Safeguarding',
    'Involving people to manage risks',
    'Safe environments',
    'Safe and effective staffing',
    'Infection prevention and control',
    'Medicines optimisation',
  ],
  Effective: [
    'Assessing needs',
    'Delivering evidence-based care and treatment',
    'How staff, teams and services work together',
    'Supporting people to live healthier lives',
    'Monitoring and improving outcomes',
    'Consent to care and treatment',
  ],
  Caring: [
    'Kindness, compassion and dignity',
    'Treating people as individuals',
    'Independence, choice and control',
    "Responding to people's immediate needs",
    'Workforce wellbeing and enablement',
  ],
  Responsive: [
    'Person-centred care',
    'Care provision, integration and continuity',
    'Providing information',
    'Listening to and involving people',
    'Equity in access',
    'Equity in experiences and outcomes',
    'Planning for the future',
  ],
  'Well-led': [
    'Shared direction and culture',
    'Capable, compassionate and inclusive leaders',
    'Freedom to speak up',
    'Workforce equality, diversity and inclusion',
    'Governance, management and sustainability',
    'Partnerships and communities',
    'Learning, improvement and innovation',
    'Environmental sustainability – sustainable development',
  ],
} as const;

export type CqcKeyQuestion = keyof typeof cqcQualityStatementsByKeyQuestion;

export const cqcKeyQuestions = [
  'Safe',
  'Effective',
  'Caring',
  'Responsive',
  'Well-led',
] as const satisfies readonly CqcKeyQuestion[];

const byKeyQuestion = cqcQualityStatementsByKeyQuestion;

/** Every quality statement, in CQC's order (a tuple, so zod can check tags against it). */
export const cqcQualityStatements = [
  ...byKeyQuestion.Safe,
  ...byKeyQuestion.Effective,
  ...byKeyQuestion.Caring,
  ...byKeyQuestion.Responsive,
  ...byKeyQuestion['Well-led'],
] as const;

export type CqcQualityStatement = (typeof cqcQualityStatements)[number];

export function isCqcQualityStatement(value: string): value is CqcQualityStatement {
  const names: readonly string[] = cqcQualityStatements;
  return names.includes(value);
}

/** The key question a statement sits under, for grouping tags on screen and in print. */
export function cqcKeyQuestionOf(statement: CqcQualityStatement): CqcKeyQuestion {
  for (const keyQuestion of cqcKeyQuestions) {
    const statements: readonly string[] = byKeyQuestion[keyQuestion];
    if (statements.includes(statement)) return keyQuestion;
  }
  throw new Error(`Unknown CQC quality statement: ${statement}`);
}
