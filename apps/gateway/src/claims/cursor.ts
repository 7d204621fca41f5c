import { z } from 'zod';
import { problem } from '@rma-hub/platform';

const Position = z.object({ u: z.iso.datetime(), i: z.uuid() });

/** An opaque page position: the last claim's update time and id, so pages stay stable while claims change. */
export function encodeCursor(claim: { updatedAt: Date; id: string }): string {
  return Buffer.from(JSON.stringify({ u: claim.updatedAt.toISOString(), i: claim.id })).toString('base64url');
}

export function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const position = Position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { updatedAt: new Date(position.u), id: position.i };
  } catch {
    throw problem(400, 'REQUEST.INVALID', 'The query is invalid', { errors: [{ pointer: '/cursor', detail: 'not a cursor this API issued' }] });
  }
}
