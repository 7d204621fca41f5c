import { useEffect, useState } from 'react';
import type { ServiceInstance } from '@rma-hub/api-client';
import { problemTitle } from '../../api/problem';
import type { Session } from '../../api/session';
import { Alert } from '../../components/Alert';
import { TableHead } from '../../components/TableHead';
import { en } from '../../text/en';

const text = en.ops.health;

/** The figures an instance reported, in the order of their labels (the database keeps no key order); unknown ones last. */
function figuresInOrder(figures: ServiceInstance['figures']): [string, number][] {
  const known = Object.keys(text.figureNames);
  const rank = (figure: string) => (known.includes(figure) ? known.indexOf(figure) : known.length);
  return Object.entries(figures)
    .filter((entry): entry is [string, number] => entry[1] !== undefined)
    .sort(([a], [b]) => rank(a) - rank(b));
}

/** Every service instance as it last reported to the database (`GET /v1/admin/services`), read again on each `round`. */
export function ServiceInstances({ session, round }: { session: Session; round: number }) {
  const [services, setServices] = useState<ServiceInstance[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setServices(null);
    setError(null);
    void session.client
      .GET('/v1/admin/services')
      .then(({ data, error: problem }) => {
        if (!live) return;
        if (data) setServices(data.services);
        else setError(en.errors.generic(problemTitle(problem)));
      })
      .catch(() => live && setError(text.servicesUnavailable));
    return () => {
      live = false;
    };
  }, [session, round]);

  return (
    <section aria-labelledby="services-title">
      <h2 id="services-title">{text.services}</h2>
      <Alert>{error}</Alert>
      {services === null ? (
        error ? null : <p aria-live="polite">{text.loading}</p>
      ) : services.length === 0 ? (
        <p>{text.noServices}</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="service-instances">
            <TableHead labels={Object.values(text.serviceColumns)} />
            <tbody>
              {services.map((one) => (
                <tr key={`${one.service}/${one.instance}`} data-service={one.service} data-instance={one.instance} data-state={one.state}>
                  <th scope="row">{one.service}</th>
                  <td>{one.instance}</td>
                  <td className={one.state === 'up' ? 'verdict-up' : 'verdict-down'}>{text.serviceStates[one.state] ?? one.state}</td>
                  <td>
                    <time dateTime={one.lastSeenAt}>{new Date(one.lastSeenAt).toLocaleString()}</time>
                  </td>
                  <td>
                    <ul>
                      {Object.entries(one.checks).map(([name, verdict]) => (
                        <li key={name} data-check={name} className={verdict === 'up' ? 'verdict-up' : 'verdict-down'}>
                          {name}: {verdict}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul>
                      {figuresInOrder(one.figures).map(([figure, value]) => (
                        <li key={figure} data-figure={figure}>
                          {text.figureNames[figure] ?? figure}: <span>{text.figureValue(figure, value)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
