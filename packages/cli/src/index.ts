/**
 * `@rapport/cli`: The rapport command: lint replies and macros, analyze exports in batch.
 *
 * @packageDocumentation
 */
export {};
