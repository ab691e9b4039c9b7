import { z } from 'zod';
import { isoInstantSchema } from '../sla/internal/instant.js';

/**
 * A time promise an agent made to the requester ("I'll update you by 3 pm tomorrow"), as input to
 * {@link planFollowUps}. Give it explicitly, or map the analyzer's commitment signal to it (see
 * the follow-ups guide).
 *
 * `due` is the promised instant. The promise was made at the time of message `messageId` (looked
 * up in the ticket) or at `madeAt`; one of them is required, as is `id` or `messageId`. `range`
 * is where the promise sits in the message text (UTF-16 `[start, end)`), as the analyzers report
 * it. Unknown extra fields are ignored, so analyzer output can be passed as is.
 *
 * @example
 * ```ts
 * import { followUpCommitmentSchema } from '@rapport/core/schedule';
 *
 * followUpCommitmentSchema.parse({
 *   messageId: 'm-7',
 *   due: '2024-05-07T15:00:00+02:00',
 *   text: "I'll update you by 3 pm tomorrow",
 *   range: [42, 74],
 * });
 * ```
 * @since 0.1.0
 */
export const followUpCommitmentSchema = z
  .object({
    /** Stable identifier of the promise; defaults to one derived from `messageId` and `range`. */
    id: z.string().min(1).optional(),
    /** The agent message that made the promise. */
    messageId: z.string().min(1).optional(),
    /** The promised instant, ISO 8601 with offset. */
    due: isoInstantSchema,
    /** When the promise was made, if `messageId` is not given. */
    madeAt: isoInstantSchema.optional(),
    /** The words of the promise. */
    text: z.string().optional(),
    /** Where the promise sits in the message, UTF-16 `[start, end)`, as a pair or `{ start, end }`. */
    range: z
      .union([
        z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).readonly(),
        z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).readonly(),
      ])
      .optional(),
  })
  .refine((c) => c.id !== undefined || c.messageId !== undefined, { path: ['id'], message: 'a commitment needs an id or a messageId' })
  .refine((c) => c.messageId !== undefined || c.madeAt !== undefined, {
    path: ['madeAt'],
    message: 'a commitment needs a messageId or madeAt (when the promise was made)',
  });

/**
 * A commitment as you pass it to the planner; see {@link followUpCommitmentSchema}.
 *
 * @since 0.1.0
 */
export type FollowUpCommitment = z.input<typeof followUpCommitmentSchema>;

/**
 * The shape of one commitment signal from the analyzers (`analyze(text, options).signals.commitments`):
 * the promise's range in the text, its time phrase, and the resolved due instant when the
 * analysis had a `now` and a time zone. Structural, so this module does not depend on the
 * analyzers.
 *
 * @since 0.1.0
 */
export interface CommitmentSignalLike {
  /** Where the promise sits in the message, UTF-16 `[start, end)`. */
  readonly range: readonly [number, number];
  /** The time phrase as written ("by 3 pm tomorrow"). */
  readonly phrase?: string;
  /** The resolved due instant (ISO 8601), when it resolved. */
  readonly due?: string;
}

/**
 * Turns the commitment signals of one agent message into planner input: one
 * {@link FollowUpCommitment} per signal with a resolved `due`, tied to `messageId` (so the
 * planner knows when the promise was made and drops it once the agent writes again).
 *
 * Use it between `analyze()` and {@link planFollowUps}. Signals without a resolved `due` are left
 * out: the analysis needs `now` and a `timeZone` to resolve "by 3 pm tomorrow".
 *
 * @example
 * ```ts
 * import { commitmentsFromSignals } from '@rapport/core/schedule';
 *
 * const commitments = commitmentsFromSignals('m-7', [
 *   { range: [18, 37], phrase: 'by 3 pm tomorrow', due: '2024-05-07T13:00:00.000Z' },
 *   { range: [50, 60], phrase: 'soon' },
 * ]);
 * commitments.length; // 1
 * ```
 * @since 0.1.0
 */
export function commitmentsFromSignals(messageId: string, signals: readonly CommitmentSignalLike[]): FollowUpCommitment[] {
  const out: FollowUpCommitment[] = [];
  for (const signal of signals) {
    if (signal.due === undefined) continue;
    out.push({
      messageId,
      due: signal.due,
      range: [signal.range[0], signal.range[1]],
      ...(signal.phrase !== undefined ? { text: signal.phrase } : {}),
    });
  }
  return out;
}
