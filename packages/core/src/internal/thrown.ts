import { isRapportError, type RapportError } from '../errors.js';

/**
 * Test helper: runs `run` and returns the `RapportError` it throws, so a test can assert on its
 * code, message and issue paths. Anything else thrown is rethrown; not throwing is an error.
 * Used by tests only; not exported from any entry point.
 */
export function thrown(run: () => unknown): RapportError {
  try {
    run();
  } catch (error) {
    if (isRapportError(error)) return error;
    throw error;
  }
  throw new Error('expected a RapportError');
}
