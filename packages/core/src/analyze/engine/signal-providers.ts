import { scorePoliteness } from '../learned/politeness.js';
import { scoreSentiment } from '../learned/sentiment.js';
import type { SignalProviders } from './lazy-signals.js';

/**
 * The signal functions wired into every analysis. Each lives in `../signals/` (rule-based) or
 * `../learned/` (trained) and is a pure function of the text view and the environment.
 */
export const defaultSignalProviders: SignalProviders = {
  sentiment: (view) => scoreSentiment(view),
  politeness: (view) => scorePoliteness(view),
};
