import type { PrismaTx } from '../prisma';

/**
 * When each manufacturer's portal may next be called, shared by every connector process: a
 * portal's rate limit is kept by booking one call slot per HTTP exchange, and a 429 pauses it.
 */
export class PortalPacingRepository {
  constructor(private readonly db: PrismaTx) {}

  /** Books the portal's next free call slot, `intervalMs` after the last one; answers how long to wait for it (by the database's clock). */
  async bookSlot(manufacturerId: string, intervalMs: number): Promise<number> {
    const [row] = await this.db.$queryRaw<{ wait_ms: number }[]>`
      INSERT INTO portal_pacing (manufacturer_id, next_call_at) VALUES (${manufacturerId}, now() + make_interval(secs => ${intervalMs / 1000}))
      ON CONFLICT (manufacturer_id) DO UPDATE SET next_call_at = greatest(portal_pacing.next_call_at, now()) + make_interval(secs => ${intervalMs / 1000})
      RETURNING greatest(0, extract(epoch FROM next_call_at - now()) * 1000 - ${intervalMs})::float8 AS wait_ms`;
    return row?.wait_ms ?? 0;
  }

  /** No call to the portal before `until` (it answered 429 Retry-After). */
  async pauseUntil(manufacturerId: string, until: Date): Promise<void> {
    await this.db.$executeRaw`
      INSERT INTO portal_pacing (manufacturer_id, next_call_at) VALUES (${manufacturerId}, ${until})
      ON CONFLICT (manufacturer_id) DO UPDATE SET next_call_at = greatest(portal_pacing.next_call_at, EXCLUDED.next_call_at)`;
  }
}
