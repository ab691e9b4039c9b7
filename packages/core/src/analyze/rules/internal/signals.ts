import type { DetectedQuestion } from '../../signals/questions.js';
import type { TextView } from '../../text/text-view.js';
import type { AnalyzeSignals } from '../../types.js';
import { questionsOf } from './context-questions.js';

/**
 * The analyzed message's questions from the shared signals, or computed here when the engine does
 * not provide them (a custom engine set-up).
 */
export function messageQuestions(signals: AnalyzeSignals, view: TextView): readonly DetectedQuestion[] {
  const qs = (signals as Partial<AnalyzeSignals>).questions as readonly DetectedQuestion[] | undefined;
  return qs ?? questionsOf(view);
}
