/**
 * Geometry of the profile picture: where a score sits on the drawing and where each point's
 * label goes so labels do not print on top of each other. Pure, so the chart stays a view.
 */
import { defaultQuadrantThreshold } from '../../../shared/framework/profileScore';

export const chartSize = { width: 560, height: 480 } as const;
/** The plotting area inside the axes and their titles. */
export const plot = { left: 78, top: 20, right: 540, bottom: 400 } as const;
export const scaleMin = 1;
export const scaleMax = 4;
export const threshold = defaultQuadrantThreshold;

/** Management runs left to right. */
export function xFor(score: number): number {
  return plot.left + ((clamp(score) - scaleMin) / (scaleMax - scaleMin)) * (plot.right - plot.left);
}

/** Leadership runs bottom to top (SVG y grows downwards). */
export function yFor(score: number): number {
  return plot.bottom - ((clamp(score) - scaleMin) / (scaleMax - scaleMin)) * (plot.bottom - plot.top);
}

function clamp(score: number): number {
  return Math.min(scaleMax, Math.max(scaleMin, score));
}

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

const labelHeight = 16;
const labelGap = 12;
/** A rough width per character at the label font size; good enough to keep labels apart. */
const charWidth = 7.2;

/**
 * Puts each label beside its point (right, or left near the right edge), then nudges it down
 * until it clears the labels already placed. Earlier points come first, so the current
 * point's label is the one that moves when they collide: it stays next to its bold marker.
 */
export function placeLabels(points: readonly { x: number; y: number; text: string }[]): PlacedLabel[] {
  const placed: { box: Box; label: PlacedLabel }[] = [];
  for (const point of points) {
    const width = point.text.length * charWidth;
    const anchor = point.x + labelGap + width > plot.right ? 'end' : 'start';
    const x = anchor === 'start' ? point.x + labelGap : point.x - labelGap;
    let y = point.y + 5;
    let box = boxOf(x, y, width, anchor);
    for (let tries = 0; tries < 12 && placed.some((other) => overlaps(box, other.box)); tries += 1) {
      y += labelHeight;
      box = boxOf(x, y, width, anchor);
    }
    placed.push({ box, label: { x, y, anchor } });
  }
  return placed.map((entry) => entry.label);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(x: number, baseline: number, width: number, anchor: 'start' | 'end'): Box {
  const left = anchor === 'start' ? x : x - width;
  return { left, right: left + width, top: baseline - labelHeight + 3, bottom: baseline + 3 };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
