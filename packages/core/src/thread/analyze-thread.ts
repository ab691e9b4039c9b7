import type { Channel } from '../ticket/channel.js';
import { analyzeWithViews, createAnalyzer } from '../analyze/engine/create-analyzer.js';
import { createTextView, type TextView } from '../analyze/text/text-view.js';
import { CHANNEL_NAMES } from '../analyze/engine/channel-names.js';
import { toEpochMs } from '../analyze/engine/normalize-options.js';
import { parseSchema } from '../analyze/engine/parse-schema.js';
import { array, nonEmpty, strictObject, oneOfValues, optional, raise, schema, string } from '../analyze/config/schema-kit.js';
import { scoreCategories } from '../analyze/engine/scorecard.js';
import type { AnalyzeResult, AnalyzerConfig, AuthorRole, Instant, ScoreCategory, Severity, TextRange } from '../analyze/types.js';


// An Instant (a valid Date, a finite number or a string; `toEpochMs` parses the string later),
// checked by hand: the `invalid_union` issue a union of date, number and string gives.
const instantSchema = schema<Instant>((payload) => {
  const value: unknown = payload.value;
  const ok = typeof value === 'string' || (typeof value === 'number' ? Number.isFinite(value) : value instanceof Date && !Number.isNaN(value.getTime()));
  if (!ok) raise(payload, 'invalid_union', { errors: [] });
});

const threadMessageSchema = strictObject({
  id: optional(string().check(nonEmpty)),
  role: oneOfValues(['agent', 'customer']),
  text: string(),
  channel: optional(oneOfValues(CHANNEL_NAMES)),
  at: optional(instantSchema),
});

const threadSchema = array(threadMessageSchema);

/**
 * One message of a thread as `analyzeThread` takes it.
 * @since 0.1.0
 */
export interface ThreadMessageInput {
  /** Your id for the message (echoed in the result). */
  readonly id?: string;
  /** Who wrote it. */
  readonly role: AuthorRole;
  /** The message text (quoted history and signatures already stripped). */
  readonly text: string;
  /** The channel it travelled on. */
  readonly channel?: Channel;
  /** When it was sent; used as the reference time for its commitments. */
  readonly at?: Instant;
}

/**
 * One analyzed message of a thread.
 * @since 0.1.0
 */
export interface AnalyzedThreadMessage {
  /** Position in the thread. */
  readonly index: number;
  /** The message as given. */
  readonly message: ThreadMessageInput;
  /** Index of the message used as its `context` (the latest earlier message of the other role), if any. */
  readonly contextIndex: number | undefined;
  /** The analysis of the message. */
  readonly result: AnalyzeResult;
}

/**
 * A finding about the thread as a whole (e.g. a promise never kept), produced by a thread check.
 * @since 0.1.0
 */
export interface ThreadFinding {
  /** The check that produced it. */
  readonly checkId: string;
  /** What is wrong, for a person. */
  readonly message: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** The message it points at. */
  readonly messageIndex: number;
  /** Where in that message, when it is about a span. */
  readonly range?: TextRange;
}

/**
 * A check over the whole analyzed thread, run after every message is analyzed.
 * @since 0.1.0
 */
export interface ThreadCheck {
  /** The check's id (`acme/unkept-promise`). */
  readonly id: string;
  /** Returns the thread findings; must not throw (a throw becomes a diagnostic). */
  check(messages: readonly AnalyzedThreadMessage[]): readonly Omit<ThreadFinding, 'checkId'>[];
}

/**
 * Options of `analyzeThread`.
 * @since 0.1.0
 */
export interface AnalyzeThreadOptions {
  /** The analyzer configuration (default `{ extends: ['recommended'] }`). */
  readonly config?: AnalyzerConfig;
  /** The locale of the messages (default `en`). */
  readonly locale?: string;
  /** The IANA time zone in which commitments are resolved (with each message's `at`). */
  readonly timeZone?: string;
  /** Thread-level checks to run after the messages are analyzed. */
  readonly checks?: readonly ThreadCheck[];
}

/**
 * The result of `analyzeThread`.
 * @since 0.1.0
 */
export interface AnalyzeThreadResult {
  /** Each message with its analysis, in thread order. */
  readonly messages: readonly AnalyzedThreadMessage[];
  /** Findings of the thread checks, by message index. */
  readonly findings: readonly ThreadFinding[];
  /**
   * The agent side's scorecard over the thread: per category, the mean of the agent messages'
   * non-null scores, or `null` when no agent message had one.
   */
  readonly agentScores: Readonly<Record<ScoreCategory, number | null>>;
  /** Thread checks that threw: `{ checkId, message }`. */
  readonly diagnostics: readonly { readonly checkId: string; readonly message: string }[];
}

/**
 * Analyzes a conversation message by message, each with the message it answers as context, then
 * runs thread-level checks.
 *
 * When to use: for a ticket's public thread (QA review, a CLI report over an export). For the
 * communication model a thread actually follows, see `observeModel` in `@rapport/core/model`.
 *
 * Details: each message's `context` is the latest earlier message of the other role (an agent
 * reply is read against the customer message before it, which the listening rules need). Each
 * message's `at` is its reference time for commitments. The thread is validated first; a
 * malformed one throws `INVALID_THREAD` with the path of the bad field. Texts are never a reason
 * to throw.
 *
 * @example
 * ```ts
 * import { analyzeThread } from '@rapport/core/thread';
 *
 * const { messages, agentScores } = analyzeThread([
 *   { role: 'customer', text: 'Outlook keeps asking for my password since this morning.', at: '2025-03-03T08:10:00Z' },
 *   { role: 'agent', text: 'Hi Noor, I reset your session; I will check back by 3 pm today.', at: '2025-03-03T08:25:00Z' },
 * ], { timeZone: 'Europe/Berlin' });
 * messages[1]?.contextIndex; // 0
 * agentScores.empathy; // a number in [0, 1], or null
 * ```
 * @since 0.1.0
 */
export function analyzeThread(thread: readonly ThreadMessageInput[], options: AnalyzeThreadOptions = {}): AnalyzeThreadResult {
  const parsed = parseSchema(threadSchema, thread, 'INVALID_THREAD', 'thread');
  const analyzer = createAnalyzer(options.config);
  const lastByRole: Record<AuthorRole, number | undefined> = { agent: undefined, customer: undefined };
  // Each message is tokenized once: its view serves its own analysis and later replies' context.
  const views: TextView[] = parsed.map((m) => createTextView(m.text));
  const messages: AnalyzedThreadMessage[] = parsed.map((message, index) => {
    const other: AuthorRole = message.role === 'agent' ? 'customer' : 'agent';
    const contextIndex = lastByRole[other];
    lastByRole[message.role] = index;
    const result = analyzeWithViews(analyzer, message.text, {
      role: message.role,
      ...(message.channel === undefined ? {} : { channel: message.channel }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(contextIndex === undefined ? {} : { context: (parsed[contextIndex] as { text: string }).text }),
      ...(message.at === undefined ? {} : { now: toEpochMs(message.at, `[${index}].at`) }),
      ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    }, views[index] as TextView, contextIndex === undefined ? undefined : views[contextIndex]);
    return { index, message: thread[index] as ThreadMessageInput, contextIndex, result };
  });

  const findings: ThreadFinding[] = [];
  const diagnostics: { checkId: string; message: string }[] = [];
  for (const check of options.checks ?? []) {
    try {
      for (const f of check.check(messages)) findings.push({ ...f, checkId: check.id });
    } catch (error) {
      diagnostics.push({ checkId: check.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  findings.sort((a, b) => a.messageIndex - b.messageIndex || (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));

  const agentScores = {} as Record<ScoreCategory, number | null>;
  for (const category of scoreCategories) {
    let sum = 0;
    let count = 0;
    for (const m of messages) {
      const score = m.message.role === 'agent' ? m.result.scorecard[category].score : null;
      if (score !== null) {
        sum += score;
        count++;
      }
    }
    agentScores[category] = count === 0 ? null : sum / count;
  }
  return { messages, findings, agentScores, diagnostics };
}
