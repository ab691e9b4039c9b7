import type { TextEdit } from '../types.js';

/**
 * Applies edits (a suggestion's `edits`) to the text they were computed for.
 *
 * When to use: when the user accepts a suggestion in an editor, or to preview it.
 *
 * Details: the edits must be non-overlapping and in text order (suggestions from `analyze` always
 * are); the ranges are UTF-16, end-exclusive offsets into `text`. Pure; returns the new string.
 *
 * @example
 * ```ts
 * import { analyze, applyEdits } from '@rapport/core/analyze';
 *
 * const text = 'Please utilize the portal.';
 * const suggestion = analyze(text).findings[0]?.suggestions[0];
 * if (suggestion) applyEdits(text, suggestion.edits);
 * applyEdits('Hi there', [{ range: [0, 2], text: 'Hello' }]); // 'Hello there'
 * ```
 * @since 0.1.0
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += text.slice(last, edit.range[0]) + edit.text;
    last = edit.range[1];
  }
  return out + text.slice(last);
}
