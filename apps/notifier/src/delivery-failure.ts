import { AxiosError, isAxiosError, isCancel } from 'axios';
import { UnsafeUrlError } from '@rma-hub/platform';

/**
 * What the delivery log says about a failed attempt. Subscribers see it, so it is coarse: socket
 * errors name addresses and ports, and telling "refused" from "reset" from "unreachable" would make
 * the log a port scanner. The full error goes to the notifier's log.
 */
export function describeDeliveryFailure(error: unknown): string {
  if (isCancel(error)) return 'timed out';
  const cause = isAxiosError(error) ? error.cause : error;
  if (cause instanceof UnsafeUrlError) return 'URL not allowed';
  // Headers arrived, then the body was over the limit or could not be decoded.
  if (isAxiosError(error) && error.code === AxiosError.ERR_BAD_RESPONSE) return 'answer too large or malformed';
  return 'could not connect';
}
