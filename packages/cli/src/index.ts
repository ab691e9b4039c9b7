/**
 * `@rapport/cli`: the `rapport` command. Use the executable (`rapport check`, `rapport analyze`);
 * embed it in your own tooling with {@link run}.
 *
 * @packageDocumentation
 * @module @rapport/cli
 */
export { run } from './main.js';
export type { CliIo } from './io.js';
