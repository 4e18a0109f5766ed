/** A section's heading, kept on the same page as the start of what it heads. */
import type { PdfWriter } from './pdfWriter';
import { colour, size } from './pdfStyle';

/** Room for the heading and the first lines under it, so a heading never ends a page. */
const headingWithFirstLines = 80;

const headingOptions = { style: 'bold', size: size.heading } as const;
/** The space under the heading's text: a gap, the rule, a gap. */
const belowHeading = 8;

/** `keepWith`: the height of the heading and what must share its page (sectionHeadingHeight + …). */
export function sectionHeading(writer: PdfWriter, title: string, keepWith = headingWithFirstLines): void {
  writer.gap(14);
  writer.keepTogether(keepWith);
  writer.text(title, `The heading "${title}"`, headingOptions);
  writer.gap(2);
  writer.rule(0.8, colour.text);
  writer.gap(belowHeading - 2);
}

/** The height sectionHeading takes below its leading gap. */
export function sectionHeadingHeight(writer: PdfWriter, title: string): number {
  return writer.heightOf(title, `The heading "${title}"`, headingOptions) + belowHeading;
}

/** A label over its value, the value flowing across pages when long. */
export async function labelledText(
  writer: PdfWriter,
  label: string,
  value: string,
  field: string,
  options: { x?: number; width?: number; empty?: string } = {},
): Promise<void> {
  const shown = value.trim() === '' ? (options.empty ?? 'None recorded.') : value;
  writer.keepTogether(34);
  writer.text(label, `The label "${label}"`, {
    style: 'bold',
    size: size.small,
    colour: colour.muted,
    ...pick(options),
  });
  writer.gap(1);
  await writer.flow(shown, field, {
    style: value.trim() === '' ? 'italic' : 'regular',
    size: size.body,
    ...pick(options),
  });
  writer.gap(5);
}

function pick(options: { x?: number; width?: number }): { x?: number; width?: number } {
  return {
    ...(options.x === undefined ? {} : { x: options.x }),
    ...(options.width === undefined ? {} : { width: options.width }),
  };
}
