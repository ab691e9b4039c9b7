import { describe, expect, it } from 'vitest';
import { bestTime } from '../../internal/best-time.js';
import { createTextView } from '../text/text-view.js';
import { scoreEgoState } from './ego-state.js';
import { scoreFrustration } from './frustration.js';
import { scorePoliteness } from './politeness.js';
import { findQuestionTypes } from './question-type.js';
import { scoreSentiment } from './sentiment.js';

/** All five learned signals, as `analyze()` computes them. */
function all(text: string): void {
  const view = createTextView(text);
  const s = scoreSentiment(view).score;
  scoreFrustration(view, { sentiment: s });
  scorePoliteness(view);
  findQuestionTypes(view);
  scoreEgoState(view, { sentiment: s });
}

/** Best of three timed runs after a warm-up: one GC pause or a busy neighbour must not decide it. */
function time(text: string): number {
  all(text); // warm up
  return bestTime(() => all(text));
}

// Inputs shaped to hit each loop that looks at a sentence, a clause or the cue list.
const shapes: Record<string, (n: number) => string> = {
  'one long sentence of sentiment words with a persistence word': (n) => 'still bad '.repeat(n / 10),
  'many questions with cue phrases': (n) => 'Can you tell me what happened? '.repeat(n / 31),
  'one question of clause marks and leads': (n) => `${'ok, so, '.repeat(n / 8)}what?`,
  'repeated apology without sentence ends': (n) => "I'm sorry ".repeat(n / 10),
  'indirect questions': (n) => "I'm wondering whether it works. ".repeat(n / 32),
  'exclamation runs between words': (n) => 'great!!!!!!!! '.repeat(n / 14),
};

describe('learned signals stay linear in the text', () => {
  for (const [name, make] of Object.entries(shapes)) {
    it(`${name}: 10x the input takes well under 100x the time`, () => {
      const small = time(make(20_000));
      const large = time(make(200_000));
      expect(large / Math.max(small, 0.5)).toBeLessThan(40);
    });
  }
});
