import { z } from 'zod';
import { partySchema } from '../party.js';

/** A party that can be a ticket's requester: kind `requester`. */
export const requesterPartySchema = partySchema.extend({
  /** Always `requester`. */
  kind: z.literal('requester'),
});

/** A party that can be a ticket's assignee: kind `agent` or `bot`. */
export const assigneePartySchema = partySchema.extend({
  /** `agent` or `bot`: only they can own a ticket. */
  kind: z.enum(['agent', 'bot']),
});
