/**
 * Page geometry and typography for the appraisal PDF: A4 portrait, black on white with greys
 * that survive a black-and-white office printer, body text large enough to read at arm's length.
 */
export const page = {
  width: 595.28,
  height: 841.89,
  left: 50,
  right: 545.28,
  top: 48,
  /** Content stops here; the footer sits below. */
  bottom: 841.89 - 84,
} as const;

export const contentWidth = page.right - page.left;

export const size = {
  title: 20,
  heading: 13,
  subheading: 10.5,
  body: 9.5,
  small: 8,
  footer: 7,
} as const;

export const colour = {
  text: '#000000',
  muted: '#3a3a3a',
  rule: '#8c8c8c',
  band: '#e6e6e6',
  faint: '#c8c8c8',
} as const;

/** Extra space between wrapped lines, for legibility of long evidence notes. */
export const lineGap = 1.5;
