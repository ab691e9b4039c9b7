/**
 * `@rapport/core/schedule`.
 *
 * @packageDocumentation
 */
export {};
