/**
 * The rating scale every framework uses. It is fixed, not per-framework data, so that scores
 * from different framework versions (and different homes) stay comparable over time.
 */

export const scaleLabels = {
  1: 'Not yet demonstrated',
  2: 'Developing',
  3: 'Effective',
  4: 'Exemplary',
} as const;

export type ScaleLevel = keyof typeof scaleLabels;
export type ScaleLabel = (typeof scaleLabels)[ScaleLevel];

/** The scale as stored in every framework file, lowest level first. */
export const ratingScale = [
  { level: 1, label: scaleLabels[1] },
  { level: 2, label: scaleLabels[2] },
  { level: 3, label: scaleLabels[3] },
  { level: 4, label: scaleLabels[4] },
] as const;

export const scaleLevels = [1, 2, 3, 4] as const satisfies readonly ScaleLevel[];

/**
 * Offered by the appraisal for any competency, not stored per competency: whether something
 * applies depends on the person's role (a housekeeper and eMAR, say), not on the framework.
 */
export const notApplicableLabel = 'Not applicable to this role';

export function scaleLabel(level: ScaleLevel): ScaleLabel {
  return scaleLabels[level];
}

export function isScaleLevel(value: unknown): value is ScaleLevel {
  return value === 1 || value === 2 || value === 3 || value === 4;
}
