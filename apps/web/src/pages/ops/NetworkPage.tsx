import '../../components/charts/charts.css';
import { useEffect, useState } from 'react';
import type { NetworkView } from '@rma-hub/api-client';
import { problemTitle } from '../../api/problem';
import type { Session } from '../../api/session';
import { Alert } from '../../components/Alert';
import { en } from '../../text/en';
import { TableHead } from '../../components/TableHead';

const text = en.ops.network;
type Policy = NetworkView['policies'][number];

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** One manufacturer's policy: every version (the last in force) and, per distributor, the rules that differ. */
function PolicySection({ policy }: { policy: Policy }) {
  const headingId = `policy-${policy.manufacturer}`;
  return (
    <section aria-labelledby={headingId} data-testid={`policy-${policy.manufacturer}`}>
      <h3 id={headingId}>{text.policyOf(policy.manufacturer)}</h3>
      <h4>{text.versions}</h4>
      {policy.versions.map((version, index) => (
        <details key={version.version}>
          <summary>
            {text.versionLabel(version.version, new Date(version.createdAt).toLocaleString())} {index === policy.versions.length - 1 ? text.inForce : ''}
          </summary>
          <pre>{json(version.document)}</pre>
        </details>
      ))}
      <h4>{text.overrides}</h4>
      {policy.overrides.length === 0 ? <p>{text.noOverrides}</p> : null}
      {policy.overrides.map((override) => (
        <div key={override.distributor} data-testid={`override-${policy.manufacturer}-${override.distributor}`}>
          <h5>{text.overrideOf(override.distributor, override.versions.at(-1)?.version ?? 0)}</h5>
          {override.differences.length === 0 ? (
            <p>{text.noDifferences}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{text.differenceColumns.rule}</th>
                  <th scope="col">{text.differenceColumns.manufacturer}</th>
                  <th scope="col">{text.differenceColumns.distributor}</th>
                </tr>
              </thead>
              <tbody>
                {override.differences.map((difference) => (
                  <tr key={difference.rule} data-rule={difference.rule}>
                    <th scope="row">{difference.rule}</th>
                    <td>
                      <pre>{json(difference.manufacturer)}</pre>
                    </td>
                    <td>
                      <pre>{json(difference.distributor)}</pre>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}

/** The network the hub serves: parties with their channels, routes, and each manufacturer's policy. */
export function NetworkPage({ session }: { session: Session }) {
  const [network, setNetwork] = useState<NetworkView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void session.client
      .GET('/v1/admin/network')
      .then(({ data, error: problem }) => {
        if (!live) return;
        if (data) setNetwork(data);
        else setError(en.errors.generic(problemTitle(problem)));
      })
      .catch(() => live && setError(en.errors.network));
    return () => {
      live = false;
    };
  }, [session]);

  return (
    <main id="main">
      <h1>{text.title}</h1>
      <Alert>{error}</Alert>
      {network === null ? (
        error ? null : <p aria-live="polite">{text.loading}</p>
      ) : (
        <>
          <h2>{text.parties}</h2>
          <div className="table-scroll">
            <table data-testid="network-parties">
              <TableHead labels={Object.values(text.partyColumns)} />
              <tbody>
                {network.parties.map((party) => (
                  <tr key={party.id} data-party={party.id}>
                    <th scope="row">{party.id}</th>
                    <td>{party.name}</td>
                    <td>{en.roles[party.role] ?? party.role}</td>
                    <td>{party.referencePrefix}</td>
                    <td>{party.reviewsClaims ? text.yes : text.no}</td>
                    <td>{party.channel ? text.channel(party.channel.kind, party.channel.adapter, party.channel.maxRequestsPerSecond) : en.claim.none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{text.routes}</h2>
          <table data-testid="network-routes">
            <TableHead labels={Object.values(text.routeColumns)} />
            <tbody>
              {network.routes.map((route) => (
                <tr key={`${route.reseller}/${route.manufacturer}`}>
                  <td>{route.reseller}</td>
                  <td>{route.manufacturer}</td>
                  <td>{route.distributor}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{text.policies}</h2>
          {network.policies.map((policy) => (
            <PolicySection key={policy.manufacturer} policy={policy} />
          ))}
        </>
      )}
    </main>
  );
}
