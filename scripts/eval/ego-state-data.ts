/** Loader for the team-labeled ego-state set (`scripts/eval/data/ego-state-labeled.jsonl`). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EGO_STATES, type EgoStateName } from '../../packages/core/src/analyze/learned/internal/ego-state-features.js';
import { repoRoot } from './shared-data.js';

/** One labeled message. */
export interface EgoStateRow {
  readonly id: string;
  /**
   * `holdout`: labeled before any model code existed; `dev`: used to build and fit the model;
   * `fresh`: written and labeled after the first model was frozen, then scored;
   * `fresh2`: written and labeled after the second model was frozen, then scored.
   */
  readonly split: 'holdout' | 'dev' | 'fresh' | 'fresh2';
  readonly role: 'agent' | 'customer';
  readonly text: string;
  readonly label: EgoStateName;
  /** Customer messages only: 0 none, 1 some, 2 high. */
  readonly frustration?: 0 | 1 | 2;
}

/** The file, inside the repository (team-written, so it ships with the repo). */
export const egoStateFile = resolve(repoRoot, 'scripts/eval/data/ego-state-labeled.jsonl');

/** Loads and checks every line. */
export function loadEgoStates(file: string = egoStateFile): EgoStateRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((line, k) => {
      const o = JSON.parse(line) as Partial<EgoStateRow>;
      const ok =
        typeof o.id === 'string' && (o.split === 'holdout' || o.split === 'dev' || o.split === 'fresh' || o.split === 'fresh2') && (o.role === 'agent' || o.role === 'customer') &&
        typeof o.text === 'string' && EGO_STATES.includes(o.label as EgoStateName) &&
        (o.role === 'agent' ? o.frustration === undefined : o.frustration === 0 || o.frustration === 1 || o.frustration === 2);
      if (!ok) throw new Error(`${file}:${k + 1}: malformed labeled row`);
      return o as EgoStateRow;
    });
}
