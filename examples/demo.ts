/**
 * `pnpm demo`: runs the example tickets of `examples/tickets/` through Rapport and prints a report.
 *
 * For each ticket: the lifecycle rebuilt from its event log (`replay`), the communication model the
 * situation calls for (`adviseModel`) next to the one the conversation actually uses
 * (`observeModel`), and any mismatch with what to do about it. "Now" is always the ticket's own
 * last event, never the wall clock, so the report is the same on every machine and every day.
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
import { replay, type TicketEvent, type TicketReplay } from '@rapport/core/ticket';
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
}

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
    return { example, events, now: last.at, replay: replayed, advice, observation };
  });
}

/** The sections of each ticket's report, in order. */
export const sections: readonly Section[] = [lifecycleSection, modelSection];

/** Runs the demo and returns the cases and the report text (no ANSI codes unless `color`). */
export function runDemo(options: { readonly color?: boolean } = {}): DemoReport {
  const style = makeStyle(options.color === true);
  const cases = loadCases();
  const lines: string[] = [
    style.bold('Rapport demo') + style.dim(` · ${cases.length} example tickets from examples/tickets/`),
    ...wrap(
      'Each ticket is rebuilt from its event log, then its conversation is compared with the communication model its situation calls for. Times are UTC; "now" is the ticket\'s last event.',
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
