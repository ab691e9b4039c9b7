import { empathyScripted, empathyTemplates } from '../data/en/index.js';
import { builtinRule } from './internal/builtin-rule.js';
import { phraseGroups } from './internal/phrase-groups.js';
import type { Sentence, Token } from '../text/text-view.js';
import type { Suggestion } from '../types.js';
import { matchCase, sentenceIndexOf } from './internal/edits.js';
import { clauseContinues } from './internal/lexicon.js';
import { reportPhrase } from './internal/report-phrase.js';
import { unmasked } from './internal/skip-mask.js';

type Kind = 'apology' | 'understanding' | 'valuing';

// Groups are kinds; a `.bare` group's formulas are generic only when nothing follows in their clause.
const matcher = phraseGroups(empathyScripted);
// Words before a formula that belong to it ("I'm so sorry…", "We would like to apologize…").
const LEAD = new Set(["i'm", 'i', 'am', "we're", 'we', 'are', 'so', 'very', 'really', 'truly', 'deeply', 'sincerely', 'terribly', 'extremely', 'do', 'would', 'like', 'to', "we'd", "i'd", 'again']);
// Words after an "inconvenience" formula that belong to it ("…this may have caused").
const TAIL = new Set(['caused', 'causes', 'cause', 'this', 'that', 'it', 'may', 'might', 'have', 'has', 'you', 'we', 'been', 'will']);

/**
 * `no-scripted-empathy`: stock empathy formulas that read as insincere ("sorry for any
 * inconvenience", "I understand your frustration.", "your call is important to us").
 *
 * When to use: on agent replies (enabled in `recommended`), especially in canned responses.
 *
 * Details: formulas come from `data/en/empathy.json`, grouped as apologies, claims of
 * understanding and corporate valuing. Those that are fine when the sentence goes on to name the
 * customer's situation ("sorry to hear that your laptop died before the demo") are reported only
 * when they end the clause. Apologies and claims of understanding get a fill-in template that
 * names the specific situation; a valuing formula that is a whole sentence gets a suggestion to
 * delete it. Quoted text is not reported.
 *
 * @example
 * ```ts
 * import { analyze } from '@rapport/core/analyze';
 *
 * const { findings } = analyze('We apologize for any inconvenience.', { config: { rules: { 'no-scripted-empathy': 'warning' } } });
 * findings[0]?.messageId; // 'apology'
 * ```
 * @since 0.1.0
 */
export const noScriptedEmpathy = builtinRule({
  id: 'no-scripted-empathy',
  meta: {
    description: 'Specific acknowledgement of the customer’s situation instead of stock empathy formulas.',
    category: 'empathy',
    messages: {
      apology: '“{{phrase}}” is a stock apology that can read as insincere; name what went wrong for this customer.',
      understanding: '“{{phrase}}” claims empathy without showing it; say what you understand about their situation.',
      valuing: '“{{phrase}}” is a corporate formula that says nothing about this customer; leave it out or say something specific.',
      useTemplate: 'Replace with a specific acknowledgement',
      removeSentence: 'Remove the sentence',
    },
    defaultSeverity: 'warning',
    roles: ['agent'],
    presets: ['recommended', 'strict'],
  },
  check(ctx) {
    const view = ctx.view;
    const tokens = view.tokens;
    for (const m of unmasked(matcher.find(view), view)) {
      const group = matcher.groupOf[m.phraseIndex] as string;
      const kind = group.replace('.bare', '') as Kind;
      const si = sentenceIndexOf(view, m.firstToken);
      const sentence = view.sentences[si] as Sentence;
      let end = m.endToken;
      if ((matcher.phrases[m.phraseIndex] as string).endsWith('inconvenience')) {
        while (end < sentence.endToken && (tokens[end] as Token).kind === 'word' && TAIL.has((tokens[end] as Token).lower)) end++;
      }
      if (group !== kind && clauseContinues(view, end, sentence.endToken)) continue;
      let first = m.firstToken;
      while (first > sentence.firstToken && (tokens[first - 1] as Token).kind === 'word' && LEAD.has((tokens[first - 1] as Token).lower)) first--;
      const start = (tokens[first] as Token).start;
      const stop = (tokens[end - 1] as Token).end;
      let suggestions: Suggestion[] | undefined;
      if (kind === 'valuing') {
        // The formula is the whole sentence (give or take its full stop): delete the sentence.
        let k = end;
        while (k < sentence.endToken && (tokens[k] as Token).kind === 'punct') k++;
        if (first === sentence.firstToken && k >= sentence.endToken && (end === sentence.endToken || (tokens[end] as Token).kind === 'punct')) {
          suggestions = [{ desc: 'removeSentence', edits: [{ range: [sentence.start, view.sentences[si + 1]?.start ?? sentence.end], text: '' }] }];
        }
      } else {
        suggestions = [{ desc: 'useTemplate', edits: [{ range: [start, stop], text: matchCase(ctx.text.slice(start, stop), empathyTemplates[kind]) }] }];
      }
      reportPhrase(ctx, kind, start, stop, suggestions);
    }
  },
});
