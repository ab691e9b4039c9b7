/**
 * `@rapport/core`: IT service-communication primitives. Every subpath entry point
 * (`@rapport/core/ticket`, `/model`, `/analyze`, `/thread`, `/schedule`) is re-exported here; import the
 * subpath to keep a browser bundle to what it uses.
 *
 * @packageDocumentation
 * @module @rapport/core
 */
export { RapportError, isRapportError } from './errors.js';
export type { RapportErrorCode, RapportIssue, RapportErrorDetails } from './errors.js';
export * from './ticket/index.js';
export * from './model/index.js';
export * from './analyze/index.js';
export * from './thread/index.js';
export * from './schedule/index.js';
