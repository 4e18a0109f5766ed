/**
 * The profile picture, drawn as vectors: management score across, leadership score up, the
 * four quadrants split at the scale midpoint, as the app draws it on screen. Shapes and words
 * carry the meaning (filled circle, outlined diamond), so it reads in black and white.
 */
import { selfRatings, managerRatings } from '../../../shared/appraisal/ratingsOf';
import type { Appraisal } from '../../../shared/appraisal/appraisal';
import type { AppraisalDocument } from '../../../shared/documents/appraisalDocument';
import {
  defaultQuadrantThreshold,
  formatScore,
  profileQuadrant,
  profileQuadrants,
  profileScore,
  type ProfileQuadrant,
} from '../../../shared/framework/profileScore';
import type { PdfWriter } from './pdfWriter';
import { sectionHeading } from './sectionHeading';
import { colour, page, size } from './pdfStyle';

const chart = { width: 250, height: 200 } as const;
const scaleMin = 1;
const scaleMax = 4;

export function drawProfilePicture(writer: PdfWriter, document: AppraisalDocument): void {
  const appraisal = scoringView(document);
  const manager = profileScore(document.framework, managerRatings(appraisal));
  const self = appraisal.selfAssessment.included
    ? profileScore(document.framework, selfRatings(appraisal))
    : null;
  const quadrant = profileQuadrant(manager.management, manager.leadership);

  sectionHeading(writer, 'Profile: management and leadership', chart.height + 120);
  const summary = `Management tasks score ${formatScore(manager.management)}  ·  Leadership behaviours score ${formatScore(manager.leadership)}`;
  writer.text(summary, 'The profile scores', { style: 'bold', size: size.body });
  if (quadrant !== null) {
    writer.text(
      `${profileQuadrants[quadrant].label}: ${profileQuadrants[quadrant].explanation}`,
      'The profile explanation',
      { size: size.body },
    );
  }
  writer.text(
    'Each score is the average of the levels given in that section; "not applicable" is left out.',
    'The profile note',
    { size: size.small, colour: colour.muted },
  );
  writer.gap(8);

  const left = page.left + 46;
  const top = writer.doc.y;
  drawAxes(writer, left, top);
  if (self !== null && self.management !== null && self.leadership !== null) {
    drawDiamond(writer, xFor(left, self.management), yFor(top, self.leadership));
  }
  if (manager.management !== null && manager.leadership !== null) {
    writer.doc
      .save()
      .circle(xFor(left, manager.management), yFor(top, manager.leadership), 6)
      .fill(colour.text)
      .restore();
  }
  drawLegend(writer, left + chart.width + 28, top + 20, self);
  writer.doc.y = top + chart.height + 40;
}

/** The sealed record lacks only fields scoring never reads (status, step, seal); fill them neutrally. */
function scoringView(document: AppraisalDocument): Appraisal {
  const { appraisal } = document;
  return {
    ...appraisal,
    status: 'signed',
    currentStep: 'ready',
    sealed: null,
    supersededById: null,
    updatedAt: appraisal.createdAt,
  } satisfies Appraisal;
}

function xFor(left: number, score: number): number {
  return left + ((clamp(score) - scaleMin) / (scaleMax - scaleMin)) * chart.width;
}

function yFor(top: number, score: number): number {
  return top + chart.height - ((clamp(score) - scaleMin) / (scaleMax - scaleMin)) * chart.height;
}

function clamp(score: number): number {
  return Math.min(scaleMax, Math.max(scaleMin, score));
}

const quadrantCorners: Record<ProfileQuadrant, { column: 'left' | 'right'; row: 'top' | 'bottom' }> = {
  leader: { column: 'left', row: 'top' },
  'manager-and-leader': { column: 'right', row: 'top' },
  developing: { column: 'left', row: 'bottom' },
  manager: { column: 'right', row: 'bottom' },
};

function drawAxes(writer: PdfWriter, left: number, top: number): void {
  const { doc } = writer;
  const right = left + chart.width;
  const bottom = top + chart.height;
  doc.save().lineWidth(0.4).strokeColor(colour.faint);
  for (const tick of [1, 2, 3, 4]) {
    doc.moveTo(xFor(left, tick), top).lineTo(xFor(left, tick), bottom).stroke();
    doc.moveTo(left, yFor(top, tick)).lineTo(right, yFor(top, tick)).stroke();
  }
  doc.restore();
  doc
    .save()
    .lineWidth(1)
    .strokeColor(colour.text)
    .rect(left, top, chart.width, chart.height)
    .stroke()
    .restore();
  const midX = xFor(left, defaultQuadrantThreshold);
  const midY = yFor(top, defaultQuadrantThreshold);
  doc.save().lineWidth(0.8).dash(4, { space: 3 }).strokeColor(colour.muted);
  doc.moveTo(midX, top).lineTo(midX, bottom).stroke();
  doc.moveTo(left, midY).lineTo(right, midY).stroke();
  doc.undash().restore();

  for (const tick of [1, 2, 3, 4]) {
    writer.text(
      String(tick),
      'A scale number',
      { size: size.small, x: xFor(left, tick) - 10, width: 20, align: 'center' },
      bottom + 4,
    );
    writer.text(
      String(tick),
      'A scale number',
      { size: size.small, x: left - 24, width: 18, align: 'right' },
      yFor(top, tick) - 4,
    );
  }
  for (const [id, corner] of Object.entries(quadrantCorners)) {
    const label = profileQuadrants[id as ProfileQuadrant].label;
    const x = corner.column === 'left' ? left + 6 : midX + 6;
    const width = (corner.column === 'left' ? midX - left : right - midX) - 12;
    const y = corner.row === 'top' ? top + 6 : bottom - 16;
    writer.text(
      label,
      'A quadrant label',
      {
        style: 'bold',
        size: size.small,
        colour: colour.muted,
        x,
        width,
        align: corner.column === 'left' ? 'left' : 'right',
      },
      y,
    );
  }
  writer.text(
    `Management tasks score (${scaleMin} to ${scaleMax}) →`,
    'The axis title',
    { size: size.small, x: left, width: chart.width, align: 'center' },
    bottom + 18,
  );
  doc.save().rotate(-90, { origin: [left - 34, top + chart.height / 2] });
  writer.text(
    `Leadership behaviours score (${scaleMin} to ${scaleMax}) →`,
    'The axis title',
    { size: size.small, x: left - 34 - chart.height / 2, width: chart.height, align: 'center' },
    top + chart.height / 2 - 4,
  );
  doc.restore();
}

function drawDiamond(writer: PdfWriter, x: number, y: number): void {
  const r = 6.5;
  writer.doc
    .save()
    .lineWidth(1.4)
    .strokeColor(colour.text)
    .polygon([x, y - r], [x + r, y], [x, y + r], [x - r, y])
    .stroke()
    .restore();
}

function drawLegend(
  writer: PdfWriter,
  x: number,
  y: number,
  self: { management: number | null; leadership: number | null } | null,
): void {
  const { doc } = writer;
  const width = page.right - x - 16;
  doc
    .save()
    .circle(x + 5, y + 5, 5)
    .fill(colour.text)
    .restore();
  writer.text(
    "Manager's ratings (this appraisal)",
    'The legend',
    { size: size.small, x: x + 16, width },
    y + 1,
  );
  if (self === null) return;
  drawDiamond(writer, x + 5, y + 25);
  const placed = self.management !== null && self.leadership !== null;
  const scores = `management ${formatScore(self.management)}, leadership ${formatScore(self.leadership)}`;
  const text = placed
    ? `Self-assessment: ${scores}`
    : `Self-assessment: ${scores} (not placed on the picture: it needs both scores)`;
  writer.text(text, 'The legend', { size: size.small, x: x + 16, width }, y + 21);
}
