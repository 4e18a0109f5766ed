/** The key under the profile picture: which marker is which, for the markers it shows. */

interface ProfileChartLegendProps {
  hasCurrent: boolean;
  hasEarlier: boolean;
  hasSelfView: boolean;
  /** How many team points the picture shows (0 for a single person's picture). */
  teamSize?: number;
  currentLegend?: string;
}

export function ProfileChartLegend({
  hasCurrent,
  hasEarlier,
  hasSelfView,
  teamSize = 0,
  currentLegend = 'This appraisal',
}: ProfileChartLegendProps) {
  return (
    <figcaption className="profile-chart__legend">
      <ul className="profile-legend">
        {hasCurrent && (
          <li>
            <MarkerIcon kind="current" /> {currentLegend}
          </li>
        )}
        {hasEarlier && (
          <li>
            <MarkerIcon kind="earlier" /> Earlier signed appraisals, joined in date order
          </li>
        )}
        {hasSelfView && (
          <li>
            <MarkerIcon kind="self" /> Their view (their own self-assessment)
          </li>
        )}
        {teamSize > 0 && (
          <li>
            <MarkerIcon kind="team" /> One person&rsquo;s latest signed appraisal; a number means that many
            people share the spot
          </li>
        )}
        <li>Dashed lines: the midpoint (2.5) that divides the four areas</li>
      </ul>
    </figcaption>
  );
}

function MarkerIcon({ kind }: { kind: 'current' | 'earlier' | 'self' | 'team' }) {
  return (
    <svg
      className={`profile-legend__icon profile-chart__point--${kind}`}
      viewBox="0 0 24 24"
      aria-hidden="true"
    >
      {kind === 'current' && <circle cx={12} cy={12} r={8} />}
      {(kind === 'earlier' || kind === 'team') && <circle cx={12} cy={12} r={5} />}
      {kind === 'self' && <rect x={6} y={6} width={12} height={12} transform="rotate(45 12 12)" />}
    </svg>
  );
}
