import type { ClaimView } from '@rma-hub/api-client';
import { en } from '../../text/en';

/** The claim's photos and documents, as links to where they are kept (the API takes https links only); nothing when there are none. */
export function Attachments({ claim }: { claim: ClaimView }) {
  if (claim.attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title" data-testid="attachments">
      <h2 id="attachments-title">{en.claim.attachments}</h2>
      <ul>
        {claim.attachments.map((attachment, index) => (
          <li key={index}>
            <a href={attachment.url} target="_blank" rel="noopener noreferrer">
              {attachment.name ?? attachment.url} {en.claim.opensInNewTab}
            </a>
            {attachment.contentType ? ` (${attachment.contentType})` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
