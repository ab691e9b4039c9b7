import type { ModelSituation } from '@rapport/core/model';

/**
 * One example ticket: its event log (a JSON file in this folder, in the `@rapport/core/ticket`
 * event format) and what the team knows about the situation, which is what `adviseModel` reads.
 */
export interface ExampleTicket {
  /** The event log, relative to this folder. */
  readonly file: string;
  /** What the example shows, in one line. */
  readonly story: string;
  /** The situation as the desk would describe it when the ticket came in. */
  readonly situation: ModelSituation;
}

/** The example tickets, in the order the demo shows them. */
export const exampleTickets: readonly ExampleTicket[] = [
  {
    file: 'password-reset-chat.json',
    story: 'Password reset over chat: a jargon-filled first answer, then plain words and a fix in minutes.',
    situation: { purpose: 'troubleshooting', urgency: 'high' },
  },
  {
    file: 'vpn-email-frustrated.json',
    story: 'Slow e-mail: a scripted apology, more jargon, and a customer writing for the THIRD time.',
    situation: { purpose: 'troubleshooting', emotionalIntensity: 'high', complexity: 'medium' },
  },
  {
    file: 'email-outage-broadcast.json',
    story: 'An outage broadcast on the status page, each update saying when the next one comes.',
    situation: { purpose: 'incident_update', audienceSize: 850, urgency: 'urgent', emotionalIntensity: 'medium' },
  },
  {
    file: 'pending-laptop-request.json',
    story: 'A pending request goes quiet: the agent asked two questions and heard nothing back.',
    situation: { purpose: 'service_request' },
  },
  {
    file: 'printer-resolved-portal.json',
    story: 'Resolved: a clear explanation, "I\'ll update you by 3 pm tomorrow" kept, and a confirmed fix.',
    situation: { purpose: 'question' },
  },
];
