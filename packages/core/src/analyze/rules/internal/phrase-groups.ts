import { phraseList, type PhraseList } from './pack-phrases.js';

/** A phrase list registered from named groups, with each phrase's group. */
export interface PhraseGroups<G extends string> extends PhraseList {
  /** The phrases in registration order; a match's `phraseIndex` indexes this array. */
  readonly phrases: readonly string[];
  /** The group of each phrase, by the same index. */
  readonly groupOf: readonly G[];
}

/**
 * Registers the phrases of `groups` (`{ group: [phrase, …] }`, a word list's usual shape) as one
 * list for the pack's shared scan, group after group in the record's order, so a match tells
 * which group its phrase came from.
 */
export function phraseGroups<G extends string>(groups: Readonly<Record<G, readonly string[]>>): PhraseGroups<G> {
  const phrases: string[] = [];
  const groupOf: G[] = [];
  for (const [group, list] of Object.entries(groups) as [G, readonly string[]][]) {
    for (const phrase of list) {
      phrases.push(phrase);
      groupOf.push(group);
    }
  }
  return { ...phraseList(phrases), phrases, groupOf };
}
