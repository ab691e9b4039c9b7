/**
 * `pnpm demo`: runs the example tickets of `examples/tickets/` through Rapport and prints a report.
 *
 * For each ticket: the lifecycle rebuilt from its event log (`replay`), the communication model the
 * situation calls for (`adviseModel`) next to the one the conversation actually uses
 * (`observeModel`) and any mismatch with what to do about it, the analysis of every public message
 * (`analyzeThread`), the SLA clocks (`slaStatus`) and the follow-up plan (`planFollowUps`, fed
 * with the commitments the analyzer found). "Now" is always the ticket's own last event, never the
 * wall clock, so the report is the same on every machine and every day.
 *
 * Each part of a ticket's report is one section function (`(demoCase, style) => lines`); add a
 * capability to the demo by adding a function to `sections`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  adviseModel,
  observeModel,
  type ModelAdvice,
  type ModelObservation,
  type ResponseLatency,
} from '@rapport/core/model';
import type { AnalyzeResult, CommitmentSignal } from '@rapport/core/analyze';
import { analyzeThread, type AnalyzeThreadResult, type ThreadMessageInput } from '@rapport/core/thread';
import {
  createBusinessCalendar,
  planFollowUps,
  slaStatus,
  type FollowUpCommitment,
  type FollowUpPlan,
  type FollowUpPolicy,
  type SlaMetricStatus,
  type SlaPolicy,
  type SlaStatus,
} from '@rapport/core/schedule';
import { replay, type Ticket, type TicketEvent, type TicketReplay } from '@rapport/core/ticket';
import { exampleTickets, type ExampleTicket } from './tickets/catalog.js';

/** One example ticket after every step of the demo. */
export interface DemoCase {
  /** The catalog entry. */
  readonly example: ExampleTicket;
  /** The event log as read from disk. */
  readonly events: readonly TicketEvent[];
  /** The instant the report is computed at: the ticket's last event. */
  readonly now: string;
  /** The rebuilt ticket and its timeline. */
  readonly replay: TicketReplay;
  /** What the situation calls for. */
  readonly advice: ModelAdvice;
  /** What the conversation actually does, compared with the advice. */
  readonly observation: ModelObservation;
  /** Every public message analyzed, each against the message it answers. */
  readonly analysis: AnalyzeThreadResult;
  /** The SLA clocks of the demo policy at `now`. */
  readonly sla: SlaStatus;
  /** What should happen next, and when. */
  readonly plan: FollowUpPlan;
}

/** The demo desk works Monday to Friday, 08:00 to 18:00 UTC. */
export const demoCalendar = createBusinessCalendar({
  timeZone: 'UTC',
  hours: {
    mon: [['08:00', '18:00']],
    tue: [['08:00', '18:00']],
    wed: [['08:00', '18:00']],
    thu: [['08:00', '18:00']],
    fri: [['08:00', '18:00']],
  },
});

/** The demo desk's SLA, in business hours. */
export const demoSlaPolicy: SlaPolicy = {
  id: 'kestrel-standard',
  hours: 'business',
  metrics: {
    first_reply_time: { targets: { urgent: '30m', high: '1h', normal: '4h', low: '8h' } },
    next_reply_time: { targets: { urgent: '1h', high: '2h', normal: '6h', low: '12h' } },
  },
};

/** The demo desk's follow-up policy: the defaults, plus warnings before the SLA targets. */
export const demoFollowUpPolicy: FollowUpPolicy = { sla: demoSlaPolicy };

/** What {@link runDemo} returns: the computed cases and the printed report. */
export interface DemoReport {
  readonly cases: readonly DemoCase[];
  readonly text: string;
}

/** Terminal styling; every function is the identity when colour is off. */
export interface Style {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly red: (text: string) => string;
  readonly cyan: (text: string) => string;
}

/** One part of a ticket's report. */
export type Section = (demoCase: DemoCase, style: Style) => string[];

const WIDTH = 100;
const LABEL = 12; // width of the label column inside a ticket
const INDENT = '  ';

/** Builds every case from the catalog: replay, advice and observation. */
export function loadCases(): DemoCase[] {
  return exampleTickets.map((example) => {
    const url = new URL(`./tickets/${example.file}`, import.meta.url);
    const events = JSON.parse(readFileSync(url, 'utf8')) as TicketEvent[];
    const last = events.at(-1);
    if (last === undefined) throw new Error(`${example.file} has no events`);
    const replayed = replay(events);
    const advice = adviseModel(example.situation);
    const observation = observeModel(replayed.ticket, { advice, now: last.at });
    const analysis = analyzeThread(threadOf(replayed.ticket), { timeZone: 'UTC' });
    const sla = slaStatus(replayed.ticket, demoSlaPolicy, demoCalendar, last.at);
    const plan = planFollowUps(replayed.ticket, demoFollowUpPolicy, demoCalendar, last.at, {
      commitments: commitmentsOf(analysis),
      incident: example.situation.purpose === 'incident_update',
    });
    return { example, events, now: last.at, replay: replayed, advice, observation, analysis, sla, plan };
  });
}

/** The public conversation of a ticket, as `analyzeThread` reads it (system messages left out). */
function threadOf(ticket: Ticket): ThreadMessageInput[] {
  return ticket.messages
    .filter((message) => message.visibility === 'public' && message.author.kind !== 'system')
    .map((message) => ({
      id: message.id,
      role: message.author.kind === 'requester' ? 'customer' : 'agent',
      text: message.text,
      channel: message.channel,
      at: message.createdAt,
    }));
}

/** The time promises in agent messages ("I'll update you by 3 pm tomorrow"), for the planner. */
function commitmentsOf(analysis: AnalyzeThreadResult): FollowUpCommitment[] {
  return analysis.messages.flatMap(({ message, result }) =>
    message.role !== 'agent' || message.id === undefined
      ? []
      : commitmentSignals(result).flatMap((commitment) =>
          commitment.due === undefined
            ? []
            : [
                {
                  messageId: message.id as string,
                  due: commitment.due,
                  text: commitment.phrase,
                  range: [commitment.range[0], commitment.range[1]] as [number, number],
                },
              ],
        ),
  );
}

/** The commitments signal of an analysis (empty while an analyzer build does not compute it). */
function commitmentSignals(result: AnalyzeResult): readonly CommitmentSignal[] {
  return (result.signals.commitments as readonly CommitmentSignal[] | undefined) ?? [];
}

/** The sections of each ticket's report, in order. */
export const sections: readonly Section[] = [
  lifecycleSection,
  modelSection,
  analysisSection,
  slaSection,
  followUpSection,
];

/** Runs the demo and returns the cases and the report text (no ANSI codes unless `color`). */
export function runDemo(options: { readonly color?: boolean } = {}): DemoReport {
  const style = makeStyle(options.color === true);
  const cases = loadCases();
  const lines: string[] = [
    style.bold('Rapport demo') + style.dim(` · ${cases.length} example tickets from examples/tickets/`),
    ...wrap(
      'Each ticket is rebuilt from its event log; its conversation is compared with the communication model its situation calls for; every public message is analyzed; SLA clocks and follow-ups run on a Mon-Fri 08:00-18:00 desk calendar. Times are UTC; "now" is the ticket\'s last event.',
      WIDTH,
    ).map(style.dim),
  ];
  for (const demoCase of cases) {
    lines.push('', ...headerSection(demoCase, style));
    for (const section of sections) lines.push(...section(demoCase, style));
  }
  lines.push('', ...summarySection(cases, style));
  lines.push(
    '',
    style.dim('Next: docs/getting-started.md · docs/concepts/communication-models.md · docs/architecture.md'),
  );
  return { cases, text: `${lines.join('\n')}\n` };
}

function headerSection({ example, replay: replayed }: DemoCase, style: Style): string[] {
  const { ticket } = replayed;
  const rule = '─'.repeat(Math.max(3, WIDTH - ticket.id.length - ticket.subject.length - 6));
  const people = `${nameOf(ticket.requester)} → ${ticket.assignee ? nameOf(ticket.assignee) : 'unassigned'}`;
  return [
    style.bold(`── ${ticket.id}  ${ticket.subject} `) + style.dim(rule),
    INDENT + style.dim(`${words(ticket.channel)} · ${ticket.priority} priority · ${people}`),
    ...wrap(example.story, WIDTH - INDENT.length).map((line) => INDENT + line),
  ];
}

function lifecycleSection({ replay: replayed, events }: DemoCase, style: Style): string[] {
  const { ticket, rejections } = replayed;
  const path = ticket.statusChanges
    .map((change) => `${statusColour(change.to, style)} ${style.dim(shortTime(change.at))}`)
    .join(' → ');
  const refused =
    rejections.length === 0
      ? 'none refused'
      : style.red(`${rejections.length} refused (${rejections.map((r) => r.ruleId).join(', ')})`);
  return wrapRow('lifecycle', `${path} ${style.dim(`· ${events.length} events, ${refused}`)}`);
}

function modelSection({ advice, observation, replay: replayed }: DemoCase, style: Style): string[] {
  const situation = advice.situation;
  const traits = [
    words(situation.purpose),
    situation.audienceSize > 1 ? `${situation.audienceSize} people` : null,
    situation.urgency === 'urgent' ? 'urgent' : situation.urgency !== 'normal' ? `${situation.urgency} urgency` : null,
    situation.emotionalIntensity !== 'low' ? `${situation.emotionalIntensity} emotion` : null,
    situation.complexity !== 'low' ? `${situation.complexity} complexity` : null,
  ].filter((part): part is string => part !== null);
  // The reason that decided: a rule that moved the model, else one the situation's traits
  // confirmed, else the purpose itself.
  const decisive =
    advice.reasons.findLast((reason) => reason.outcome === 'raised' || reason.outcome === 'lowered') ??
    advice.reasons.findLast((reason) => reason.outcome === 'confirmed' && !reason.source.startsWith('feedback-')) ??
    advice.reasons[0];
  const lines = [
    ...wrapRow('situation', traits.join(' · ')),
    ...wrapRow('advised', `${pad(style.bold(advice.model), 14, advice.model)} ${listOf(advice.channels)}`),
  ];
  if (decisive) lines.push(...wrapRow('', style.dim(`why: ${decisive.text}`)));
  const observed = observation.model ?? 'nothing yet';
  const total = observation.messages.customer + observation.messages.agent;
  lines.push(
    ...wrapRow(
      'observed',
      `${pad(style.bold(observed), 14, observed)} confidence ${observation.confidence.toFixed(2)} · ${plural(total, 'message')} in ${plural(observation.turns, 'turn')}`,
    ),
  );
  const replies = [
    observation.latency.agent ? `agent ${latency(observation.latency.agent)}` : null,
    observation.latency.customer ? `customer ${latency(observation.latency.customer)}` : null,
  ].filter((part): part is string => part !== null);
  if (replies.length > 0) lines.push(...wrapRow('replies', `median ${replies.join(' · ')}`));
  if (total > 1) {
    lines.push(
      row('turn-taking', `reciprocity ${observation.reciprocity.toFixed(2)} · alternation ${observation.alternation.toFixed(2)}`),
    );
  }
  const solved = replayed.ticket.status === 'resolved' || replayed.ticket.status === 'closed' || replayed.ticket.status === 'canceled';
  if (observation.waiting && !solved) {
    lines.push(row('waiting', `on the ${observation.waiting.on} for ${duration(observation.waiting.sinceMs)}`));
  }
  if (observation.mismatches.length === 0) {
    lines.push(row('fit', style.green('✓ the conversation uses the advised model')));
  }
  for (const mismatch of observation.mismatches) {
    const mark = mismatch.severity === 'warning' ? style.yellow('! ') : style.cyan('i ');
    lines.push(...wrapRow('fit', mark + mismatch.message));
    lines.push(...wrapRow('', style.bold(`→ ${mismatch.suggestion}`)));
  }
  return lines;
}

function analysisSection({ analysis }: DemoCase, style: Style): string[] {
  const counts = { agent: new Map<string, number>(), customer: new Map<string, number>() };
  const notable: { severity: number; ruleId: string; text: string }[] = [];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const { message, result } of analysis.messages) {
    for (const finding of result.findings) {
      const map = counts[message.role];
      map.set(finding.ruleId, (map.get(finding.ruleId) ?? 0) + 1);
      notable.push({
        severity: rank[finding.severity] + (message.role === 'agent' ? 0 : 0.5),
        ruleId: finding.ruleId,
        // A finding about something missing (no greeting, an unanswered question) has no text.
        text: `${finding.actual === '' ? style.dim('(missing)') : `"${finding.actual}"`} ${style.dim(`${finding.ruleId}:`)} ${finding.message}`,
      });
    }
  }
  const summary = (side: 'agent' | 'customer') => {
    const entries = [...counts[side]].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = entries.reduce((sum, [, n]) => sum + n, 0);
    if (total === 0) return `${side}: no findings`;
    return `${side}: ${plural(total, 'finding')} (${entries.map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ')})`;
  };
  const lines = wrapRow('analysis', `${summary('agent')} · ${summary('customer')}`);
  notable.sort((a, b) => a.severity - b.severity);
  // The two most serious findings, one per rule, so the same advice is not shown twice.
  const shown = new Set<string>();
  for (const { ruleId, text } of notable) {
    if (shown.size === 2) break;
    if (shown.has(ruleId)) continue;
    shown.add(ruleId);
    lines.push(...wrapRow('', text));
  }
  const customer = analysis.messages.filter((m) => m.message.role === 'customer').at(-1);
  const promises = analysis.messages.flatMap(({ message, result }) =>
    message.role === 'agent'
      ? commitmentSignals(result).map((c) => `"${c.phrase}"${c.due ? ` → ${shortTime(c.due)}` : ''}`)
      : [],
  );
  if (customer) {
    const { sentiment, politeness, frustration } = customer.result.signals;
    const feeling = `sentiment ${signed(sentiment.score)}, frustration ${frustration.score.toFixed(2)}, politeness ${politeness.score.toFixed(2)}`;
    lines.push(...wrapRow('', style.dim(`customer's last message: ${feeling}`)));
  }
  if (promises.length > 0) lines.push(...wrapRow('', style.dim(`agent promised ${promises.join(', ')}`)));
  return lines;
}

function slaSection({ sla }: DemoCase, style: Style): string[] {
  const label = (metric: SlaMetricStatus) => words(metric.metric.replace(/_time$/, ''));
  const parts = sla.metrics
    .filter((metric) => metric.state !== 'idle' || metric.breaches > 0 || metric.history.length > 0)
    .map((metric) => `${label(metric)} ${duration(metric.targetMs)}: ${clockState(metric, style)}`);
  return wrapRow('sla', parts.length > 0 ? parts.join(' · ') : style.dim('no clock running'));
}

function clockState(metric: SlaMetricStatus, style: Style): string {
  const last = metric.history.at(-1);
  if (metric.state === 'running' || metric.state === 'paused') {
    const when = metric.dueAt ? ` ${shortTime(metric.dueAt)}` : '';
    if (metric.breached) return style.red(`breached, overdue by ${duration(-metric.remainingMs)}`);
    return `${metric.state === 'paused' ? 'paused, ' : ''}due${when} (${duration(metric.remainingMs)} left)`;
  }
  if (metric.breaches > 0) {
    const cycles = metric.history.length;
    return style.red(cycles > 1 ? `missed ${metric.breaches} of ${cycles}` : `missed (took ${duration(last?.elapsedMs ?? metric.elapsedMs)})`);
  }
  if (last) return style.green(metric.history.length > 1 ? `met ${metric.history.length} of ${metric.history.length}` : `met (${duration(last.elapsedMs)})`);
  return 'not started';
}

function followUpSection({ plan }: DemoCase, style: Style): string[] {
  if (plan.followUps.length === 0) return [row('follow-ups', style.dim('none planned'))];
  const shown = plan.followUps.slice(0, 3).map((followUp) =>
    `${shortTime(followUp.dueAt)}  ${words(followUp.kind)} ${style.dim(`→ ${followUp.audience}`)}`,
  );
  const more = plan.followUps.length - shown.length;
  return shown.map((line, index) =>
    row(index === 0 ? 'follow-ups' : '', index === shown.length - 1 && more > 0 ? `${line} ${style.dim(`(+${more} more)`)}` : line),
  );
}

function summarySection(cases: readonly DemoCase[], style: Style): string[] {
  const header = ['ticket', 'status', 'advised', 'observed', 'fit'];
  const rows = cases.map(({ replay: replayed, observation }) => [
    replayed.ticket.id,
    replayed.ticket.status,
    observation.advised ?? '-',
    observation.model ?? '-',
    observation.mismatches.length === 0 ? '✓' : observation.mismatches.map((m) => m.kind).join(', '),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => (cells[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    INDENT + cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd();
  return [
    style.bold('Summary'),
    style.dim(line(header)),
    ...rows.map((cells) => {
      const text = line(cells);
      return cells[4] === '✓' ? text : style.yellow(text);
    }),
  ];
}

// ── formatting helpers ───────────────────────────────────────────────────────────────────────

function row(label: string, value: string): string {
  return `${INDENT}${label.padEnd(LABEL)}${value}`;
}

/** A labelled row whose value wraps under itself. */
function wrapRow(label: string, value: string): string[] {
  return wrap(value, WIDTH - INDENT.length - LABEL).map((line, index) =>
    row(index === 0 ? label : '', line),
  );
}

/** Greedy word wrap; ANSI codes are counted, so styled text wraps a little early, never late. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Pads a styled string to `width` visible characters, measured on its plain text. */
function pad(styled: string, width: number, plain: string): string {
  return styled + ' '.repeat(Math.max(1, width - plain.length));
}

function latency(stats: ResponseLatency): string {
  const median = duration(stats.medianMs);
  return stats.count === 1 ? `${median} (one reply)` : `${median} (p90 ${duration(stats.p90Ms)}, n=${stats.count})`;
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `status_page` → `status page`. */
function words(identifier: string): string {
  return identifier.replaceAll('_', ' ');
}

/** `on chat, phone or remote session`. */
function listOf(channels: readonly string[]): string {
  const names = channels.map(words);
  return names.length <= 1 ? `on ${names.join('')}` : `on ${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `Mon 09:02` in UTC, from an ISO timestamp. */
function shortTime(iso: string): string {
  const date = new Date(iso);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${DAYS[date.getUTCDay()] ?? ''} ${hh}:${mm}`;
}

/** `45 s`, `12 min`, `5 h 10 min`, `2 d 3 h`. */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return `${Math.round(ms / 1000)} s`;
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const rest = minutes % 60;
    return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
  }
  const hours = Math.round(ms / 3_600_000);
  return hours % 24 === 0 ? `${hours / 24} d` : `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

function nameOf(party: { readonly id: string; readonly name?: string | undefined }): string {
  return party.name ?? party.id;
}

function statusColour(status: string, style: Style): string {
  if (status === 'resolved' || status === 'closed') return style.green(status);
  if (status === 'pending' || status === 'on_hold') return style.yellow(status);
  return status;
}

/** ANSI styling when `color`, identity otherwise. */
export function makeStyle(color: boolean): Style {
  const code = (open: number, close: number) => (text: string) =>
    color ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return {
    bold: code(1, 22),
    dim: code(2, 22),
    green: code(32, 39),
    yellow: code(33, 39),
    red: code(31, 39),
    cyan: code(36, 39),
  };
}

/** Colour only on a terminal, and never when NO_COLOR is set to a non-empty value. */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const noColor = env['NO_COLOR'];
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.stdout.write(runDemo({ color: wantsColor(process.stdout, process.env) }).text);
}
