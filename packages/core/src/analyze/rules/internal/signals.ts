import { findCommitments, type DetectedCommitment } from '../../signals/commitments.js';
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

/** The analyzed message's commitments from the shared signals, or computed here without `due`. */
export function messageCommitments(signals: AnalyzeSignals, view: TextView): readonly Pick<DetectedCommitment, 'range' | 'phrase' | 'vague'>[] {
  const cs = (signals as Partial<AnalyzeSignals>).commitments as readonly (Partial<DetectedCommitment> & Pick<DetectedCommitment, 'range' | 'phrase'>)[] | undefined;
  if (cs === undefined) return findCommitments(view);
  if (cs.length === 0) return NONE;
  return cs.map((c) => ({ range: c.range, phrase: c.phrase, vague: c.vague ?? (c.due === undefined && isVaguePhrase(c.phrase)) }));
}

const NONE: readonly Pick<DetectedCommitment, 'range' | 'phrase' | 'vague'>[] = Object.freeze([]);

const VAGUE_WORDS = new Set(['soon', 'shortly', 'asap', 'possible', 'momentarily', 'while', 'bit', 'later', 'course']);

function isVaguePhrase(phrase: string): boolean {
  for (const w of phrase.toLowerCase().split(' ')) if (VAGUE_WORDS.has(w)) return true;
  return false;
}
