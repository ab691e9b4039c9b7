import { type Output, array, nonEmpty, object, recordOf, string, withDefault } from '../config/schema-kit.js';
import { jargonAcronyms, jargonTerms } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { ownPhraseList, phraseList, type PhraseList } from './internal/pack-phrases.js';
import type { TextView, Token } from '../text/text-view.js';
import { wordIds, wordSet } from '../text/word-set.js';
import type { RuleContext } from '../types.js';
import { wordsOf } from './internal/context-terms.js';
import { perOptions } from './internal/per-options.js';
import { reportPlain } from './internal/report-phrase.js';
import { anyMasked } from './internal/skip-mask.js';

interface Term {
  readonly term: string;
  readonly plain: readonly string[];
}

/** A list's `{ "term": ["plain wording", …] }` record as terms, in order. */
const termsOf = (record: Readonly<Record<string, readonly string[]>>): Term[] => Object.entries(record).map(([term, plain]) => ({ term, plain }));

const CASE_SENSITIVE = new Map(termsOf(jargonAcronyms).map((t) => [t.term, t]));
const CASELESS = termsOf(jargonTerms);

const options = object({
  /** Terms your customers know (a team glossary); matched case-insensitively. */
  allow: withDefault(array(string()), []),
  /** Extra jargon of your own, with plain wordings: `{ "CMDB": ["asset list"] }`. */
  terms: withDefault(recordOf(string(), array(string()).check(nonEmpty)), {}),
});

interface Prepared {
  readonly allow: Set<string>;
  /** The pack's shared scan, or a list of its own with the team's terms. */
  readonly matcher: PhraseList;
  readonly terms: readonly Term[];
}

const defaultMatcher = phraseList(CASELESS.map((t) => t.term));
/**
 * The lower-case forms of the case-sensitive terms and their plurals: a token whose `lower` is not
 * one of them cannot be an acronym of the list (the terms are ASCII, so lower-casing "APIs" gives
 * "api" + "s"), which spares the case-sensitive look-up for most capitalised words.
 */
const ACRONYM_CANDIDATES = wordSet([...CASE_SENSITIVE.keys()].flatMap((term) => [term.toLowerCase(), `${term.toLowerCase()}s`]));

const prepare = perOptions((o: Output<typeof options>): Prepared => {
  const allow = new Set(o.allow.map((a) => a.toLowerCase()));
  const extra = termsOf(o.terms);
  if (extra.length === 0) return { allow, matcher: defaultMatcher, terms: CASELESS };
  const terms = [...CASELESS, ...extra];
  return { allow, matcher: ownPhraseList(terms.map((t) => t.term)), terms };
});

/** The case-sensitive acronym at `t`, also in the plural ("APIs", "VMs"). */
function acronymOf(t: Token): Term | undefined {
  const exact = CASE_SENSITIVE.get(t.text);
  if (exact !== undefined) return exact;
  const s = t.text;
  if (s.length > 2 && s.charCodeAt(s.length - 1) === 115) return CASE_SENSITIVE.get(s.slice(0, -1));
  return undefined;
}

/**
 * Reports `term` at tokens `[first, end)` unless allowed, already reported (`seen`), quoted or
 * code, explained in place, or used by the customer first. Returns the updated `seen` set. A
 * module-level function rather than a closure per call: the rule runs on every message.
 */
function consider(
  ctx: RuleContext<'jargon', unknown>,
  allow: ReadonlySet<string>,
  customerWords: ReadonlySet<string> | undefined,
  seen: Set<string> | undefined,
  first: number,
  end: number,
  term: Term,
): Set<string> | undefined {
  const key = term.term.toLowerCase();
  if (seen?.has(key) === true || allow.has(key)) return seen;
  if (anyMasked(ctx.view, first, end)) return seen;
  const tokens = ctx.view.tokens;
  const a = tokens[first] as Token;
  const b = tokens[end - 1] as Token;
  // Explained in place: "DNS (…)" or "(…) (DNS)".
  const after = tokens[end];
  const before = first > 0 ? tokens[first - 1] : undefined;
  if (after !== undefined && after.text === '(' ) return seen;
  if (before !== undefined && before.text === '(' && tokens[end]?.text === ')') return seen;
  // The customer used it first: mirroring their words is fine.
  if (customerWords !== undefined && customerWords.has(a.lower) && customerWords.has(b.lower)) return seen;
  const reported = seen ?? new Set<string>();
  reported.add(key);
  reportPlain(ctx, 'jargon', a.start, b.end, term.plain);
  return reported;
}

/**
 * `no-jargon`: IT jargon and acronyms a customer may not know, with plain-language suggestions.
 *
 * When to use: on agent replies to end users (enabled in `recommended`). Add the terms your
 * customers do know to `allow` (a team glossary) and your own shorthand to `terms`.
 *
 * Details: terms come from the English list `data/en/jargon.json`; acronyms match case-sensitively
 * (so the verb "ram" is not `RAM`). Not reported: text in quotes or backticks, quoted e-mail
 * lines, file names and paths (`config.json`), URLs and addresses, a term explained in
 * parentheses right after it ("DNS (the internet's address book)") or glossed by one ("…address
 * book (DNS)"), and a term the customer used first in `context`. Each term is reported once per
 * message, with a suggestion per plain wording.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('Your DNS cache needs a flush.', { config: { rules: { 'no-jargon': 'warning' } } });
 * findings[0]?.actual; // 'DNS'
 * ```
 * @since 0.1.0
 */
export const noJargon = builtinRule({
  id: 'no-jargon',
  meta: {
    description: 'Plain language instead of IT jargon and acronyms a customer may not know.',
    category: 'clarity',
    messages: {
      jargon: '`{{phrase}}` is IT jargon a customer may not know; say “{{plain}}” instead, or explain it.',
    },
    options,
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const { allow, matcher, terms } = prepare(ctx.options);
    const tokens = ctx.view.tokens;
    const customerWords = ctx.context === undefined ? undefined : wordsOf(ctx.context);
    let seen: Set<string> | undefined;

    // Multi-word and caseless terms first; remember their token spans.
    const found = matcher.find(ctx.view);
    const covered = found.length === 0 ? undefined : new Uint8Array(tokens.length);
    for (const m of found) {
      for (let k = m.firstToken; k < m.endToken; k++) (covered as Uint8Array)[k] = 1;
      seen = consider(ctx, allow, customerWords, seen, m.firstToken, m.endToken, terms[m.phraseIndex] as Term);
    }
    const ids = wordIds(ctx.view).ids;
    for (let i = ACRONYM_CANDIDATES.inView(ctx.view) ? 0 : tokens.length; i < tokens.length; i++) {
      // "IP address" was matched as a whole; its "IP" is not a second finding.
      if (covered !== undefined && covered[i] === 1) continue;
      if (!ACRONYM_CANDIDATES.hasId(ids[i] as number)) continue;
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || t.text.length < 2) continue;
      const first = t.text.charCodeAt(0);
      // Case-sensitive acronyms start with a capital or a digit ("2FA").
      if (!((first >= 65 && first <= 90) || (first >= 48 && first <= 57))) continue;
      const term = acronymOf(t);
      if (term !== undefined) seen = consider(ctx, allow, customerWords, seen, i, i + 1, term);
    }
  },
});
