import { DEMO_CLAIM } from '@rma-hub/testing';

/** The chain that owns every resource the matrix probes. */
export const OWNER = 'reseller-charlie';
export const OWNER_DISTRIBUTOR = 'distri-east';
export const REPLACEMENT_SERIAL = 'MATRIXREPLACEMENTA77';
export const CLAIM_TAGS = ['A', 'C', 'D', 'E'] as const;
export type ClaimTag = (typeof CLAIM_TAGS)[number];

/** What the matrix probes: the owner chain's resources, learnt while creating them. */
export interface Foreign {
  claims: Record<ClaimTag, ClaimFacts>;
  importJobId: string;
  forwardJobId: string;
  subscription: { id: string; url: string; secret: string };
  deliveryIds: string[];
  deadLetterId: string;
  liveKey: { id: string; key: string; hint: string };
  revokedKey: { id: string; key: string };
  /** Each keyed caller's own subscription, made before the foreign claims existed. */
  ownSubscriptions: Record<string, string>;
}
export interface ClaimFacts {
  id: string;
  body: ReturnType<typeof ownerClaim>;
  distributorReference: string;
  rmaNumber: string | null;
  replacementSerial: string | null;
}

/** A complete Ubiquiti claim of the owner's, every identifying value unique to it. */
export function ownerClaim(tag: ClaimTag) {
  return {
    ...DEMO_CLAIM,
    reference: `CHARLIE-MATRIX-${tag}`,
    dealer: 'Charlie Systems',
    failureDescription: `Matrix unit ${tag} reboots every few minutes; fault confirmed with Ubiquiti support.`,
    proofOfPurchase: `INV-MATRIX-${tag}-5521`,
    supportTicket: `UI-SUP-MATRIX-${tag}`,
    contact: { name: 'Casey Owner', email: `owner.${tag.toLowerCase()}@charlie-matrix.example`, phone: '+33 1 98 76 54 32' },
    lines: [{ serial: `MATRIXSERIAL${tag}77`, model: 'U6-Pro', macId: `F0:9F:C2:00:00:0${tag}` }],
  };
}

/** Every value of the foreign resources that no other caller may learn, by name (for the failure message). */
export function secretsOf(f: Foreign): Record<string, string> {
  const secrets: Record<string, string> = {
    'import job id': f.importJobId,
    'forward job id': f.forwardJobId,
    'subscription id': f.subscription.id,
    'subscription URL': f.subscription.url,
    'subscription secret': f.subscription.secret,
    'dead letter id': f.deadLetterId,
    'live API key id': f.liveKey.id,
    'live API key': f.liveKey.key,
    'live API key hint': f.liveKey.hint,
    'revoked API key id': f.revokedKey.id,
    'revoked API key': f.revokedKey.key,
  };
  f.deliveryIds.forEach((id, index) => (secrets[`delivery ${index + 1} id`] = id));
  for (const tag of CLAIM_TAGS) {
    const claim = f.claims[tag];
    Object.assign(secrets, {
      [`claim ${tag} id`]: claim.id,
      [`claim ${tag} reseller reference`]: claim.body.reference,
      [`claim ${tag} distributor reference`]: claim.distributorReference,
      [`claim ${tag} serial`]: claim.body.lines[0]!.serial,
      [`claim ${tag} contact e-mail`]: claim.body.contact.email,
      [`claim ${tag} proof of purchase`]: claim.body.proofOfPurchase,
      [`claim ${tag} support ticket`]: claim.body.supportTicket,
      [`claim ${tag} failure description`]: claim.body.failureDescription,
      ...(claim.rmaNumber ? { [`claim ${tag} RMA number`]: claim.rmaNumber } : {}),
      ...(claim.replacementSerial ? { [`claim ${tag} replacement serial`]: claim.replacementSerial } : {}),
    });
  }
  return secrets;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The secrets found in `text` as whole tokens (UI-RMA-100001 is not found in UI-RMA-1000010), except those the request itself sent. */
export function leaked(secrets: Record<string, string>, text: string, sent: string): string[] {
  return Object.entries(secrets)
    .filter(([, value]) => !sent.includes(value) && new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(value)}(?![A-Za-z0-9])`).test(text))
    .map(([name]) => name);
}

