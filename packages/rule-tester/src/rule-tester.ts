import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isRapportError } from '@rapport/core';
import {
  applyEdits,
  createAnalyzer,
  definePlugin,
  type AnalyzeMessageOptions,
  type AnalyzerConfig,
  type Finding,
  type Plugin,
  type Rule,
} from '@rapport/core/analyze';
import { renderExpectedMessage, templateMatches } from './internal/template.js';

/**
 * A test-suite function as vitest, jest, mocha and `node:test` provide it.
 * @since 0.1.0
 */
export type SuiteFunction = (name: string, body: () => void) => unknown;

/**
 * A test-case function as vitest, jest, mocha and `node:test` provide it.
 * @since 0.1.0
 */
export type TestFunction = (name: string, body: () => void | Promise<void>) => unknown;

/**
 * Options of a {@link RuleTester}.
 * @since 0.1.0
 */
export interface RuleTesterOptions {
  /** The suite function (default: a global `describe`, else cases run at once and throw). */
  readonly describe?: SuiteFunction;
  /** The test function (default: a global `it`, else cases run at once and throw). */
  readonly it?: TestFunction;
  /** Directory holding `<rule id>.md` doc pages; when set, a missing page fails a meta test. */
  readonly docsDir?: string;
  /** Per-message options applied to every case unless the case overrides them (role, channel...). */
  readonly defaults?: AnalyzeMessageOptions;
  /** Plugins the rule under test needs besides itself (rarely needed). */
  readonly plugins?: readonly Plugin[];
}

/**
 * The message options a case may set: role, channel, locale, context, now, time zone.
 * @since 0.1.0
 */
export interface CaseOptions extends AnalyzeMessageOptions {
  /** The text to analyze. */
  readonly text: string;
  /** The rule's options for this case (parsed with the rule's schema). */
  readonly options?: unknown;
  /** A name for the test (default: the text, shortened). */
  readonly name?: string;
}

/**
 * A case the rule must not report anything on: the text, or the text with options.
 * @since 0.1.0
 */
export type ValidCase = string | CaseOptions;

/**
 * The expected suggestion of an expected finding.
 * @since 0.1.0
 */
export interface ExpectedSuggestion {
  /** The suggestion's rendered description, when it should be checked. */
  readonly desc?: string;
  /** The text after applying the suggestion's edits. */
  readonly output: string;
}

/**
 * One expected finding of an invalid case. Only the fields given are checked.
 * @since 0.1.0
 */
export interface ExpectedError {
  /** The message id reported. */
  readonly messageId?: string;
  /** The rendered message. */
  readonly message?: string;
  /** The placeholder values: the rule's template rendered with them must equal the message. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The UTF-16, end-exclusive range. */
  readonly range?: readonly [number, number];
  /** The text at the range. */
  readonly actual?: string;
  /** The `expected` alternatives. */
  readonly expected?: readonly string[];
  /** The suggestions, in order; `[]` asserts there are none. */
  readonly suggestions?: readonly ExpectedSuggestion[];
}

/**
 * A case the rule must report on, with the findings expected in text order.
 * @since 0.1.0
 */
export interface InvalidCase extends CaseOptions {
  /** The expected findings in text order, or just how many. */
  readonly errors: number | readonly ExpectedError[];
}

/**
 * The cases of one rule.
 * @since 0.1.0
 */
export interface RuleTestCases {
  /** Texts the rule accepts. */
  readonly valid: readonly ValidCase[];
  /** Texts the rule reports, with what it reports. */
  readonly invalid: readonly InvalidCase[];
}

/**
 * The error a failing case throws: which case, and what differed.
 *
 * When to use: to tell a failing case apart from other errors when you drive the tester with
 * your own `describe`/`it`.
 *
 * @example
 * ```ts
 * import { RuleTesterError } from '@rapport/rule-tester';
 *
 * try {
 *   throw new RuleTesterError('"Fixing it ASAP.": finding 0: expected range [10, 14], got [9, 14]');
 * } catch (error) {
 *   if (error instanceof RuleTesterError) console.log(error.message);
 * }
 * ```
 * @since 0.1.0
 */
export class RuleTesterError extends Error {
  /** Always `'RuleTesterError'`. */
  override readonly name = 'RuleTesterError' as const;
}

const NAMESPACE = 'rule-tester';

/**
 * Runs valid and invalid cases against one rule, plus meta checks, as tests of your test runner.
 *
 * When to use: for every rule you write with `defineRule` or `defineDataRule`, coded or data.
 *
 * Details: each case becomes one test. A valid case fails if the rule reports anything; an invalid
 * case fails unless the findings match the expected ones in count and order, on every field
 * given (message id, message, `data` rendered through the rule's template, range, actual text,
 * expected values, and each suggestion's description and the text after applying its edits). A
 * rule that throws, reports an invalid range or leaves a `{{placeholder}}` unfilled fails the
 * case. Meta tests check that the options schema parses `{}` (every option has a default), that
 * every declared message id is used by at least one invalid case (reported, or as a suggestion
 * description), and, when `docsDir` is set, that `<docsDir>/<rule id>.md` exists.
 *
 * @example
 * ```ts
 * import { describe, it } from 'vitest';
 * import { defineRule } from '@rapport/core/analyze';
 * import { RuleTester } from '@rapport/rule-tester';
 *
 * const noAsap = defineRule({
 *   id: 'no-asap',
 *   meta: {
 *     description: 'Give a time instead of "ASAP".',
 *     category: 'expectations',
 *     messages: { vague: '`{{word}}` promises no time; say when.' },
 *   },
 *   check(ctx) {
 *     for (const t of ctx.view.tokens) {
 *       if (t.lower === 'asap') ctx.report({ messageId: 'vague', range: [t.start, t.end], data: { word: t.text } });
 *     }
 *   },
 * });
 *
 * new RuleTester({ describe, it }).run('no-asap', noAsap, {
 *   valid: ['I will call you back by 3 pm.'],
 *   invalid: [{ text: 'Fixing it ASAP.', errors: [{ messageId: 'vague', range: [10, 14], data: { word: 'ASAP' } }] }],
 * });
 * ```
 * @since 0.1.0
 */
export class RuleTester {
  private readonly options: RuleTesterOptions;

  constructor(options: RuleTesterOptions = {}) {
    this.options = options;
  }

  /** Registers the tests of `rule` under the suite `name`. */
  run(name: string, rule: Rule, cases: RuleTestCases): void {
    const g = globalThis as { describe?: SuiteFunction; it?: TestFunction };
    const describe: SuiteFunction = this.options.describe ?? g.describe ?? ((_n, body) => body());
    const it: TestFunction =
      this.options.it ??
      g.it ??
      ((caseName, body) => {
        const result = body();
        if (result instanceof Promise) throw new RuleTesterError(`${caseName}: asynchronous tests need a test runner`);
      });

    describe(name, () => {
      const used = new Set<string>();
      describe('valid', () => {
        cases.valid.forEach((c, i) => {
          const tc = typeof c === 'string' ? { text: c } : c;
          it(caseName(tc, i), () => {
            const findings = this.findings(rule, tc);
            if (findings.length > 0) {
              fail(tc, `expected no findings, got ${findings.length}:\n${findings.map(describeFinding).join('\n')}`);
            }
          });
        });
      });
      describe('invalid', () => {
        cases.invalid.forEach((c, i) => {
          it(caseName(c, i), () => {
            this.checkInvalid(rule, c, used);
          });
        });
      });
      describe('meta', () => {
        it('parses empty options (every option has a default)', () => {
          // Enabling the rule without options parses `{}` with its schema, as a user's config would.
          try {
            createAnalyzer({ plugins: [definePlugin({ namespace: NAMESPACE, rules: [rule] })], rules: { [`${NAMESPACE}/${rule.id}`]: 'warning' } });
          } catch (error) {
            throw new RuleTesterError(`Rule "${rule.id}": enabling it without options fails: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
        it('uses every declared message id in an invalid case', () => {
          // Run the invalid cases again so this check does not depend on test order.
          for (const c of cases.invalid) {
            try {
              for (const f of this.findings(rule, c)) {
                used.add(f.messageId);
                for (const s of f.suggestions) {
                  for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
                    if (templateMatches(template, s.desc)) used.add(id);
                  }
                }
              }
            } catch {
              // The failing case reports itself.
            }
          }
          const unused = Object.keys(rule.meta.messages).filter((id) => !used.has(id));
          if (unused.length > 0) {
            throw new RuleTesterError(`Rule "${rule.id}": message id(s) never reported by an invalid case: ${unused.join(', ')}`);
          }
        });
        if (this.options.docsDir !== undefined) {
          const docsDir = this.options.docsDir;
          it('has a documentation page', () => {
            const page = join(docsDir, `${rule.id}.md`);
            if (!existsSync(page)) throw new RuleTesterError(`Rule "${rule.id}": missing documentation page ${page}`);
          });
        }
      });
    });
  }

  private findings(rule: Rule, c: CaseOptions): readonly Finding[] {
    const plugin = definePlugin({ namespace: NAMESPACE, rules: [rule] });
    const config: AnalyzerConfig = {
      plugins: [plugin, ...(this.options.plugins ?? [])],
      rules: { [`${NAMESPACE}/${rule.id}`]: c.options === undefined ? 'warning' : ['warning', c.options] },
    };
    let analyzer;
    try {
      analyzer = createAnalyzer(config);
    } catch (error) {
      fail(c, isRapportError(error) ? `${error.code}: ${error.message}` : String(error));
    }
    const { text, options: _options, name: _name, ...messageOptions } = c;
    const result = analyzer.analyze(text, { ...this.options.defaults, ...messageOptions });
    const failure = result.diagnostics[0];
    if (failure !== undefined) fail(c, failure.message);
    for (const f of result.findings) {
      const gap = /\{\{\s*[A-Za-z_$][\w$]*\s*\}\}/.exec(f.message);
      if (gap !== null) fail(c, `message "${f.message}" has an unfilled placeholder ${gap[0]}; pass it in data`);
    }
    return result.findings;
  }

  private checkInvalid(rule: Rule, c: InvalidCase, used: Set<string>): void {
    const findings = this.findings(rule, c);
    for (const f of findings) used.add(f.messageId);
    const expectedCount = typeof c.errors === 'number' ? c.errors : c.errors.length;
    if (expectedCount === 0) fail(c, 'an invalid case must expect at least one finding; use a valid case');
    if (findings.length !== expectedCount) {
      fail(c, `expected ${expectedCount} finding(s), got ${findings.length}:\n${findings.map(describeFinding).join('\n')}`);
    }
    if (typeof c.errors === 'number') return;
    c.errors.forEach((expected, i) => {
      const actual = findings[i] as Finding;
      const at = `finding ${i}`;
      if (expected.messageId !== undefined && actual.messageId !== expected.messageId) {
        fail(c, `${at}: expected messageId "${expected.messageId}", got "${actual.messageId}"`);
      }
      if (expected.message !== undefined && actual.message !== expected.message) {
        fail(c, `${at}: expected message "${expected.message}", got "${actual.message}"`);
      }
      if (expected.data !== undefined) {
        const template = (rule.meta.messages as Record<string, string>)[actual.messageId] ?? '';
        const rendered = renderExpectedMessage(template, expected.data);
        if (rendered !== actual.message) fail(c, `${at}: with data ${JSON.stringify(expected.data)} the message would be "${rendered}", got "${actual.message}"`);
      }
      if (expected.range !== undefined && (actual.range[0] !== expected.range[0] || actual.range[1] !== expected.range[1])) {
        fail(c, `${at}: expected range [${expected.range.join(', ')}], got [${actual.range.join(', ')}] ("${actual.actual}")`);
      }
      if (expected.actual !== undefined && actual.actual !== expected.actual) {
        fail(c, `${at}: expected actual "${expected.actual}", got "${actual.actual}"`);
      }
      if (expected.expected !== undefined && JSON.stringify(actual.expected) !== JSON.stringify(expected.expected)) {
        fail(c, `${at}: expected expected ${JSON.stringify(expected.expected)}, got ${JSON.stringify(actual.expected)}`);
      }
      if (expected.suggestions !== undefined) {
        if (actual.suggestions.length !== expected.suggestions.length) {
          fail(c, `${at}: expected ${expected.suggestions.length} suggestion(s), got ${actual.suggestions.length}`);
        }
        expected.suggestions.forEach((es, k) => {
          const s = actual.suggestions[k];
          if (s === undefined) return;
          if (es.desc !== undefined && s.desc !== es.desc) fail(c, `${at}, suggestion ${k}: expected desc "${es.desc}", got "${s.desc}"`);
          const output = applyEdits(c.text, s.edits);
          if (output !== es.output) fail(c, `${at}, suggestion ${k}: expected output\n  ${JSON.stringify(es.output)}\ngot\n  ${JSON.stringify(output)}`);
        });
      }
    });
  }
}

function caseName(c: CaseOptions, i: number): string {
  if (c.name !== undefined) return c.name;
  const flat = c.text.replace(/\s+/g, ' ');
  return `#${i}: ${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}`;
}

function describeFinding(f: Finding): string {
  return `  - ${f.messageId} [${f.range[0]}, ${f.range[1]}] "${f.actual}": ${f.message}`;
}

function fail(c: CaseOptions, message: string): never {
  throw new RuleTesterError(`${JSON.stringify(c.text.length > 200 ? `${c.text.slice(0, 197)}...` : c.text)}: ${message}`);
}
