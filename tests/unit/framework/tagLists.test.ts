import { describe, expect, it } from 'vitest';
import {
  cqcKeyQuestionOf,
  cqcQualityStatements,
  cqcQualityStatementsByKeyQuestion,
  isCqcQualityStatement,
} from '../../../shared/framework/cqcQualityStatements';
import { isRegulation, regulations } from '../../../shared/framework/regulations';

describe('CQC quality statements', () => {
  it('lists the 34 statements of the single assessment framework, once each, under five key questions', () => {
    expect(cqcQualityStatements).toHaveLength(34);
    expect(new Set(cqcQualityStatements).size).toBe(34);
    expect(Object.keys(cqcQualityStatementsByKeyQuestion)).toEqual([
      'Safe',
      'Effective',
      'Caring',
      'Responsive',
      'Well-led',
    ]);
  });

  it('knows which key question each statement sits under', () => {
    expect(cqcKeyQuestionOf('Safe and effective staffing')).toBe('Safe');
    expect(cqcKeyQuestionOf('Workforce wellbeing and enablement')).toBe('Caring');
    expect(cqcKeyQuestionOf('Freedom to speak up')).toBe('Well-led');
  });

  it('accepts only exact names', () => {
    expect(isCqcQualityStatement('Learning culture')).toBe(true);
    expect(isCqcQualityStatement('learning culture')).toBe(false);
    expect(isCqcQualityStatement('Safe staffing')).toBe(false);
  });
});

describe('regulations', () => {
  it('lists the fundamental standards once each, including Regulation 18: Staffing', () => {
    expect(new Set(regulations).size).toBe(regulations.length);
    expect(regulations).toContain('Regulation 18: Staffing');
    for (const regulation of regulations) expect(regulation).toMatch(/^Regulation \d+A?: [A-Z]/);
    expect(isRegulation('Regulation 18: Staffing')).toBe(true);
    expect(isRegulation('Regulation 18')).toBe(false);
  });
});
