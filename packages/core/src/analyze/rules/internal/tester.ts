/**
 * The rule tester set up for the built-in rules: vitest's `describe`/`it`, and the repository's
 * `docs/rules/` so a rule without a doc page fails its meta test. Test-only.
 */
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { RuleTester } from '@rapport/rule-tester';

export const docsDir = fileURLToPath(new URL('../../../../../../docs/rules/', import.meta.url));

export const tester = new RuleTester({ describe, it, docsDir });
