/**
 * Throughput of the built-in English rule pack on the shared corpus, rule by rule, measured against
 * the bare tokenizer in the same run (the machine's speed cancels out in the ratio).
 *
 * - recommended: the rules of the `recommended` preset, as agent replies (the goal's workload);
 * - whole pack: every built-in rule (the `strict` set), as agent replies, as customer messages,
 *   and as agent replies with the message itself as `context` so the context rules run too;
 * - per rule: an analyzer with that one rule, minus an analyzer with no rules (engine overhead),
 *   in microseconds per message.
 *
 * Figures are printed, never asserted. Reproduce: `pnpm exec tsx --conditions=@rapport/source scripts/bench/rule-pack.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createAnalyzer, createTextView, definePlugin, type Analyzer, type Rule } from '@rapport/core/analyze';
import { builtinRules } from '../../packages/core/src/analyze/rules/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusPath = resolve(root, '..', 'shared', 'bench', 'corpus.jsonl');
if (!existsSync(corpusPath)) {
  console.warn(`SKIP rule-pack bench: ${corpusPath} is absent`);
  process.exit(0);
}
const messages = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);

function analyzerOf(rules: readonly Rule[]): Analyzer {
  const plugin = definePlugin({ namespace: 'b', rules });
  return createAnalyzer({ plugins: [plugin], rules: Object.fromEntries(rules.map((r) => [`b/${r.id}`, 'warning'])) });
}

let sink = 0;
/** Median messages per second over `rounds` passes after a warm-up pass. */
function rate(fn: (text: string) => void, rounds = 5): number {
  for (const m of messages) fn(m);
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (const m of messages) fn(m);
    rates.push(messages.length / ((performance.now() - t0) / 1000));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] as number;
}
const us = (perSecond: number) => 1e6 / perSecond;

const pack = analyzerOf(builtinRules);
const recommended = analyzerOf(builtinRules.filter((r) => r.meta.presets?.includes('recommended')));
const empty = analyzerOf([]);
const tokenizer = rate((t) => (sink += createTextView(t).tokens.length), 7);
const engineOnly = rate((t) => (sink += empty.analyze(t, { role: 'agent' }).findings.length), 7);
const agent = rate((t) => (sink += pack.analyze(t, { role: 'agent' }).findings.length), 7);
const agentRecommended = rate((t) => (sink += recommended.analyze(t, { role: 'agent' }).findings.length), 7);
const customer = rate((t) => (sink += pack.analyze(t, { role: 'customer' }).findings.length), 7);
const withContext = rate((t) => (sink += pack.analyze(t, { role: 'agent', context: t, channel: 'email' }).findings.length), 5);

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(9);
console.log(`corpus: ${messages.length} messages`);
console.log('messages/s (median)            rate   µs/msg   × tokenizer time');
for (const [name, r] of [
  ['tokenizer only (baseline)', tokenizer],
  ['engine, no rules', engineOnly],
  ['recommended, agent replies', agentRecommended],
  ['whole pack, agent replies', agent],
  ['whole pack, customer msgs', customer],
  ['whole pack, agent + context', withContext],
] as const) {
  console.log(`  ${name.padEnd(28)} ${fmt(r)}  ${us(r).toFixed(1).padStart(6)}   ${(tokenizer / r).toFixed(2)}`);
}
console.log(`  goal ≥ 50,000 messages/s (recommended, agent replies): ${agentRecommended >= 50_000 ? 'met' : 'NOT met'} on this machine`);

console.log('\nper rule, µs per message above the engine with no rules (agent role, with context; customer rules as customer)');
const rows = builtinRules.map((rule) => {
  const one = analyzerOf([rule]);
  const role = rule.meta.roles?.includes('customer') ? 'customer' : 'agent';
  const r = rate((t) => (sink += one.analyze(t, { role, context: t, channel: 'email' }).findings.length), 3);
  const base = rate((t) => (sink += empty.analyze(t, { role, context: t, channel: 'email' }).findings.length), 3);
  return { id: rule.id, cost: Math.max(0, us(r) - us(base)) };
});
rows.sort((a, b) => b.cost - a.cost);
for (const row of rows) console.log(`  ${row.id.padEnd(26)} ${row.cost.toFixed(2).padStart(6)} µs`);
if (sink === -1) console.log('');
