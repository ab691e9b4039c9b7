/**
 * The channel names, in one zod-free list: `channelSchema` is built from it, and the analyzer
 * reads it without pulling zod's classic API into browser bundles.
 */
export const CHANNEL_NAMES = [
  'email',
  'portal',
  'chat',
  'phone',
  'sms',
  'social',
  'in_person',
  'remote_session',
  'status_page',
  'broadcast',
  'api',
  'other',
] as const;
