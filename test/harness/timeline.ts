/** One entry of `GET /v1/claims/{id}/events`, as the API shows it. */
export interface TimelineEvent {
  seq: number;
  type: 'status_changed' | 'policy_decision';
  from: string | null;
  to: string | null;
  actor: { role: string; partyId: string | null; actedBy?: string };
  reason: string;
  data: Record<string, unknown>;
  occurredAt: string;
}
