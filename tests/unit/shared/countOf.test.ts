import { expect, it } from 'vitest';
import { countOf } from '../../../shared/text/countOf';

it('says "1 person" and "0 people", "12 people", with thousands separated as in the UK', () => {
  expect(countOf(1, 'person', 'people')).toBe('1 person');
  expect(countOf(0, 'person', 'people')).toBe('0 people');
  expect(countOf(12, 'person', 'people')).toBe('12 people');
  expect(countOf(5000, 'appraisal', 'appraisals')).toBe('5,000 appraisals');
});
