import { egoStateCriticalParent, egoStateNurturingParent, egoStateAdaptedChild } from '../../data/en/index.js';
import { phraseGroups } from './phrase-groups.js';
import type { TextView, Token } from '../../text/text-view.js';
import { anyMasked } from './skip-mask.js';
import { viewCache } from './view-cache.js';

/** The ego states the wording rules report (Transactional Analysis). */
export type EgoSpanState = 'criticalParent' | 'nurturingParent' | 'adaptedChild';

/** One Parent or Child phrase in a text. */
export interface EgoSpan {
  readonly state: EgoSpanState;
  readonly firstToken: number;
  readonly endToken: number;
  readonly start: number;
  readonly end: number;
}

const matcher = phraseGroups<EgoSpanState>({ criticalParent: egoStateCriticalParent, nurturingParent: egoStateNurturingParent, adaptedChild: egoStateAdaptedChild });

const PET_NAMES = new Set(['sweetie', 'sweetheart', 'honey', 'hun', 'hon', 'darling', 'dearie', 'sweetpea', 'kiddo']);
const ADDRESS_LEADS = new Set(['oh', 'ok', 'okay', 'thanks', 'thank', 'yes', 'no', 'hi', 'hey', 'hello', 'there', 'now', 'listen', 'look', 'sorry', 'you']);
const SHOULD_HAVE = new Set(['you should have', "you shouldn't have", 'you should not have']);
const ADDRESSED_START = new Set(['you', "you'd", 'how', 'why', 'what', "don't", 'do', 'i', "i've", 'it', 'that']);
const WRITER = new Set(['i', 'we', "i'm", "we're", "i'll", "we'll", "i'd", "we'd", "let's", 'me', 'myself']);

/** Whether one of the three words before token `i` makes the writer the subject. */
function aboutWriter(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== ',') return false;
    if (WRITER.has(t.lower)) return true;
  }
  return false;
}

const SELF_BEFORE_NEVER = new Set(['i', 'we', 'would', "i'd", "we'd", 'will', "i'll", "we'll", 'could', 'can']);

/** The Parent and Child phrases of `view` outside quotes and code, computed once per view. */
export const egoSpans = viewCache((view: TextView): readonly EgoSpan[] => {
  const out: EgoSpan[] = [];
  const tokens = view.tokens;
  for (const m of matcher.find(view)) {
    if (anyMasked(view, m.firstToken, m.endToken)) continue;
    const first = tokens[m.firstToken] as Token;
    const before = m.firstToken > 0 ? tokens[m.firstToken - 1] : undefined;
    const after = tokens[m.endToken];
    // A pet name only condescends when it addresses someone ("…, sweetie."), not in "hunting honey".
    if (PET_NAMES.has(first.lower) && m.endToken - m.firstToken === 1) {
      const addressed = (before === undefined || before.kind !== 'word' || ADDRESS_LEADS.has(before.lower)) || after === undefined || after.kind !== 'word';
      if (!addressed) continue;
    }
    // "You shouldn't have to put up with that" is sympathy, not a judgement.
    if (SHOULD_HAVE.has(matcher.phrases[m.phraseIndex] as string) && after !== undefined && after.lower === 'to') continue;
    // "I would never do that", "I suppose I should pay attention": about the writer, not the reader.
    if (first.lower === 'never' && before !== undefined && SELF_BEFORE_NEVER.has(before.lower)) continue;
    const state = matcher.groupOf[m.phraseIndex] as EgoSpanState;
    if (state === 'criticalParent' && !ADDRESSED_START.has(first.lower) && aboutWriter(tokens, m.firstToken)) continue;
    out.push({ state, firstToken: m.firstToken, endToken: m.endToken, start: m.start, end: m.end });
  }
  return out;
});
