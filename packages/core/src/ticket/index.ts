/**
 * `@rapport/core/ticket`.
 *
 * @packageDocumentation
 */
export {};
