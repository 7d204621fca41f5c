import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';
import { StatusBadge } from '../StatusBadge';

type Shipment = NonNullable<ClaimView['shipment']>;
const shipmentText = (shipment: Shipment) => en.claim.shipmentText(shipment.carrier, shipment.trackingNumber);

/** Status, manufacturer, reason and what is wrong; once there are any, the shipments both ways, the repair quote and the resolution. */
export function ClaimSummary({ claim }: { claim: ClaimView }) {
  const { shipment, quote, returnShipment, resolution } = claim;
  return (
    <dl className="summary">
      <dt>{en.claim.status}</dt>
      <dd data-testid="claim-status">
        <StatusBadge status={claim.status} />
      </dd>
      <dt>{en.claim.manufacturer}</dt>
      <dd>{claim.manufacturer}</dd>
      <dt>{en.claim.returnReason}</dt>
      <dd>{en.returnReasons[claim.returnReason] ?? claim.returnReason}</dd>
      <dt>{en.claim.failure}</dt>
      <dd>{claim.failureDescription}</dd>
      {shipment ? (
        <>
          <dt>{en.claim.shipment}</dt>
          <dd data-testid="claim-shipment">{shipmentText(shipment)}</dd>
        </>
      ) : null}
      {quote ? (
        <>
          <dt>{en.claim.quote}</dt>
          <dd data-testid="claim-quote">{en.claim.quoteText(quote.amount.toFixed(2), quote.currency, quote.validUntil?.slice(0, 10) ?? null)}</dd>
        </>
      ) : null}
      {resolution ? (
        <>
          <dt>{en.claim.resolution}</dt>
          <dd data-testid="claim-resolution">{en.chain.resolutions[resolution]}</dd>
        </>
      ) : null}
      {returnShipment ? (
        <>
          <dt>{en.claim.returnShipment}</dt>
          <dd data-testid="claim-return-shipment">{shipmentText(returnShipment)}</dd>
        </>
      ) : null}
    </dl>
  );
}
