import { findQuestions, type DetectedQuestion } from '../../signals/questions.js';
import type { TextView } from '../../text/text-view.js';

const cache = new WeakMap<TextView, readonly DetectedQuestion[]>();

/** The questions of a view that is not the analyzed message (the customer's `context`), cached. */
export function questionsOf(view: TextView): readonly DetectedQuestion[] {
  let qs = cache.get(view);
  if (qs === undefined) {
    qs = findQuestions(view);
    cache.set(view, qs);
  }
  return qs;
}
