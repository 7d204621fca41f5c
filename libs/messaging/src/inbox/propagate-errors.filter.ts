import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Hands a handler's error to the inbox transport as it was thrown. Nest's default RPC filter would
 * replace it with "Internal server error", and the transport must tell a PermanentMessageError
 * (dead-letter it) from any other (retry it).
 */
@Catch()
export class PropagateToInbox implements RpcExceptionFilter {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
