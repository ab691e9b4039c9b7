/**
 * The cases the browser test runs twice: once in Node (imported by `browser.test.ts`) and once in
 * headless Chromium (this file is the esbuild entry of the page's bundle). Every case returns
 * plain JSON data, so the two runs can be compared with a deep equality.
 *
 * The imports are the public subpaths, resolved through the `@rapport/source` condition in both
 * runs. `@rapport/email` is imported by its source path because it is not a dependency of the
 * repository root (the package's own imports, postal-mime and `@rapport/core`, still resolve
 * from `packages/email` like in a user's bundle).
 */
import {
  analyze,
  createTextView,
  defineDataRule,
  definePlugin,
  type AnalyzeOptions,
  type AnalyzeResult,
  type AnalyzerConfig,
} from '@rapport/core/analyze';
import { adviseModel, observeModel } from '@rapport/core/model';
import { createBusinessCalendar, slaStatus, type BusinessCalendarConfig } from '@rapport/core/schedule';
import { parseTicket, replay } from '@rapport/core/ticket';
import { isRapportError } from '@rapport/core';
import { parseEmail, parseReply } from '../../packages/email/src/index.js';

/** What one case produced, as JSON data; `error` when it threw (a test failure on either side). */
export type CaseOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string; readonly code?: string } };

/** A named case; `run` returns data that survives `JSON.stringify` unchanged in meaning. */
interface Case {
  readonly name: string;
  readonly run: () => unknown;
}

/** Runs `analyze` and keeps everything a user reads: findings, scorecard, every signal, diagnostics. */
function analysis(text: string, options: AnalyzeOptions): unknown {
  const result: AnalyzeResult = analyze(text, options);
  const { readability, questions, commitments, sentiment, politeness } = result.signals;
  return {
    findings: result.findings,
    scorecard: result.scorecard,
    signals: { readability, questions, commitments, sentiment, politeness },
    diagnostics: result.diagnostics,
  };
}

/** The error a call threw, as data (for cases whose point is the error). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    if (isRapportError(error)) return { code: error.code, path: error.issues[0]?.path ?? null, message: error.message };
    throw error;
  }
  throw new Error('expected the call to throw');
}

// ---------------------------------------------------------------------------------------------
// Inputs (written for this test).

const customerVpn =
  'Our VPN has dropped every ten minutes since the update on Monday. I am working from home and lose my RDP session each time. What changed on your side?';

const agentScripted =
  "Hi Priya,\n\nI'm sorry for any inconvenience this may have caused. Just flush your DNS cache and re-auth via SSO, the IdP's MFA token TTL is simply too short. It's easy, you should have done that first.\n\nThanks,\nMarco";

const customerShouting =
  "THIS IS THE THIRD TIME I HAVE ASKED!!! Nobody at your help desk ever reads my tickets. You people are useless. Fix the printer on floor 4 NOW or I'm going to your manager.";

const agentCommitment =
  "Thanks for the details, Anaïs. I've reproduced the OneDrive sync failure on a Surface like yours, and the cause is the expired certificate on our proxy. I'll update you by 3 pm tomorrow with the fix or a workaround.";

const customerEmoji =
  'Grüße aus Zürich 👋 Die VPN-Verbindung bricht immer noch ab 😤 and the café wifi is fine. Can you tell me what changed on your side? 🙏';

const agentEmoji =
  'Hi Zoë 🙂 I just restarted the résumé-sync service on 𝒮erver-2; simply log out and back in. Obviously it works now!!';

const rawEmail = [
  'From: =?UTF-8?Q?Ana=C3=AFs_Dubois?= <anais@client.example>',
  'To: IT Help Desk <help@acme.test>',
  'Subject: =?UTF-8?Q?Re:_[T-1042]_OneDrive_sync_=E2=80=93_still_failing?=',
  'Date: Mon, 09 Mar 2026 10:12:00 -0400',
  'Message-ID: <CAF-2026-03-09@client.example>',
  'In-Reply-To: <T-1042.3@acme.test>',
  'References: <T-1042.1@acme.test> <T-1042.3@acme.test>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Still failing after the restart =F0=9F=98=9E. The red cross is back on the cl=',
  'oud icon and the caf=C3=A9 laptop shows the same.',
  '',
  'Anaïs',
  '',
  'On Fri, 6 Mar 2026 at 16:40, IT Help Desk <help@acme.test> wrote:',
  '> Please restart the OneDrive client and tell us if the error comes back.',
  '>',
  '> Marco',
  '',
].join('\r\n');

const outlookReply = [
  'Hi Marco,',
  '',
  'That fixed it, thank you! The printer on floor 4 prints again. 👍',
  '',
  'Best regards,',
  'Jürgen',
  '',
  '-----Original Message-----',
  'From: IT Help Desk <help@acme.test>',
  'Sent: Tuesday, March 10, 2026 9:05 AM',
  'To: Jürgen Weiß <juergen@client.example>',
  'Subject: RE: Printer floor 4',
  '',
  'Hi Jürgen, I replaced the fuser unit. Could you print a test page?',
].join('\n');

const requester = { kind: 'requester', id: 'u-1042', name: 'Anaïs Dubois' } as const;
const agent = { kind: 'agent', id: 'a-7', name: 'Marco Rossi' } as const;

function message(id: string, at: string, direction: 'inbound' | 'outbound', text: string) {
  return {
    id,
    visibility: 'public' as const,
    direction,
    channel: 'email' as const,
    author: direction === 'inbound' ? requester : agent,
    text,
    createdAt: at,
  };
}

/** A ticket story in New York across the March 2026 DST change. */
const events = [
  {
    type: 'created', id: 'e-1', ticketId: 'T-1042', at: '2026-03-06T19:30:00Z', actor: requester,
    subject: 'OneDrive sync fails', requester, priority: 'high', channel: 'email',
    message: message('m-1', '2026-03-06T19:30:00Z', 'inbound', 'OneDrive shows a red cross and nothing syncs since this afternoon.'),
  },
  { type: 'assigned', id: 'e-2', ticketId: 'T-1042', at: '2026-03-06T19:35:00Z', actor: agent, assignee: agent },
  {
    type: 'agent_replied', id: 'e-3', ticketId: 'T-1042', at: '2026-03-06T21:40:00Z', actor: agent,
    message: message('m-2', '2026-03-06T21:40:00Z', 'outbound', 'Please restart the OneDrive client and tell us if the error comes back.'),
  },
  { type: 'status_changed', id: 'e-4', ticketId: 'T-1042', at: '2026-03-06T21:41:00Z', actor: agent, to: 'pending' },
  {
    type: 'customer_replied', id: 'e-5', ticketId: 'T-1042', at: '2026-03-09T14:12:00Z', actor: requester,
    message: message('m-3', '2026-03-09T14:12:00Z', 'inbound', 'Still failing after the restart 😞.'),
  },
  { type: 'status_changed', id: 'e-6', ticketId: 'T-1042', at: '2026-03-09T14:20:00Z', actor: agent, to: 'new' },
  { type: 'resolved', id: 'e-7', ticketId: 'T-1042', at: '2026-03-09T16:00:00Z', actor: agent, resolution: 'Renewed the proxy certificate.' },
];

const newYork: BusinessCalendarConfig = {
  timeZone: 'America/New_York',
  hours: {
    mon: [['09:00', '17:00']],
    tue: [['09:00', '17:00']],
    wed: [['09:00', '17:00']],
    thu: [['09:00', '17:00']],
    fri: [['09:00', '17:00']],
  },
  holidays: ['2026-11-26'],
};

/**
 * A house plugin of data rules, so findings, ranges, suggestions and scores are compared even
 * while the built-in pack is still being registered (the default preset is analyzed too).
 */
const house = definePlugin({
  namespace: 'house',
  rules: [
    defineDataRule({
      extends: 'existence',
      id: 'no-minimizers',
      category: 'respect',
      message: 'Unexpected `{{match}}`: it tells the customer the step is trivial.',
      tokens: ['just', 'simply', 'obviously', "it's easy"],
      presets: ['recommended'],
    }),
    defineDataRule({
      extends: 'substitution',
      id: 'plain-words',
      category: 'clarity',
      message: 'Unexpected `{{match}}`, expected `{{replacement}}`.',
      swap: { 're-auth': 'sign in again', 'token ttl': 'sign-in lifetime', 'résumé-sync': 'résumé sync', 'café wifi': 'café Wi-Fi' },
      presets: ['recommended'],
    }),
  ],
});
const houseConfig: AnalyzerConfig = { extends: ['recommended', 'plugin:house/recommended'], plugins: [house] };

// ---------------------------------------------------------------------------------------------
// Cases.

const nowSaturday = '2026-03-07T20:00:00Z'; // Saturday 15:00 EST; DST starts Sunday 02:00.

/** Every case, in a fixed order; the names are the test names. */
export const cases: readonly Case[] = [
  {
    name: 'analyze: scripted apology, jargon, "just" and blame in an agent reply',
    run: () => analysis(agentScripted, { role: 'agent', channel: 'email', context: customerVpn }),
  },
  {
    name: 'analyze: a customer complaint in capitals with personal criticism',
    run: () => analysis(customerShouting, { role: 'customer', channel: 'portal' }),
  },
  {
    name: 'analyze: "I\'ll update you by 3 pm tomorrow" resolved across the New York DST change',
    run: () =>
      analysis(agentCommitment, {
        role: 'agent',
        channel: 'email',
        context: 'OneDrive shows a red cross and nothing syncs.',
        now: nowSaturday,
        timeZone: 'America/New_York',
      }),
  },
  {
    name: 'analyze: UTF-16 ranges after emoji, astral letters and accents',
    run: () => analysis(agentEmoji, { role: 'agent', channel: 'chat', context: customerEmoji }),
  },
  {
    name: 'analyze (house plugin): findings, edits and scores in the scripted reply',
    run: () => analysis(agentScripted, { role: 'agent', channel: 'email', context: customerVpn, config: houseConfig }),
  },
  {
    name: 'analyze (house plugin): UTF-16 ranges of findings after emoji and astral letters',
    run: () => analysis(agentEmoji, { role: 'agent', channel: 'chat', context: customerEmoji, config: houseConfig }),
  },
  {
    name: 'analyze: a customer message in two languages with emoji',
    run: () => analysis(customerEmoji, { role: 'customer', channel: 'chat' }),
  },
  {
    name: 'createTextView: tokens and sentences of mixed-script text',
    run: () => {
      const view = createTextView(`${customerEmoji}\n\n${agentEmoji}`);
      return { tokens: view.tokens, sentences: view.sentences, wordCount: view.wordCount, paragraphCount: view.paragraphCount };
    },
  },
  {
    name: 'replay: lifecycle states, effects and a refused return to new',
    run: () => {
      const result = replay(events);
      return { ticket: result.ticket, timeline: result.timeline, rejections: result.rejections };
    },
  },
  {
    name: 'parseTicket: the replayed ticket round-trips and a bad one names the path',
    run: () => ({
      valid: parseTicket(replay(events).ticket),
      invalid: thrown(() => parseTicket({ ...replay(events).ticket, priority: 'critical' })),
    }),
  },
  {
    name: 'adviseModel: a high-emotion, complex troubleshooting case and a broadcast',
    run: () => ({
      troubleshooting: adviseModel({ purpose: 'troubleshooting', emotionalIntensity: 'high', complexity: 'high' }),
      announcement: adviseModel({ purpose: 'announcement', audienceSize: 300 }),
    }),
  },
  {
    name: 'observeModel: slow email ping-pong with an upset customer',
    run: () =>
      observeModel(
        {
          messages: [
            { createdAt: '2026-03-09T14:12:00Z', author: { kind: 'requester' } },
            { createdAt: '2026-03-10T15:40:00Z', author: { kind: 'agent' } },
            { createdAt: '2026-03-10T16:02:00Z', author: { kind: 'requester' } },
            { createdAt: '2026-03-11T17:30:00Z', author: { kind: 'agent' } },
            { createdAt: '2026-03-11T17:45:00Z', author: { kind: 'requester' } },
          ],
        },
        { advice: adviseModel({ purpose: 'troubleshooting', emotionalIntensity: 'high' }), now: '2026-03-12T09:00:00Z' },
      ),
  },
  {
    name: 'business calendar: add, subtract, timeBetween and periods across DST in New York',
    run: () => {
      const calendar = createBusinessCalendar(newYork);
      const friday = Date.parse('2026-03-06T20:00:00Z'); // Fri 15:00 EST
      const autumn = Date.parse('2026-10-30T19:00:00Z'); // Fri 15:00 EDT, DST ends Sunday 1 Nov
      const iso = (d: Date) => d.toISOString();
      return {
        spring: {
          add4h: iso(calendar.add(friday, { hours: 4 })),
          add2d: iso(calendar.add(friday, { days: 2 })),
          subtract3h: iso(calendar.subtract(Date.parse('2026-03-09T14:00:00Z'), { hours: 3 })),
          between: calendar.timeBetween(friday, Date.parse('2026-03-09T15:00:00Z')),
          inHours: [calendar.inHours(Date.parse('2026-03-09T13:30:00Z')), calendar.inHours(Date.parse('2026-03-06T13:30:00Z'))],
          nextOpen: iso(calendar.nextOpen(Date.parse('2026-03-07T12:00:00Z'))),
          previousClose: iso(calendar.previousClose(Date.parse('2026-03-08T12:00:00Z'))),
          periodsOn: calendar.periodsOn('2026-03-09'),
        },
        autumn: {
          add8h: iso(calendar.add(autumn, { hours: 8 })),
          between: calendar.timeBetween(autumn, Date.parse('2026-11-02T15:00:00Z')),
          holiday: calendar.isBusinessDay('2026-11-26'),
          daysAfter: calendar.businessDaysAfter('2026-11-24', 3),
        },
      };
    },
  },
  {
    name: 'slaStatus: business-hours first reply and next reply on the New York calendar',
    run: () =>
      slaStatus(
        replay(events.slice(0, 6)).ticket,
        {
          id: 'standard',
          hours: 'business',
          metrics: {
            first_reply_time: { targets: { high: '4h' } },
            next_reply_time: { targets: { high: '8h' } },
          },
        },
        createBusinessCalendar(newYork),
        '2026-03-09T18:00:00Z',
      ),
  },
  {
    name: 'parseEmail: quoted-printable UTF-8 MIME with encoded words and quoted history',
    run: async () => {
      const email = await parseEmail(rawEmail);
      return {
        messageId: email.messageId,
        inReplyTo: email.inReplyTo,
        references: email.references,
        from: email.from,
        to: email.to,
        date: email.date,
        subject: email.subject,
        text: email.text,
        bodyText: email.bodyText,
        reply: email.reply,
        warnings: email.warnings,
      };
    },
  },
  {
    name: 'parseEmail: the same message as bytes',
    run: async () => {
      const email = await parseEmail(new TextEncoder().encode(rawEmail));
      return { subject: email.subject, visibleText: email.reply.visibleText, warnings: email.warnings };
    },
  },
  {
    name: 'parseReply: an Outlook reply with a signature and the original message below',
    run: () => parseReply(outlookReply),
  },
];

/** Runs every case in order; a throw is recorded, not propagated, so one failure hides nothing. */
export async function runCases(): Promise<Record<string, CaseOutcome>> {
  const out: Record<string, CaseOutcome> = {};
  for (const c of cases) {
    try {
      const value: unknown = await c.run();
      // Dates become ISO strings, undefined properties disappear: the same on both sides.
      out[c.name] = { ok: true, value: JSON.parse(JSON.stringify(value)) as unknown };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      out[c.name] = {
        ok: false,
        error: isRapportError(error) ? { name: e.name, message: e.message, code: error.code } : { name: e.name, message: e.message },
      };
    }
  }
  return out;
}
