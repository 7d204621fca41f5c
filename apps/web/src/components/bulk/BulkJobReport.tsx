import { Fragment } from 'react';
import type { BulkJob } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { TableHead } from '../TableHead';

const t = en.chain.job;

/** A bulk job's state, progress bar, counts, results per manufacturer and line errors. */
export function BulkJobReport({ job }: { job: BulkJob }) {
  const percent = Math.round(job.progress * 100);
  const counts = Object.keys(t.counts) as (keyof typeof t.counts)[];
  const columns = t.manufacturerColumns;
  return (
    <>
      <dl className="summary">
        <dt>{t.state}</dt>
        <dd data-testid="job-state">{t.states[job.state] ?? job.state}</dd>
        <dt>
          <label htmlFor="job-progress">{t.progress}</label>
        </dt>
        <dd>
          <progress id="job-progress" max={1} value={job.progress} /> <span data-testid="job-progress">{percent}%</span>
        </dd>
        {counts.map((count) => (
          <Fragment key={count}>
            <dt>{t.counts[count]}</dt>
            <dd data-testid={`job-count-${count}`}>{job.counts[count]}</dd>
          </Fragment>
        ))}
      </dl>
      {job.manufacturers ? (
        <section aria-labelledby="per-manufacturer-title">
          <h2 id="per-manufacturer-title">{t.perManufacturer}</h2>
          <table data-testid="job-manufacturers">
            <TableHead labels={Object.values(columns)} />
            <tbody>
              {job.manufacturers.map((tally) => (
                <tr key={tally.manufacturer ?? ''} data-manufacturer={tally.manufacturer ?? ''}>
                  <th scope="row">{tally.manufacturer ?? t.unknownManufacturer}</th>
                  <td data-column="forwarded">{tally.forwarded}</td>
                  <td data-column="refused">{tally.refused}</td>
                  <td data-column="rmaOpened">{tally.rmaOpened}</td>
                  <td data-column="waiting">{tally.waiting}</td>
                  <td data-column="refusedByPortal">{tally.refusedByPortal}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {job.errors.items.length > 0 ? (
        <section aria-labelledby="job-errors-title">
          <h2 id="job-errors-title">{t.errors}</h2>
          <ul data-testid="job-errors">
            {job.errors.items.map((error) => (
              <li key={`${error.line}${error.pointer}`} data-line={error.line}>
                {t.errorLine(error.line, error.pointer, error.detail)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
