/**
 * The public shapes of the analyzer: findings, scorecard, signals, and the rule contract that
 * built-in rules, plugins and data rules all implement.
 */
import type { z } from 'zod';
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
