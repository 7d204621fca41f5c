import { z } from 'zod';
import { problem } from '@rma-hub/platform';

/** An opaque page position: what the client sends back is only ever a position this API issued. */
function cursorCodec<Wire, Position>(wire: z.ZodType<Wire>, toWire: (position: Position) => Wire, fromWire: (value: Wire) => Position) {
  return {
    encode: (position: Position): string => Buffer.from(JSON.stringify(toWire(position))).toString('base64url'),
    decode: (cursor: string): Position => {
      try {
        return fromWire(wire.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))));
      } catch {
        throw problem(400, 'REQUEST.INVALID', 'The query is invalid', { errors: [{ pointer: '/cursor', detail: 'not a cursor this API issued' }] });
      }
    },
  };
}

/** The last claim's update time and id, so pages stay stable while claims change. */
export const claimListCursor = cursorCodec(
  z.object({ u: z.iso.datetime(), i: z.uuid() }),
  (claim: { updatedAt: Date; id: string }) => ({ u: claim.updatedAt.toISOString(), i: claim.id }),
  (value) => ({ updatedAt: new Date(value.u), id: value.i }),
);

/** The last entry's claim creation time and line id. */
export const serialHistoryCursor = cursorCodec(
  z.object({ o: z.iso.datetime(), l: z.uuid() }),
  (entry: { openedAt: Date; lineId: string }) => ({ o: entry.openedAt.toISOString(), l: entry.lineId }),
  (value) => ({ openedAt: new Date(value.o), lineId: value.l }),
);
