import { chainCell, chainP99 } from '../chain/chain-cell';
import { measureChain, startChain, type ChainMeasure, type RunningHub } from '../chain/chain-run';
import { consumerGroupMembers } from '../chain/consumer-groups';
import { format, ratio } from '../table';
import type { RowProducer } from './context';

interface RoutedOnce {
  claims: number;
  /** Claims of the run with exactly one `forwarded` event on their timeline. */
  forwardedOnce: number;
  /** Inbox rows per consumer over the whole hub, warm-up claim included: one per message it applied. */
  inbox: Map<string, number>;
}

async function routedOnce(chain: RunningHub, measure: ChainMeasure): Promise<RoutedOnce> {
  const [row] = await chain.hub.query<{ once: number }>(
    `SELECT count(*) FILTER (WHERE forwarded = 1)::int AS once
       FROM (SELECT c.id, (SELECT count(*) FROM claim_events e WHERE e.claim_id = c.id AND e.to_status = 'forwarded') AS forwarded
               FROM unnest($1::uuid[]) AS c(id)) per_claim`,
    [measure.ids],
  );
  const inbox = await chain.hub.query<{ consumer: string; n: number }>('SELECT consumer, count(*)::int AS n FROM processed_messages GROUP BY consumer ORDER BY consumer');
  return { claims: measure.ids.length, forwardedOnce: row!.once, inbox: new Map(inbox.map((entry) => [entry.consumer, entry.n])) };
}

/** One run at `rate` on a fresh chain with these processes; what it measured, who consumed, and whether each claim was routed once. */
async function runWith(processes: { routers: number; connectors: number }, rate: number, seconds: number, drainSeconds: number) {
  const chain = await startChain(processes);
  try {
    const measure = await measureChain(chain, rate, seconds, (started) => started + drainSeconds * 1000);
    return { measure, groups: await consumerGroupMembers(chain.hub), once: await routedOnce(chain, measure) };
  } finally {
    await chain.close();
  }
}

const describeGroups = (groups: Map<string, number>) => [...groups].map(([group, members]) => `${group} ${members}`).join(', ');

/**
 * Row 6: the chain with two routers and two connectors processes on their consumer groups, beside
 * one of each; every claim of the run must have been routed exactly once (one `forwarded` event
 * on its timeline). On two cores this shows the partitions split without loss or duplication,
 * not a speed-up: the processes share the same cores.
 */
export const scaleOutRows: RowProducer = async ({ settings }) => {
  const { scaleOutRate: rate, seconds, drainSeconds } = settings;
  const two = await runWith({ routers: 2, connectors: 2 }, rate, seconds, drainSeconds);
  const one = await runWith({ routers: 1, connectors: 1 }, rate, seconds, drainSeconds);
  const exactlyOnce = two.once.forwardedOnce === two.once.claims;
  const inbox = [...two.once.inbox].map(([consumer, n]) => `${consumer} ${format(n)}`).join(', ');
  return [
    {
      what: `Scale-out: chain at ${format(rate)} claims/s with 2 routers + 2 connectors (hub) vs 1 + 1 (baseline); 2 cores: proves the split, not a speed-up`,
      hub: chainCell(two.measure),
      baseline: chainCell(one.measure),
      ratio: `p99 ${ratio(chainP99(two.measure), chainP99(one.measure))}`,
      target: `${exactlyOnce ? 'each claim routed exactly once' : 'NOT each claim routed exactly once'}: ${format(two.once.forwardedOnce)} of ${format(two.once.claims)} claims with one forwarded event; group members: ${describeGroups(two.groups)}; inbox rows: ${inbox}`,
    },
  ];
};
