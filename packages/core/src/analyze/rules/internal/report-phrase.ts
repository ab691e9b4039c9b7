import type { ReportDescriptor, RuleContext, Suggestion, TextRange } from '../../types.js';
import { matchCase } from './edits.js';

/**
 * Reports `[start, end)` of the analyzed text with that text as the message's `{{phrase}}`: the
 * finding most of the pack's phrase rules make, with optional fixes and expected wordings.
 */
export function reportPhrase<M extends string>(
  ctx: RuleContext<M, unknown>,
  messageId: M,
  start: number,
  end: number,
  suggestions?: readonly Suggestion[],
  expected?: readonly string[],
): void {
  ctx.report({ messageId, range: [start, end], data: { phrase: ctx.text.slice(start, end), plain: expected?.[0] ?? '' }, suggestions, expected } as ReportDescriptor<M>);
}

/**
 * Reports `[start, end)` as a word with plainer wordings (`{{plain}}` is the first): one
 * suggestion per wording, each keeping the original's leading capital.
 */
export function reportPlain<M extends string>(ctx: RuleContext<M, unknown>, messageId: M, start: number, end: number, plain: readonly string[]): void {
  const actual = ctx.text.slice(start, end);
  reportPhrase(ctx, messageId, start, end, plain.map((p) => ({ desc: `Replace with “${p}”`, edits: [{ range: [start, end], text: matchCase(actual, p) }] })), plain);
}

/** Reports `range` (by default the empty range at `at`) with one fix, `desc`: insert `text` at `at`. */
export function reportInsert<M extends string>(ctx: RuleContext<M, unknown>, messageId: M, desc: M, at: number, text: string, range: TextRange = [at, at]): void {
  // The engine's context makes this finding without the descriptor (most replies get one or two).
  if ('insert' in ctx) (ctx as unknown as { insert(m: M, d: M, a: number, t: string, r: TextRange): void }).insert(messageId, desc, at, text, range);
  else ctx.report({ messageId, range, suggestions: [{ desc, edits: [{ range: [at, at], text }] }] });
}
