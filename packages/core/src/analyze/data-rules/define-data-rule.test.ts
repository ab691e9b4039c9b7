import { describe, expect, it } from 'vitest';
import { RuleTester } from '@rapport/rule-tester';
import { isRapportError } from '../../errors.js';
import { analyze } from '../analyze.js';
import { definePlugin } from '../define-plugin.js';
import { defineDataRule, type DataRuleDefinition } from './define-data-rule.js';
import { loadDataRules } from './load-data-rules.js';

const tester = new RuleTester({ describe, it });

tester.run(
  'existence',
  defineDataRule({
    extends: 'existence',
    id: 'ticket-speak',
    message: 'Say what happens instead of `{{match}}`.',
    tokens: ['as per', 'kindly revert', 'do the needful'],
  }),
  {
    valid: ['Per our call, I restarted the server.', 'Kindly note the new hours.'],
    invalid: [
      {
        text: 'As per your mail, kindly  revert with logs.',
        errors: [
          { messageId: 'existence', range: [0, 6], message: 'Say what happens instead of `As per`.' },
          { range: [18, 32], actual: 'kindly  revert' },
        ],
      },
    ],
  },
);

tester.run(
  'existence, case-sensitive',
  defineDataRule({ extends: 'existence', id: 'brand', message: 'Write `{{match}}` as the brand does.', tokens: ['Github'], ignorecase: false }),
  { valid: ['Open GitHub.', 'github.com is down'], invalid: [{ text: 'Open Github now', errors: [{ range: [5, 11] }] }] },
);

tester.run(
  'substitution',
  defineDataRule({
    extends: 'substitution',
    id: 'plain-verbs',
    message: 'Say `{{replacement}}` instead of `{{match}}`.',
    swap: { utilize: 'use', 'reach out': ['contact', 'write to'], 'e-mail': 'email' },
  }),
  {
    valid: ['Please use the portal and email us.', 'Send an email.'],
    invalid: [
      {
        text: 'Utilize the portal.',
        errors: [
          {
            message: 'Say `Use` instead of `Utilize`.',
            expected: ['Use'],
            suggestions: [{ desc: 'Replace with `Use`', output: 'Use the portal.' }],
          },
        ],
      },
      {
        text: 'Please reach out or E-MAIL us.',
        errors: [
          {
            range: [7, 16],
            data: { match: 'reach out', replacement: 'contact or write to' },
            suggestions: [{ output: 'Please contact or E-MAIL us.' }, { output: 'Please write to or E-MAIL us.' }],
          },
          { actual: 'E-MAIL', suggestions: [{ output: 'Please reach out or EMAIL us.' }] },
        ],
      },
    ],
  },
);

tester.run(
  'occurrence per text',
  defineDataRule({ extends: 'occurrence', id: 'bangs', message: '{{count}} exclamation marks; keep it to {{max}}.', tokens: ['!'], max: 1 }),
  {
    valid: ['Done! See you.', 'No marks.'],
    invalid: [{ text: 'Done! Fixed! Great!', errors: [{ range: [11, 19], message: '3 exclamation marks; keep it to 1.' }] }],
  },
);

tester.run(
  'occurrence per sentence',
  defineDataRule({
    extends: 'occurrence',
    id: 'hedges',
    message: '{{count}} hedges in one sentence (max {{max}}).',
    tokens: ['maybe', 'perhaps', 'i think'],
    max: 1,
    scope: 'sentence',
  }),
  {
    valid: ['Maybe it is the cable. Perhaps not.'],
    invalid: [{ text: 'It works. Maybe, I think, perhaps it is the cable.', errors: [{ range: [17, 33], actual: 'I think, perhaps' }] }],
  },
);

tester.run(
  'occurrence with min',
  defineDataRule({ extends: 'occurrence', id: 'thanks', message: 'Thank the customer ({{count}} of {{min}}).', tokens: ['thanks', 'thank you'], min: 1, category: 'closing' }),
  {
    valid: ['Thanks for the logs.', 'Fixed. Thank you!'],
    invalid: [{ text: 'Fixed.', errors: [{ range: [0, 0], message: 'Thank the customer (0 of 1).' }] }],
  },
);

describe('defineDataRule / loadDataRules', () => {
  const codeAndPath = (def: unknown, fallback?: string) => {
    try {
      defineDataRule(def as DataRuleDefinition, fallback);
    } catch (error) {
      if (isRapportError(error)) return [error.code, error.ruleId, error.issues[0]?.path];
    }
    return undefined;
  };

  it('rejects bad definitions with INVALID_RULE, the rule id and the zod path', () => {
    expect(codeAndPath({ extends: 'existence', id: 'x', message: 'm', tokens: [] })).toEqual(['INVALID_RULE', 'x', ['tokens']]);
    expect(codeAndPath({ extends: 'existence', id: 'x', message: 'm', tokens: ['ok', ' '] })).toEqual(['INVALID_RULE', 'x', ['tokens', 1]]);
    expect(codeAndPath({ extends: 'substitution', id: 'y', message: 'm', swap: { a: 3 } })).toEqual(['INVALID_RULE', 'y', ['swap', 'a']]);
    expect(codeAndPath({ extends: 'occurrence', id: 'z', message: 'm', tokens: ['!'] })).toEqual(['INVALID_RULE', 'z', ['max']]);
    expect(codeAndPath({ extends: 'existence', id: 'x', message: 'm', tokens: ['a'], ignoreCase: true })).toEqual(['INVALID_RULE', 'x', []]);
    expect(codeAndPath({ extends: 'existence', id: 'x', message: 'm', tokens: ['a'], level: 'suggestion' })).toEqual(['INVALID_RULE', 'x', ['level']]);
    expect(codeAndPath({ extends: 'spelling', id: 'w', message: 'm' })).toEqual(['INVALID_RULE', 'w', ['extends']]);
    expect(codeAndPath({ extends: 'existence', message: 'm', tokens: ['a'] })).toEqual(['INVALID_RULE', undefined, ['id']]);
    expect(codeAndPath({ extends: 'existence', message: 'm', tokens: ['a'] }, 'from-file')).toBeUndefined();
  });

  it('loads a record keyed by id (one per file) and rejects duplicates', () => {
    const rules = loadDataRules({
      'ticket-speak': { extends: 'existence', message: 'Avoid `{{match}}`.', tokens: ['as per'], category: 'clarity', presets: ['recommended'] },
      shouting: { extends: 'occurrence', message: '{{count}} exclamation marks.', tokens: ['!'], max: 1, category: 'tone', level: 'info' },
    });
    expect(rules.map((r) => r.id)).toEqual(['ticket-speak', 'shouting']);
    const house = definePlugin({ namespace: 'house', rules });
    const result = analyze('As per the log, it works!!', { config: { plugins: [house], extends: ['plugin:house/recommended'], rules: { 'house/shouting': 'info' } } });
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.category])).toEqual([
      ['house/ticket-speak', 'warning', 'clarity'],
      ['house/shouting', 'info', 'tone'],
    ]);
    expect(() => loadDataRules([{ extends: 'existence', id: 'a', message: 'm', tokens: ['x'] }, { extends: 'existence', id: 'a', message: 'm', tokens: ['y'] }])).toThrow(/Duplicate data rule id "a"/);
  });
});
