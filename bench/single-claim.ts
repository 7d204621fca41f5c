import { DEMO_CLAIM } from '@rma-hub/testing';

/** The demo claim with a reference and serial of its own, as one POST /v1/claims body. */
function singleClaimBody(run: string, n: number): string {
  return JSON.stringify({ ...DEMO_CLAIM, reference: `${run}-${n}`, lines: [{ serial: `${run.toUpperCase()}-SN-${n}`, model: 'U6-Pro' }] });
}

/**
 * Submits one claim with an Idempotency-Key, so the hub stores the key's record in the claim's
 * transaction as the bare baseline does; answers whether it was created, and its id.
 */
export async function postClaim(baseUrl: string, apiKey: string, run: string, n: number): Promise<{ ok: boolean; id?: string; status: number }> {
  const response = await fetch(`${baseUrl}/v1/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': `${run}-${n}` },
    body: singleClaimBody(run, n),
  });
  const answer = (await response.json()) as { id?: string };
  return { ok: response.status === 201, id: answer.id, status: response.status };
}
