import { describe, expect, it } from 'vitest';
import { builtInFramework } from '../../../shared/framework/builtin/builtInFramework';
import { parseFrameworkJson, serializeFramework } from '../../../shared/framework/frameworkJson';
import { frameworkSchema } from '../../../shared/framework/frameworkSchema';
import { validateFramework } from '../../../shared/framework/frameworkValidation';
import { notApplicableLabel, scaleLevels } from '../../../shared/framework/scale';

const [management, leadership] = builtInFramework.sections;
const competencies = [...management.competencies, ...leadership.competencies];
const byId = (id: string) => {
  const found = competencies.find((c) => c.id === id);
  if (!found) throw new Error(`No competency ${id}`);
  return found;
};

describe('the built-in framework', () => {
  it('passes its own schema and survives export and import unchanged', () => {
    expect(validateFramework(builtInFramework)).toEqual({ ok: true, framework: builtInFramework });
    expect(frameworkSchema.parse(builtInFramework)).toEqual(builtInFramework);
    expect(parseFrameworkJson(serializeFramework(builtInFramework))).toEqual({
      ok: true,
      framework: builtInFramework,
    });
  });

  it('is version 1 of care-appraisals-core, built in, based on nothing', () => {
    expect(builtInFramework).toMatchObject({
      frameworkId: 'care-appraisals-core',
      version: 1,
      origin: 'built-in',
      basedOn: null,
    });
    expect(builtInFramework.description).toContain(notApplicableLabel);
  });

  it('covers every management task and leadership behaviour the product promises, in this order', () => {
    expect(management.competencies.map((c) => c.id)).toEqual([
      'planning-and-organising-work',
      'processes-and-care-documentation',
      'daily-operations-and-handovers',
      'allocating-and-delegating',
      'policies-procedures-and-regulation',
      'record-keeping-and-audits',
      'managing-resources',
      'supervising-staff-performance',
      'digital-systems-and-technology',
      'managing-risk-and-incidents',
    ]);
    expect(leadership.competencies.map((c) => c.id)).toEqual([
      'making-the-vision-practical',
      'motivating-and-inspiring',
      'developing-others',
      'guiding-through-challenges',
      'collaboration-and-communication',
      'leading-change-and-improvement',
      'advocacy',
      'role-modelling-values',
      'listening-to-the-team',
      'wellbeing-and-retention',
    ]);
  });

  it('describes every level of every competency, differently, in one or two sentences', () => {
    for (const competency of competencies) {
      const texts = scaleLevels.map((level) => competency.descriptors[level].trim());
      expect(new Set(texts).size, competency.id).toBe(4);
      for (const text of texts) {
        expect(text.length, competency.id).toBeGreaterThan(40);
        expect(text, competency.id).toMatch(/\.$/);
        const sentences = text.match(/[.!?]["”’)]?(?=\s|$)/g) ?? [];
        expect(sentences.length, `${competency.id}: ${text}`).toBeLessThanOrEqual(2);
      }
      expect(competency.descriptors[1], competency.id).toMatch(/not yet/i);
    }
  });

  it('tags every competency with at least one CQC quality statement and one regulation', () => {
    for (const competency of competencies) {
      expect(competency.tags.cqcQualityStatements.length, competency.id).toBeGreaterThanOrEqual(1);
      expect(competency.tags.regulations.length, competency.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('tags Regulation 18 (Staffing) on supervision, staff development and every staffing competency', () => {
    for (const id of ['supervising-staff-performance', 'developing-others', 'wellbeing-and-retention']) {
      expect(byId(id).tags.regulations, id).toContain('Regulation 18: Staffing');
    }
    for (const competency of competencies) {
      if (competency.tags.cqcQualityStatements.includes('Safe and effective staffing')) {
        expect(competency.tags.regulations, competency.id).toContain('Regulation 18: Staffing');
      }
    }
  });

  it('offers two to four development ideas per competency, each leading one distinct', () => {
    for (const competency of competencies) {
      expect(competency.developmentSuggestions.length, competency.id).toBeGreaterThanOrEqual(2);
      expect(competency.developmentSuggestions.length, competency.id).toBeLessThanOrEqual(4);
    }
    const leading = competencies.map((c) => c.developmentSuggestions[0]);
    expect(new Set(leading).size).toBe(competencies.length);
  });

  it('is written in British English and does not borrow the NHS Healthcare Leadership Model headings', () => {
    const allText = serializeFramework(builtInFramework);
    expect(allText).not.toMatch(
      /\b(organiz|prioritiz|recogniz|behavior|color|center\b|centered|judgment|analyz|program\b|practicing)/i,
    );
    const nhsDimensions = [
      'Inspiring shared purpose',
      'Leading with care',
      'Evaluating information',
      'Connecting our service',
      'Sharing the vision',
      'Engaging the team',
      'Holding to account',
      'Developing capability',
      'Influencing for results',
    ];
    for (const competency of competencies) {
      for (const dimension of nhsDimensions)
        expect(competency.title.toLowerCase()).not.toBe(dimension.toLowerCase());
    }
  });
});
