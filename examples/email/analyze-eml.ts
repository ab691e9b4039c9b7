/**
 * Reads a `.eml` file, separates the customer's visible reply from the quoted history and the
 * signature, and prints the analysis of that reply (role `customer`, channel `email`, with the
 * quoted agent message as context).
 *
 *   pnpm exec tsx --conditions=@rapport/source examples/email/analyze-eml.ts [file.eml]
 *
 * Defaults to `examples/email/support-reply.eml`.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '@rapport/core/analyze';
// The root package does not depend on @rapport/email, so the example imports its sources by path;
// in your project write `import { parseEmail } from '@rapport/email'`.
import { parseEmail } from '../../packages/email/src/index.js';

const file = process.argv[2] ?? new URL('./support-reply.eml', import.meta.url).pathname;
const email = await parseEmail(readFileSync(file));

console.log(`From:    ${email.from ? `${email.from.name} <${email.from.address}>` : '(unknown)'}`);
console.log(`Subject: ${email.subject}`);
console.log(`Date:    ${email.date ?? '(none)'}`);
console.log(`Thread:  ${[...email.references, email.messageId ?? '(no Message-ID)'].join(' -> ')}`);
for (const warning of email.warnings) console.log(`warning: ${warning.code}: ${warning.message}`);
console.log('\nFragments:');
for (const f of email.reply.fragments) {
  const first = f.text.split('\n').find((l) => l.trim() !== '') ?? '';
  console.log(`  ${f.kind.padEnd(9)} ${f.hidden ? 'hidden ' : 'visible'}  ${first.slice(0, 60)}`);
}
console.log(`\nVisible reply:\n${email.reply.visibleText}\n`);

// The agent's quoted message is the context the customer answered.
const context = email.reply.fragments
  .filter((f) => f.kind === 'quote')
  .map((f) => f.text.split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^>+ ?/u, '')).join('\n'))
  .join('\n')
  .trim();
const result = analyze(email.reply.replyText, { role: 'customer', channel: 'email', ...(context !== '' ? { context } : {}) });

console.log('Analysis of the visible reply:');
if (result.findings.length === 0) console.log('  no findings');
for (const f of result.findings) console.log(`  ${f.severity.padEnd(7)} ${f.ruleId}: ${f.message} ("${f.actual}")`);
const scored = Object.entries(result.scorecard).filter(([, s]) => s.score !== null);
console.log(`  scorecard: ${scored.map(([k, s]) => `${k} ${s.score?.toFixed(2)}`).join(', ') || '(no category applies)'}`);
// Signals are computed on first read; older analyzer builds may not provide all of them.
const signals = result.signals as Partial<typeof result.signals> | undefined;
if (signals?.readability) console.log(`  ${signals.readability.words} words, ${signals.readability.sentences} sentences`);
if (signals?.questions) console.log(`  ${signals.questions.length} question(s) asked`);
for (const d of result.diagnostics) console.log(`  diagnostic: ${JSON.stringify(d)}`);
