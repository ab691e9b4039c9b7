import { readability } from '../signals/readability.js';
import { scorePoliteness } from '../learned/politeness.js';
import { scoreSentiment } from '../learned/sentiment.js';
import { findCommitments } from '../signals/commitments.js';
import { findQuestions } from '../signals/questions.js';
import { scoreEgoState } from '../learned/ego-state.js';
import { scoreFrustration } from '../learned/frustration.js';
import type { SignalProviders } from './lazy-signals.js';
// (Imports in the order that compressed best in a bundle, as in `rules/index.ts`.)

/**
 * The signal functions wired into every analysis. Each lives in `../signals/` (rule-based) or
 * `../learned/` (trained) and is a pure function of the text view and the environment.
 */
export const defaultSignalProviders: SignalProviders = {
  readability: (view) => readability(view),
  questions: (view) => findQuestions(view),
  commitments: (view, env) => findCommitments(view, { now: env.now, timeZone: env.timeZone }),
  sentiment: (view) => scoreSentiment(view),
  politeness: (view) => scorePoliteness(view),
  frustration: (view, _env, signals) => scoreFrustration(view, { sentiment: signals.sentiment.score }),
  egoState: (view, _env, signals) => scoreEgoState(view, { sentiment: signals.sentiment.score }),
};
