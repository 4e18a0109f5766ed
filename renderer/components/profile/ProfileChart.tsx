/**
 * The profile picture: management score across, leadership score up, four labelled quadrants
 * split at the scale midpoint. Shapes and words carry the meaning, never colour alone, so it
 * reads the same printed in black and white. It is one image to assistive technology; the
 * caller describes the numbers in `description` (and should show them as text too).
 */
import {
  profileQuadrantIds,
  profileQuadrants,
  type ProfileQuadrant,
} from '../../../shared/framework/profileScore';
import {
  chartSize,
  placeLabels,
  plot,
  scaleMax,
  scaleMin,
  threshold,
  xFor,
  yFor,
} from './profileChartLayout';
import { ProfileChartLegend } from './ProfileChartLegend';
import './profileChart.css';

export interface ProfileChartPoint {
  key: string;
  management: number;
  leadership: number;
  /** Printed beside the marker, e.g. "This appraisal" or a date. */
  label: string;
}

export interface ProfileChartProps {
  /** What the picture shows, in words, for screen readers (role="img"). */
  description: string;
  /** The appraisal being looked at: the prominent point. */
  current?: ProfileChartPoint | null;
  /** Earlier appraisals in time order, oldest first; joined by a line ending at `current`. */
  earlier?: readonly ProfileChartPoint[];
  /** The member of staff's own view (self-assessment), drawn as a diamond. */
  selfView?: ProfileChartPoint | null;
  /**
   * Many people at once (the team profile): small unlabelled markers, never joined. People on
   * the same spot share one marker with their number in it; names are in each marker's title,
   * and the caller lists them in a table too.
   */
  team?: readonly ProfileChartPoint[];
  /** What the key calls the prominent point; "This appraisal" unless given. */
  currentLegend?: string;
}

const quadrantCorners: Record<ProfileQuadrant, { x: number; y: number; anchor: 'start' | 'end' }> = {
  leader: { x: plot.left + 10, y: plot.top + 22, anchor: 'start' },
  'manager-and-leader': { x: plot.right - 10, y: plot.top + 22, anchor: 'end' },
  developing: { x: plot.left + 10, y: plot.bottom - 12, anchor: 'start' },
  manager: { x: plot.right - 10, y: plot.bottom - 12, anchor: 'end' },
};

const ticks = [1, 2, 3, 4] as const;

export function ProfileChart({
  description,
  current = null,
  earlier = [],
  selfView = null,
  team = [],
  currentLegend = 'This appraisal',
}: ProfileChartProps) {
  const trail = current === null ? earlier : [...earlier, current];
  const labelled = [
    ...earlier.map((p) => ({ point: p, kind: 'earlier' as const })),
    ...(selfView === null ? [] : [{ point: selfView, kind: 'self' as const }]),
    ...(current === null ? [] : [{ point: current, kind: 'current' as const }]),
  ];
  const labels = placeLabels(
    labelled.map(({ point }) => ({
      x: xFor(point.management),
      y: yFor(point.leadership),
      text: point.label,
    })),
  );
  const teamSpots = groupTeam(team);
  // Names beside the markers while they stay readable; a bigger team is named in the caller's table.
  const teamLabels =
    teamSpots.length <= maxLabelledSpots
      ? placeLabels(teamSpots.map((spot) => ({ x: spot.x, y: spot.y, text: spotLabel(spot.names) })))
      : [];
  const midX = xFor(threshold);
  const midY = yFor(threshold);

  return (
    <figure className="profile-chart">
      <svg
        className="profile-chart__svg"
        viewBox={`0 0 ${chartSize.width} ${chartSize.height}`}
        role="img"
        aria-label={description}
      >
        <rect
          x={plot.left}
          y={plot.top}
          width={plot.right - plot.left}
          height={plot.bottom - plot.top}
          className="profile-chart__area"
        />
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={xFor(tick)}
              x2={xFor(tick)}
              y1={plot.top}
              y2={plot.bottom}
              className="profile-chart__grid"
            />
            <line
              x1={plot.left}
              x2={plot.right}
              y1={yFor(tick)}
              y2={yFor(tick)}
              className="profile-chart__grid"
            />
            <text x={xFor(tick)} y={plot.bottom + 22} textAnchor="middle" className="profile-chart__tick">
              {tick}
            </text>
            <text x={plot.left - 12} y={yFor(tick) + 5} textAnchor="end" className="profile-chart__tick">
              {tick}
            </text>
          </g>
        ))}
        <line x1={midX} x2={midX} y1={plot.top} y2={plot.bottom} className="profile-chart__midline" />
        <line x1={plot.left} x2={plot.right} y1={midY} y2={midY} className="profile-chart__midline" />
        {profileQuadrantIds.map((id) => (
          <text
            key={id}
            x={quadrantCorners[id].x}
            y={quadrantCorners[id].y}
            textAnchor={quadrantCorners[id].anchor}
            className="profile-chart__quadrant"
          >
            {profileQuadrants[id].label}
          </text>
        ))}
        <text
          x={(plot.left + plot.right) / 2}
          y={plot.bottom + 52}
          textAnchor="middle"
          className="profile-chart__axis"
        >
          Management tasks score ({scaleMin} to {scaleMax}) →
        </text>
        <text
          x={0}
          y={0}
          transform={`translate(24 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="profile-chart__axis"
        >
          Leadership behaviours score ({scaleMin} to {scaleMax}) →
        </text>
        {trail.length > 1 && (
          <polyline
            points={trail.map((p) => `${xFor(p.management)},${yFor(p.leadership)}`).join(' ')}
            className="profile-chart__trail"
          />
        )}
        {teamSpots.map((spot, index) => {
          const label = teamLabels[index];
          return (
            <g key={spot.key} className="profile-chart__point profile-chart__point--team">
              <title>{spot.names.join(', ')}</title>
              <circle cx={spot.x} cy={spot.y} r={spot.names.length > 1 ? 11 : 6} />
              {spot.names.length > 1 && (
                <text x={spot.x} y={spot.y + 4} textAnchor="middle" className="profile-chart__team-count">
                  {spot.names.length}
                </text>
              )}
              {label !== undefined && (
                <text x={label.x} y={label.y} textAnchor={label.anchor} className="profile-chart__label">
                  {spotLabel(spot.names)}
                </text>
              )}
            </g>
          );
        })}
        {labelled.map(({ point, kind }, index) => {
          const x = xFor(point.management);
          const y = yFor(point.leadership);
          const label = labels[index];
          return (
            <g key={point.key} className={`profile-chart__point profile-chart__point--${kind}`}>
              {kind === 'current' && <circle cx={x} cy={y} r={10} />}
              {kind === 'earlier' && <circle cx={x} cy={y} r={5.5} />}
              {kind === 'self' && (
                <rect x={x - 7} y={y - 7} width={14} height={14} transform={`rotate(45 ${x} ${y})`} />
              )}
              {label !== undefined && (
                <text x={label.x} y={label.y} textAnchor={label.anchor} className="profile-chart__label">
                  {point.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ProfileChartLegend
        hasCurrent={current !== null}
        hasEarlier={earlier.length > 0}
        hasSelfView={selfView !== null}
        teamSize={team.length}
        currentLegend={currentLegend}
      />
    </figure>
  );
}

const maxLabelledSpots = 12;

/** "Ana Pereira", "Ana Pereira, Ben Okafor" or "Ana Pereira and 3 more". */
function spotLabel(names: readonly string[]): string {
  if (names.length <= 2) return names.join(', ');
  return `${names[0] ?? ''} and ${names.length - 1} more`;
}

/** Team points on the same drawn spot (to the pixel) become one marker. */
function groupTeam(
  team: readonly ProfileChartPoint[],
): { key: string; x: number; y: number; names: string[] }[] {
  const spots = new Map<string, { key: string; x: number; y: number; names: string[] }>();
  for (const point of team) {
    const x = Math.round(xFor(point.management));
    const y = Math.round(yFor(point.leadership));
    const key = `${x},${y}`;
    const spot = spots.get(key);
    if (spot === undefined) spots.set(key, { key, x, y, names: [point.label] });
    else spot.names.push(point.label);
  }
  return [...spots.values()];
}
