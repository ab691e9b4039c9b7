/**
 * `@rapport/core/model`.
 *
 * @packageDocumentation
 */
export {};
