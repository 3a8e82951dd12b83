interface ViewsChartProps {
  days: { date: string; views: number }[];
}

const W = 560;
const H = 180;
const PAD_BOTTOM = 28;
const PAD_TOP = 20;

const dayLabel = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' });
const fullLabel = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Page views per day as bars. The picture is for the eye; the same numbers
 * are in a table for screen readers, so nobody has to read values off bars.
 */
export function ViewsChart({ days }: ViewsChartProps) {
  const max = Math.max(1, ...days.map((d) => d.views));
  const slot = W / days.length;
  const total = days.reduce((sum, d) => sum + d.views, 0);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
        <line x1="0" x2={W} y1={H - PAD_BOTTOM} y2={H - PAD_BOTTOM} class="axis" />
        {days.map((d, i) => {
          const h = Math.round(((H - PAD_BOTTOM - PAD_TOP) * d.views) / max);
          const x = i * slot + slot * 0.2;
          return (
            <g key={d.date}>
              <rect x={x} y={H - PAD_BOTTOM - h} width={slot * 0.6} height={h} class={i === days.length - 1 ? 'bar today' : 'bar'} />
              <text x={x + slot * 0.3} y={H - PAD_BOTTOM - h - 5} class="value">
                {d.views.toLocaleString()}
              </text>
              <text x={x + slot * 0.3} y={H - 8} class="label">
                {dayLabel(d.date)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {total.toLocaleString()} page views in the last 7 days; today is the darker bar.
      </figcaption>
      <table class="visually-hidden">
        <caption>Page views per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Views</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{fullLabel(d.date)}</th>
              <td>{d.views}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
