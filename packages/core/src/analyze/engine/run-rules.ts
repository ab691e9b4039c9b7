import type { Channel } from '../../ticket/channel.js';
import { createTextView, type TextView } from '../text/text-view.js';
import type {
  AnalyzeDiagnostic,
  AnalyzeResult,
  AnalyzeSignals,
  AuthorRole,
  Finding,
  ReportDescriptor,
  RuleContext,
  Suggestion,
  TextEdit,
  TextRange,
} from '../types.js';
import type { CompiledRule } from './compiled-rule.js';
import { createLazySignals, type SignalEnvironment, type SignalProviders } from './lazy-signals.js';
import { renderTemplate, type MessageTemplate } from './message-template.js';
import { buildScorecard, type CategoryTallies } from './scorecard.js';

/** The per-message inputs of one run, already normalised. */
export interface RunInput {
  /** The text to analyze. */
  readonly text: string;
  /** Who wrote it. */
  readonly role: AuthorRole;
  /** The channel, when known. */
  readonly channel: Channel | undefined;
  /** The locale. */
  readonly locale: string;
  /** The message replied to, when given. */
  readonly context: string | undefined;
  /** Reference time in epoch ms. */
  readonly now: number | undefined;
  /** IANA time zone. */
  readonly timeZone: string | undefined;
  /** The view of `text`, when the caller already has it (thread analysis); must be of `text`. */
  readonly view?: TextView;
  /** The view of `context`, when the caller already has it; must be of `context`. */
  readonly contextView?: TextView;
}

/** A rule reported something the engine cannot accept; the rule's result is dropped. */
class InvalidReport extends Error {}

/**
 * What a finding without expected values or suggestions holds: one frozen empty array shared by
 * every such finding (their types are read-only), instead of two new arrays per finding.
 */
const NONE: readonly never[] = Object.freeze([]);

/**
 * The context object handed to every rule of one analysis. One instance per analysis; the engine
 * points it at each rule in turn (options, report target), so running twenty rules allocates one
 * context, not twenty. It also keeps the category tallies for the scorecard.
 */
class RunContext implements RuleContext<string, unknown>, CategoryTallies {
  ruleId = '';
  options: unknown = undefined;
  current: CompiledRule | undefined = undefined;
  assessment: number | undefined = undefined;
  declinedToApply = false;
  readonly findings: Finding[] = [];
  /** Bit `i`: a rule of category `i` applied. */
  applies = 0;
  /** Per-category sums and counts of assessments, allocated on the first assessment. */
  assessSum: number[] | undefined = undefined;
  assessCount: number[] | undefined = undefined;

  constructor(
    readonly text: string,
    readonly view: TextView,
    readonly role: AuthorRole,
    readonly channel: Channel | undefined,
    readonly locale: string,
    readonly context: TextView | undefined,
    readonly signals: AnalyzeSignals,
  ) {}

  begin(rule: CompiledRule): void {
    this.current = rule;
    this.ruleId = rule.ruleId;
    this.options = rule.options;
    this.assessment = undefined;
    this.declinedToApply = false;
  }

  report(descriptor: ReportDescriptor<string>): void {
    const rule = this.current as CompiledRule;
    const template = this.template(descriptor.messageId);
    const range = this.checkRange(descriptor.range, 'range');
    const data = descriptor.data;
    const message = renderTemplate(template, data);
    const expected = descriptor.expected === undefined ? NONE : descriptor.expected.map(String);
    const given = descriptor.suggestions;
    let suggestions: readonly Suggestion[] = NONE;
    if (given !== undefined) {
      // A loop rather than `map` with a closure (built-in rules suggest an edit with most findings);
      // anything but an array still goes through `map`, and fails as it did.
      if (!Array.isArray(given)) suggestions = given.map((s) => this.checkSuggestion(s, data));
      else {
        const checked: Suggestion[] = [];
        for (let k = 0; k < given.length; k++) checked.push(this.checkSuggestion(given[k] as Suggestion, data));
        suggestions = checked;
      }
    }
    this.findings.push(this.finding(rule, descriptor.messageId, message, range, expected, suggestions));
  }

  /**
   * What `report` does with `{ messageId, range, suggestions: [{ desc, edits: [{ range: [at, at],
   * text }] }] }`, the finding two rules of the pack make on most replies, without that descriptor:
   * the same checks in the same order, the same finding.
   *
   * @internal For `reportInsert` in the rule pack.
   */
  insert(messageId: string, desc: string, at: number, text: string, range: TextRange): void {
    const rule = this.current as CompiledRule;
    const template = this.template(messageId);
    const checked = this.checkRange(range, 'range');
    const descTemplate = rule.templates.get(desc);
    const message = renderTemplate(template, undefined);
    const edits = [{ range: this.checkRange([at, at], 'suggestion range'), text: String(text) }];
    this.findings.push(this.finding(rule, messageId, message, checked, NONE, [{ desc: descTemplate === undefined ? desc : renderTemplate(descTemplate, undefined), edits }]));
  }

  private template(messageId: string): MessageTemplate {
    const template = (this.current as CompiledRule).templates.get(messageId);
    if (template === undefined) throw new InvalidReport(`reported an undeclared message id "${String(messageId)}"`);
    return template;
  }

  private finding(rule: CompiledRule, messageId: string, message: string, range: TextRange, expected: readonly string[], suggestions: readonly Suggestion[]): Finding {
    const actual = this.text.slice(range[0], range[1]);
    // Two literals rather than a spread of an optional part: one allocation, a stable shape.
    return rule.url === undefined
      ? { ruleId: rule.ruleId, messageId, message, severity: rule.severity, category: rule.category, range, actual, expected, suggestions }
      : { ruleId: rule.ruleId, messageId, message, severity: rule.severity, category: rule.category, range, actual, expected, suggestions, url: rule.url };
  }

  assess(score: number): void {
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) throw new InvalidReport(`assessed ${String(score)}, outside [0, 1]`);
    this.assessment = score;
  }

  notApplicable(): void {
    this.declinedToApply = true;
  }

  private checkRange(range: TextRange, what: string): TextRange {
    const start = range?.[0];
    const end = range?.[1];
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number) || (end as number) > this.text.length) {
      throw new InvalidReport(`reported an invalid ${what} [${String(start)}, ${String(end)}] for a text of length ${this.text.length}`);
    }
    return [start as number, end as number];
  }

  private checkSuggestion(suggestion: Suggestion, data: ReportDescriptor<string>['data']): Suggestion {
    const rule = this.current as CompiledRule;
    const descTemplate = rule.templates.get(suggestion.desc);
    const desc = descTemplate === undefined ? String(suggestion.desc) : renderTemplate(descTemplate, data);
    const edits: TextEdit[] = [];
    let lastEnd = 0;
    for (const edit of suggestion.edits) {
      const range = this.checkRange(edit.range, 'suggestion range');
      if (range[0] < lastEnd) throw new InvalidReport('reported overlapping or unordered suggestion edits');
      lastEnd = range[1];
      edits.push({ range, text: String(edit.text) });
    }
    return { desc, edits };
  }
}

function compareFindings(a: Finding, b: Finding): number {
  return a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/**
 * Sorts findings by {@link compareFindings}, stably, in place: an insertion sort, since a message
 * has a handful (it costs a fraction of a call to `Array.prototype.sort`, which is stable too, so
 * the order is the same); long lists still go to `sort`.
 */
function sortFindings(findings: Finding[]): void {
  if (findings.length > 16) {
    findings.sort(compareFindings);
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i] as Finding;
    let j = i;
    for (; j > 0 && compareFindings(findings[j - 1] as Finding, f) > 0; j--) findings[j] = findings[j - 1] as Finding;
    findings[j] = f;
  }
}

/**
 * Runs `rules` over one message. Never throws because of the text or a rule: a rule that throws
 * (or reports an invalid range, an undeclared message id, an assessment outside `[0, 1]`) has its
 * findings for this message dropped and a `RULE_FAILED` diagnostic added.
 */
export function runRules(rules: readonly CompiledRule[], input: RunInput, providers: SignalProviders): AnalyzeResult {
  const text = typeof input.text === 'string' ? input.text : String(input.text);
  const view = input.view ?? createTextView(text);
  const contextView = input.context === undefined ? undefined : (input.contextView ?? createTextView(input.context));
  const env: SignalEnvironment = {
    role: input.role,
    channel: input.channel,
    locale: input.locale,
    context: contextView,
    now: input.now,
    timeZone: input.timeZone,
  };
  const diagnostics: AnalyzeDiagnostic[] = [];
  const signals = createLazySignals(view, env, providers, diagnostics);
  const ctx = new RunContext(text, view, input.role, input.channel, input.locale, contextView, signals);
  const findings = ctx.findings;
  const isAgent = input.role === 'agent';

  for (const rule of rules) {
    if (isAgent ? !rule.forAgent : !rule.forCustomer) continue;
    if (rule.needsContext && contextView === undefined) continue;
    ctx.begin(rule);
    const mark = findings.length;
    try {
      rule.rule.check(ctx);
    } catch (error) {
      findings.length = mark;
      diagnostics.push({ code: 'RULE_FAILED', ruleId: rule.ruleId, message: `Rule "${rule.ruleId}" failed: ${describe(error)}` });
      continue;
    }
    const c = rule.categoryIndex;
    if (!ctx.declinedToApply || findings.length > mark) ctx.applies |= 1 << c;
    if (ctx.assessment !== undefined) {
      ctx.applies |= 1 << c;
      const sum = (ctx.assessSum ??= [0, 0, 0, 0, 0, 0, 0, 0]);
      const count = (ctx.assessCount ??= [0, 0, 0, 0, 0, 0, 0, 0]);
      sum[c] = (sum[c] as number) + ctx.assessment;
      count[c] = (count[c] as number) + 1;
    }
  }
  if (findings.length > 1) sortFindings(findings);
  return { findings, scorecard: buildScorecard(ctx, findings), signals, diagnostics };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return 'unknown error';
  }
}
