import { useId } from 'react';
import './charts.css';
import { en } from '../../text/en';

export interface Series {
  key: string;
  label: string;
}
export interface Group {
  key: string;
  label: string;
  /** One value per series key; null where there is nothing to show. */
  values: Record<string, number | null>;
}

interface BarChartProps {
  title: string;
  series: readonly Series[];
  groups: readonly Group[];
  format(value: number): string;
  testId: string;
  /** What shows when there are no groups. */
  emptyText?: string;
}

const BAR = 14;
const GAP = 4;
const GROUP_GAP = 12;
const LABEL_WIDTH = 180;
const WIDTH = 640;
const VALUE_WIDTH = 80;

/**
 * Grouped horizontal bars in plain SVG (one colour per series, legend above), and the same figures
 * as a table below it: screen readers skip the drawing and read the table.
 */
export function BarChart({ title, series, groups, format, testId, emptyText = en.analytics.empty }: BarChartProps) {
  const titleId = useId();
  const max = Math.max(0, ...groups.flatMap((group) => series.map((one) => group.values[one.key] ?? 0)));
  const groupHeight = series.length * (BAR + GAP) + GROUP_GAP;
  const height = Math.max(groupHeight * groups.length, BAR);
  const scale = (value: number) => (max > 0 ? (value / max) * (WIDTH - LABEL_WIDTH - VALUE_WIDTH) : 0);
  return (
    <figure className="chart" data-testid={testId} aria-labelledby={titleId}>
      <figcaption id={titleId}>{title}</figcaption>
      {groups.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <>
          <ul className="legend" aria-hidden="true">
            {series.map((one, index) => (
              <li key={one.key}>
                <span className={`swatch series-${index % 6}`} /> {one.label}
              </li>
            ))}
          </ul>
          <svg className="bars" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
            {groups.map((group, groupIndex) => {
              const top = groupIndex * groupHeight;
              return (
                <g key={group.key}>
                  <text x={0} y={top + BAR} className="bar-label">
                    {group.label.length > 28 ? `${group.label.slice(0, 27)}…` : group.label}
                  </text>
                  {series.map((one, index) => {
                    const value = group.values[one.key] ?? null;
                    const y = top + index * (BAR + GAP);
                    return (
                      <g key={one.key}>
                        <rect x={LABEL_WIDTH} y={y} width={value === null ? 0 : Math.max(scale(value), 1)} height={BAR} className={`series-${index % 6}`} />
                        <text x={LABEL_WIDTH + (value === null ? 0 : scale(value)) + 4} y={y + BAR - 3} className="bar-value">
                          {value === null ? en.analytics.none : format(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
          <table className="chart-table">
            <caption>{en.analytics.asTable}</caption>
            <thead>
              <tr>
                <th scope="col">{en.analytics.group}</th>
                {series.map((one) => (
                  <th scope="col" key={one.key}>
                    {one.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <tr key={group.key} data-group={group.key}>
                  <th scope="row">{group.label}</th>
                  {series.map((one) => {
                    const value = group.values[one.key] ?? null;
                    return (
                      <td key={one.key} data-series={one.key} data-value={value ?? ''}>
                        {value === null ? en.analytics.none : format(value)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
