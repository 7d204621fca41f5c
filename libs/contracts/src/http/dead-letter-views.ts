import { z } from 'zod';

/** Query of `GET /v1/admin/dead-letters`: newest first, a page at a time. */
export const DeadLettersQuery = z.object({
  consumer: z.string().max(200).optional(),
  before: z.uuid().optional().meta({ description: 'Letters older than this one (nextBefore of the previous page).' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const DeadLetterView = z
  .object({
    id: z.uuid(),
    consumer: z.string(),
    topic: z.string().meta({ description: 'The Kafka topic, or "portal-request" for a portal call past its last attempt.' }),
    key: z.string().nullable(),
    messageId: z.string().nullable(),
    reason: z.string(),
    payload: z.string(),
    createdAt: z.iso.datetime(),
    replayedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'DeadLetter' });
export type DeadLetterView = z.infer<typeof DeadLetterView>;

export const DeadLetterPage = z.object({ deadLetters: z.array(DeadLetterView), nextBefore: z.uuid().nullable() }).meta({ id: 'DeadLetterPage' });
export type DeadLetterPage = z.infer<typeof DeadLetterPage>;

export const DeadLetterReplay = z
  .object({ replayed: z.boolean().meta({ description: 'false: it had been replayed before, and nothing changed.' }), deadLetter: DeadLetterView })
  .meta({ id: 'DeadLetterReplay' });
export type DeadLetterReplay = z.infer<typeof DeadLetterReplay>;
