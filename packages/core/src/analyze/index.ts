/**
 * `@rapport/core/analyze`.
 *
 * @packageDocumentation
 */
export {};
