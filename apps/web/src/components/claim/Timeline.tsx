import type { ClaimEvent } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { describePolicy } from './policy';

const ruleOf = (event: ClaimEvent): string => {
  const rule = typeof event.data.rule === 'string' ? event.data.rule : null;
  const policy = describePolicy(event.data.policy);
  return [rule, policy].filter(Boolean).join(' — ') || en.claim.none;
};

/** The claim's journey: who moved it, when, from and to, why, and which policy rule decided. */
export function Timeline({ events }: { events: ClaimEvent[] }) {
  const columns = en.claim.timelineColumns;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{en.claim.timeline}</h2>
      <table data-testid="timeline">
        <thead>
          <tr>
            <th scope="col">{columns.when}</th>
            <th scope="col">{columns.who}</th>
            <th scope="col">{columns.move}</th>
            <th scope="col">{columns.why}</th>
            <th scope="col">{columns.rule}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq} data-to={event.to ?? ''}>
              <td>
                <time dateTime={event.occurredAt}>{new Date(event.occurredAt).toLocaleString('en')}</time>
              </td>
              <td>{en.actor(event.actor.role, event.actor.partyId, event.actor.actedBy)}</td>
              <td>{event.to ? `${event.from ? (en.statuses[event.from] ?? event.from) : '•'} → ${en.statuses[event.to] ?? event.to}` : en.claim.none}</td>
              <td>{event.reason}</td>
              <td>{ruleOf(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
