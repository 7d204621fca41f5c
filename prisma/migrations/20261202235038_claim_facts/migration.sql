-- Per-claim facts for the analytics (issue 13: "fast on 1M claims"): the time of each claim with each
-- tier, its turnaround and its outcome flags, recomputed from the timeline when it changes, so a figure reads
-- one row per claim instead of walking every timeline event with a window function.

-- Which tier holds the claim in each status: TIME_WITH of libs/domain (an integration test keeps the two equal).
CREATE TABLE "claim_status_tiers" (
    "status" TEXT NOT NULL,
    "tier" TEXT NOT NULL,

    CONSTRAINT "claim_status_tiers_pkey" PRIMARY KEY ("status")
);

INSERT INTO "claim_status_tiers" ("status", "tier") VALUES
    ('submitted', 'hub'),
    ('needs_info', 'reseller'),
    ('in_review', 'distributor'),
    ('forwarded', 'manufacturer'),
    ('authorized', 'reseller'),
    ('in_transit', 'in_transit'),
    ('received', 'manufacturer'),
    ('quote_pending', 'reseller'),
    ('repairing', 'manufacturer'),
    ('resolved', 'manufacturer'),
    ('shipped_back', 'in_transit'),
    ('rejected', 'manufacturer');

CREATE TABLE "claim_facts" (
    "claim_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "manufacturer_id" TEXT NOT NULL,
    "distributor_id" TEXT,
    "first_at" TIMESTAMP(3) NOT NULL,
    "closed_at" TIMESTAMP(3),
    "status" TEXT NOT NULL,
    "status_since" TIMESTAMP(3) NOT NULL,
    "status_tier" TEXT,
    "hub_seconds" DOUBLE PRECISION,
    "reseller_seconds" DOUBLE PRECISION,
    "distributor_seconds" DOUBLE PRECISION,
    "manufacturer_seconds" DOUBLE PRECISION,
    "in_transit_seconds" DOUBLE PRECISION,
    "needed_info" BOOLEAN NOT NULL,
    "missing" TEXT[],
    "rejected" BOOLEAN NOT NULL,
    "sla_minutes" DOUBLE PRECISION,

    CONSTRAINT "claim_facts_pkey" PRIMARY KEY ("claim_id")
);

CREATE INDEX "claim_facts_created_at_idx" ON "claim_facts"("created_at");

ALTER TABLE "claim_facts" ADD CONSTRAINT "claim_facts_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the facts of these claims from their whole timeline (a claim has tens of events, read
-- by the (claim_id, seq) index), so no event order or partial update can leave them wrong. The
-- tier columns hold the spans that ended; the span of the current status (status_since, status_tier)
-- is added at read time, up to the moment asked about. The claim columns the figures filter and
-- bucket by are copied too, so a figure reads this table alone: created_at and manufacturer_id never
-- change, and the distributor joins when the claim is routed, a decision that always changes the status.
CREATE FUNCTION "refresh_claim_facts"(claim_ids UUID[]) RETURNS VOID LANGUAGE plpgsql AS $fn$
BEGIN
  WITH events AS (
    SELECT e.claim_id, e.seq, e.to_status, e.occurred_at, e.data,
           lead(e.occurred_at) OVER (PARTITION BY e.claim_id ORDER BY e.seq) AS next_at
    FROM claim_events e
    WHERE e.claim_id = ANY (claim_ids) AND e.type = 'status_changed'),
  held AS (
    SELECT e.claim_id,
           extract(epoch FROM sum(e.next_at - e.occurred_at) FILTER (WHERE t.tier = 'hub'))::float8 AS hub,
           extract(epoch FROM sum(e.next_at - e.occurred_at) FILTER (WHERE t.tier = 'reseller'))::float8 AS reseller,
           extract(epoch FROM sum(e.next_at - e.occurred_at) FILTER (WHERE t.tier = 'distributor'))::float8 AS distributor,
           extract(epoch FROM sum(e.next_at - e.occurred_at) FILTER (WHERE t.tier = 'manufacturer'))::float8 AS manufacturer,
           extract(epoch FROM sum(e.next_at - e.occurred_at) FILTER (WHERE t.tier = 'in_transit'))::float8 AS in_transit
    FROM events e JOIN claim_status_tiers t ON t.status = e.to_status
    WHERE e.next_at IS NOT NULL
    GROUP BY e.claim_id),
  missing AS (
    SELECT e.claim_id, array_agg(DISTINCT f.field ORDER BY f.field) AS missing
    FROM events e CROSS JOIN LATERAL jsonb_array_elements_text(e.data -> 'missing') AS f(field)
    WHERE e.to_status = 'needs_info' AND jsonb_typeof(e.data -> 'missing') = 'array'
    GROUP BY e.claim_id),
  facts AS (
    SELECT claim_id,
           min(occurred_at) AS first_at,
           min(occurred_at) FILTER (WHERE to_status = 'closed') AS closed_at,
           (array_agg(to_status ORDER BY seq DESC))[1] AS status,
           (array_agg(occurred_at ORDER BY seq DESC))[1] AS status_since,
           bool_or(to_status = 'needs_info') AS needed_info,
           bool_or(to_status = 'rejected') AS rejected,
           (array_agg((data ->> 'slaBusinessMinutes')::float8 ORDER BY seq)
              FILTER (WHERE to_status = 'authorized' AND jsonb_typeof(data -> 'slaBusinessMinutes') = 'number'))[1] AS sla_minutes
    FROM events
    GROUP BY claim_id)
  INSERT INTO claim_facts (claim_id, created_at, manufacturer_id, distributor_id, first_at, closed_at, status, status_since, status_tier,
                           hub_seconds, reseller_seconds, distributor_seconds, manufacturer_seconds, in_transit_seconds,
                           needed_info, missing, rejected, sla_minutes)
  SELECT f.claim_id, c.created_at, c.manufacturer_id, c.distributor_id, f.first_at, f.closed_at, f.status, f.status_since, t.tier,
         h.hub, h.reseller, h.distributor, h.manufacturer, h.in_transit,
         f.needed_info, m.missing, f.rejected, f.sla_minutes
  FROM facts f
  JOIN claims c ON c.id = f.claim_id
  LEFT JOIN claim_status_tiers t ON t.status = f.status
  LEFT JOIN held h ON h.claim_id = f.claim_id
  LEFT JOIN missing m ON m.claim_id = f.claim_id
  ON CONFLICT (claim_id) DO UPDATE SET
    distributor_id = excluded.distributor_id, first_at = excluded.first_at, closed_at = excluded.closed_at, status = excluded.status,
    status_since = excluded.status_since, status_tier = excluded.status_tier,
    hub_seconds = excluded.hub_seconds, reseller_seconds = excluded.reseller_seconds,
    distributor_seconds = excluded.distributor_seconds, manufacturer_seconds = excluded.manufacturer_seconds,
    in_transit_seconds = excluded.in_transit_seconds, needed_info = excluded.needed_info,
    missing = excluded.missing, rejected = excluded.rejected, sla_minutes = excluded.sla_minutes;
END
$fn$;

-- Claims whose timeline changed since their facts were computed. A decision only marks its claim
-- here (one small insert); the facts are recomputed in batches, by the router in the background and
-- by every analytics read for what is still marked, so figures are exact when read while the hot
-- path does not pay for a recomputation per decision.
-- No key: a claim may be marked several times, so a decision never waits on a refresher that is
-- deleting the claim's earlier mark.
CREATE TABLE "claim_facts_stale" (
    "claim_id" UUID NOT NULL
);

-- Once per statement (the save of a decision, a bulk COPY), over the claims whose status it changed.
CREATE FUNCTION "claim_events_mark_facts_stale"() RETURNS TRIGGER LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO claim_facts_stale (claim_id)
  SELECT DISTINCT claim_id FROM new_events WHERE type = 'status_changed';
  RETURN NULL;
END
$fn$;

CREATE TRIGGER "claim_events_mark_facts_stale" AFTER INSERT ON "claim_events"
    REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION claim_events_mark_facts_stale();

-- Takes up to batch_size marks, recomputes the facts of their claims; how many marks it took.
-- Marks another session is taking are skipped, so several refreshers share the work.
CREATE FUNCTION "refresh_stale_claim_facts"(batch_size INTEGER) RETURNS INTEGER LANGUAGE plpgsql AS $fn$
DECLARE
  taken UUID[];
BEGIN
  WITH unmarked AS (
    DELETE FROM claim_facts_stale
    WHERE ctid IN (SELECT ctid FROM claim_facts_stale LIMIT batch_size FOR UPDATE SKIP LOCKED)
    RETURNING claim_id)
  SELECT array_agg(claim_id) INTO taken FROM unmarked;
  IF taken IS NULL THEN
    RETURN 0;
  END IF;
  PERFORM refresh_claim_facts(ARRAY(SELECT DISTINCT unnest(taken)));
  RETURN cardinality(taken);
END
$fn$;

-- The claims the hub already holds.
SELECT refresh_claim_facts(ARRAY(SELECT id FROM claims));
