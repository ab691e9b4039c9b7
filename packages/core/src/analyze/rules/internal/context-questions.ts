import { findQuestions, type DetectedQuestion } from '../../signals/questions.js';
import type { TextView } from '../../text/text-view.js';
import { viewCache } from './view-cache.js';

/** The questions of a view that is not the analyzed message (the customer's `context`), cached. */
export const questionsOf = viewCache((view: TextView): readonly DetectedQuestion[] => findQuestions(view));
