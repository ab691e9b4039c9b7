/**
 * The public shapes of the analyzer: findings, scorecard, signals, and the rule contract that
 * built-in rules, plugins and data rules all implement.
 */
import type { SchemaOutput, StandardSchema } from './engine/parse-schema.js';
import type { Channel } from '../ticket/channel.js';
import type { EgoStateSignal } from './learned/ego-state.js';
import type { FrustrationSignal } from './learned/frustration.js';
import type { PolitenessSignal } from './learned/politeness.js';
import type { SentimentSignal } from './learned/sentiment.js';
import type { DetectedCommitment } from './signals/commitments.js';
import type { DetectedQuestion } from './signals/questions.js';
import type { ReadabilityFigures } from './signals/readability.js';
import type { TextView } from './text/text-view.js';

/**
 * Who wrote the analyzed message.
 * @since 0.1.0
 */
export type AuthorRole = 'agent' | 'customer';

/**
 * How serious a finding is. `error` fails `rapport check`.
 * @since 0.1.0
 */
export type Severity = 'info' | 'warning' | 'error';

/**
 * A severity in configuration; `off` disables the rule.
 * @since 0.1.0
 */
export type SeveritySetting = Severity | 'off';

/**
 * The scorecard categories. Each rule belongs to exactly one.
 * @since 0.1.0
 */
export type ScoreCategory =
  | 'empathy'
  | 'respect'
  | 'listening'
  | 'clarity'
  | 'expectations'
  | 'tone'
  | 'greeting'
  | 'closing';

/**
 * A UTF-16, end-exclusive `[start, end)` range into the exact analyzed string.
 * @since 0.1.0
 */
export type TextRange = readonly [start: number, end: number];

/**
 * One replacement: put `text` where `range` was.
 * @since 0.1.0
 */
export interface TextEdit {
  /** The range to replace (empty range = insertion). */
  readonly range: TextRange;
  /** The replacement text. */
  readonly text: string;
}

/**
 * A fix the author may apply: a description and the edits that apply it.
 * @since 0.1.0
 */
export interface Suggestion {
  /** What applying the suggestion does, for a person ("Replace with `restart`"). */
  readonly desc: string;
  /** The edits, non-overlapping, in text order. */
  readonly edits: readonly TextEdit[];
}

/**
 * One problem found in the analyzed text.
 * @since 0.1.0
 */
export interface Finding {
  /** The rule that found it, namespaced for plugins (`acme/hedging`). */
  readonly ruleId: string;
  /** Which of the rule's messages was reported. */
  readonly messageId: string;
  /** The rendered message, placeholders filled in. */
  readonly message: string;
  /** The configured severity. */
  readonly severity: Severity;
  /** The scorecard category the rule feeds. */
  readonly category: ScoreCategory;
  /** Where it is in the analyzed text. */
  readonly range: TextRange;
  /** The text at `range`. */
  readonly actual: string;
  /** What would be better, when the rule knows (e.g. plain-language replacements). */
  readonly expected: readonly string[];
  /** Fixes the author may apply. */
  readonly suggestions: readonly Suggestion[];
  /** A link to the rule's documentation, when known. */
  readonly url?: string;
}

/**
 * What a rule's check function passes to `report`.
 * @since 0.1.0
 */
export interface ReportDescriptor<MessageId extends string> {
  /** One of the rule's declared message ids (an undeclared id is a type error). */
  readonly messageId: MessageId;
  /** Where the problem is. */
  readonly range: TextRange;
  /** Values for the message's `{{placeholders}}`. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** What would be better. */
  readonly expected?: readonly string[];
  /** Fixes; each description may be a message id of the rule or literal text. */
  readonly suggestions?: readonly Suggestion[];
}

/**
 * The built-in presets. `recommended` enables the precise, low-noise rules; `strict` enables every
 * rule whose `meta.presets` lists it (a superset in the built-in pack).
 * @since 0.1.0
 */
export type PresetName = 'recommended' | 'strict';

/**
 * The descriptive half of a rule: what it checks, its messages, options and defaults.
 *
 * @typeParam MessageId - The rule's message ids (keys of `messages`).
 * @typeParam Options - The schema of the rule's options (a Standard Schema such as zod's).
 * @since 0.1.0
 */
export interface RuleMeta<MessageId extends string, Options extends StandardSchema> {
  /** One sentence: what the rule wants from a message. */
  readonly description: string;
  /** The scorecard category its findings and assessments feed. */
  readonly category: ScoreCategory;
  /** Message templates by id; `{{name}}` is replaced by `data.name` when reported. */
  readonly messages: Readonly<Record<MessageId, string>>;
  /**
   * The options schema: a synchronous Standard Schema, e.g. from `zod/mini` (small in browser
   * bundles), `zod`, Valibot or ArkType. Parsing `{}` should succeed, i.e. every option has a default.
   */
  readonly options?: Options;
  /** The severity when configuration enables the rule without one (default `warning`). */
  readonly defaultSeverity?: Severity;
  /** The author roles the rule applies to (default: both). */
  readonly roles?: readonly AuthorRole[];
  /** When `true`, the rule runs only when the analysis has a `context` (the message replied to). */
  readonly needsContext?: boolean;
  /** The built-in (or plugin) presets that enable the rule. */
  readonly presets?: readonly PresetName[];
  /** Path of the rule's doc page relative to the repository or package root (`docs/rules/<id>.md`). */
  readonly docs?: string;
  /** A public link to the rule's documentation; copied into each finding's `url`. */
  readonly url?: string;
}

/**
 * Everything a rule's check function sees for one message, and how it reports.
 *
 * @typeParam MessageId - The rule's declared message ids; `report` rejects others at compile time.
 * @typeParam Options - The parsed options type (defaults applied).
 * @since 0.1.0
 */
export interface RuleContext<MessageId extends string, Options> {
  /** The id the rule runs under (namespaced for plugin rules). */
  readonly ruleId: string;
  /** The analyzed text; every range points into it. */
  readonly text: string;
  /** The tokens and sentences of `text`, computed once for all rules. */
  readonly view: TextView;
  /** The rule's options, parsed and with defaults applied. */
  readonly options: Options;
  /** Who wrote the message. */
  readonly role: AuthorRole;
  /** The channel the message travels on, when known. */
  readonly channel: Channel | undefined;
  /** The locale of the text (`en`). */
  readonly locale: string;
  /** The view of the message this one replies to, when the caller gave one. */
  readonly context: TextView | undefined;
  /** Shared signals, each computed at most once per analysis and only when read. */
  readonly signals: AnalyzeSignals;
  /** Reports a finding. An invalid range or an undeclared message id fails the rule for this message. */
  report(descriptor: ReportDescriptor<MessageId>): void;
  /**
   * Gives the rule's own judgement of its category for this message, in `[0, 1]`
   * (1 = fully meets it). Optional; the last call wins. Non-finite values fail the rule.
   */
  assess(score: number): void;
  /**
   * Says the rule does not apply to this message (e.g. a closing rule on a one-line chat turn).
   * If every rule of a category says so and none reports, the category's score is `null`.
   */
  notApplicable(): void;
}

/**
 * A rule: its metadata plus a check function run once per message. Create one with `defineRule`.
 *
 * @typeParam MessageId - The rule's message ids.
 * @typeParam Options - The schema of its options (a Standard Schema such as zod's).
 * @since 0.1.0
 */
export interface Rule<MessageId extends string = string, Options extends StandardSchema = StandardSchema> {
  /** The rule id (kebab-case, without namespace; plugins add `ns/`). */
  readonly id: string;
  /** What the rule checks, its messages and defaults. */
  readonly meta: RuleMeta<MessageId, Options>;
  /** Checks one message. Must be linear in the text; must not keep state between calls. */
  check(context: RuleContext<MessageId, SchemaOutput<Options>>): void;
}

/**
 * A rule's setting in configuration: a severity (or `off`), or a tuple of a severity and options.
 * @since 0.1.0
 */
export type RuleSetting = SeveritySetting | readonly [SeveritySetting] | readonly [SeveritySetting, unknown];

/**
 * A plugin preset: a named set of rule settings, referenced as `plugin:<namespace>/<name>`.
 * @since 0.1.0
 */
export interface PluginPreset {
  /** Rule settings by full rule id (`acme/hedging`). */
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/**
 * A named collection of rules and presets. Create one with `definePlugin`.
 * @since 0.1.0
 */
export interface Plugin {
  /** The namespace prefixed to every rule id (`acme` → `acme/hedging`). */
  readonly namespace: string;
  /** The rules by full id (`acme/hedging`). */
  readonly rules: Readonly<Record<string, Rule>>;
  /** Presets by name; `plugin:acme/recommended` refers to `presets.recommended`. */
  readonly presets: Readonly<Record<string, PluginPreset>>;
}

/**
 * ESLint-style analyzer configuration.
 *
 * Later entries win: presets in `extends` order, then `rules`.
 * @since 0.1.0
 */
export interface AnalyzerConfig {
  /** Presets to start from: `recommended`, `strict`, or `plugin:<namespace>/<preset>`. */
  readonly extends?: readonly string[];
  /** Plugins whose rules and presets become available. */
  readonly plugins?: readonly Plugin[];
  /** Per-rule severity and options, by rule id. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * A moment in time as `analyze` accepts it: a `Date`, epoch milliseconds, or an ISO 8601 string.
 * @since 0.1.0
 */
export type Instant = Date | number | string;

/**
 * Per-message options of an analysis (everything except the configuration).
 * @since 0.1.0
 */
export interface AnalyzeMessageOptions {
  /** Who wrote the text (default `agent`). */
  readonly role?: AuthorRole;
  /** The channel the text travels on (`email`, `chat`, ...), when known. */
  readonly channel?: Channel;
  /** The locale of the text (default `en`). */
  readonly locale?: string;
  /** The message this one replies to (e.g. the customer's message an agent answers). */
  readonly context?: string;
  /** The reference time for resolving commitments ("by 3 pm tomorrow"). */
  readonly now?: Instant;
  /** The IANA time zone in which commitments are resolved (e.g. `Europe/Berlin`). */
  readonly timeZone?: string;
}

/**
 * Options of `analyze`: the per-message options plus the configuration.
 * @since 0.1.0
 */
export interface AnalyzeOptions extends AnalyzeMessageOptions {
  /** The configuration (default: `{ extends: ['recommended'] }`). Compiled once per object. */
  readonly config?: AnalyzerConfig;
}

/**
 * Readability figures of a message: the type of `AnalyzeSignals.readability`.
 * @since 0.1.0
 */
export type ReadabilitySignal = ReadabilityFigures;

/**
 * One question asked in a message: the element type of `AnalyzeSignals.questions`.
 * @since 0.1.0
 */
export type QuestionSignal = DetectedQuestion;

/**
 * One time promise made in a message: the element type of `AnalyzeSignals.commitments`.
 * @since 0.1.0
 */
export type CommitmentSignal = DetectedCommitment;

/**
 * The shared signals of an analysis. On a result, each is computed on first read and then kept.
 * @since 0.1.0
 */
export interface AnalyzeSignals {
  /** Readability figures: words, sentences, long sentences, syllables, grade. */
  readonly readability: ReadabilitySignal;
  /** Questions asked, with their kind (open/closed) and whether they clarify. */
  readonly questions: readonly QuestionSignal[];
  /** Time promises; `due` is resolved when `now` and `timeZone` were given. */
  readonly commitments: readonly CommitmentSignal[];
  /** Sentiment in `[-1, 1]` with the words that moved it (a lexicon model fitted offline). */
  readonly sentiment: SentimentSignal;
  /** How polite the message reads, in `[0, 1]`, with the strategies that moved it (trained offline). */
  readonly politeness: PolitenessSignal;
  /** How frustrated the message reads, in `[0, 1]`, with its cues (trained offline). */
  readonly frustration: FrustrationSignal;
  /** The ego-state distribution (Parent / Adult / Child) with cue ranges (trained offline). */
  readonly egoState: EgoStateSignal;
}

/**
 * One category of the scorecard.
 * @since 0.1.0
 */
export interface CategoryScore {
  /** In `[0, 1]` (1 = fully meets the category), or `null` when no enabled rule of it applies. */
  readonly score: number | null;
  /** The findings of this category (the reasons the score is below 1). */
  readonly evidence: readonly Finding[];
}

/**
 * The scorecard: one score per category.
 * @since 0.1.0
 */
export type Scorecard = Readonly<Record<ScoreCategory, CategoryScore>>;

/**
 * A problem with the analysis itself (not with the text): a rule that threw or reported something
 * invalid (`RULE_FAILED`), or a signal function that threw (`SIGNAL_FAILED`; the signal is then
 * `undefined` on the result). Neither is ever thrown to the caller.
 * @since 0.1.0
 */
export type AnalyzeDiagnostic = RuleFailedDiagnostic | SignalFailedDiagnostic;

/**
 * A rule threw, or reported an invalid range, an undeclared message id or an assessment outside
 * `[0, 1]`; its findings for this message were dropped.
 * @since 0.1.0
 */
export interface RuleFailedDiagnostic {
  /** Always `RULE_FAILED`. */
  readonly code: 'RULE_FAILED';
  /** The rule concerned. */
  readonly ruleId: string;
  /** What happened. */
  readonly message: string;
}

/**
 * A signal function threw. Added to the result's `diagnostics` when the signal is first read.
 * @since 0.1.0
 */
export interface SignalFailedDiagnostic {
  /** Always `SIGNAL_FAILED`. */
  readonly code: 'SIGNAL_FAILED';
  /** The signal concerned. */
  readonly signal: keyof AnalyzeSignals;
  /** What happened. */
  readonly message: string;
}

/**
 * The result of analyzing one message.
 * @since 0.1.0
 */
export interface AnalyzeResult {
  /** Findings in text order (then by rule id). */
  readonly findings: readonly Finding[];
  /** One score per category. */
  readonly scorecard: Scorecard;
  /** Shared signals (computed on first read). */
  readonly signals: AnalyzeSignals;
  /** Problems with the analysis itself; empty when every rule ran cleanly. */
  readonly diagnostics: readonly AnalyzeDiagnostic[];
}
