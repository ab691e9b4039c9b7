/**
 * A mistake in how the command was called (unknown flag, no files matched, unreadable config).
 * `rapport` prints its message and exits with code 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
