import { channelDefaultModel } from '../channel-model.js';
import { channelSchema } from '../../ticket/index.js';
import type { ModelAdviceTable } from '../model-advice-table.js';

const cell = (text: string): string => text.replaceAll('|', '\\|');
const code = (text: string): string => `\`${text}\``;

/**
 * Renders the advice table and the channel defaults as the Markdown that
 * `docs/concepts/communication-models.md` carries between its `advice-table` markers. A test
 * compares the two, so the page cannot drift from the code.
 */
export function adviceTableMarkdown(table: ModelAdviceTable): string {
  const lines: string[] = [];
  lines.push('#### 1. Purpose rows', '');
  lines.push('| purpose | starting model | usual feedback need | principle |');
  lines.push('| --- | --- | --- | --- |');
  for (const row of table.purposes) {
    lines.push(`| ${code(row.purpose)} | ${row.model} | ${code(row.feedback)} | ${cell(row.principle)} |`);
  }
  lines.push('', '#### 2. Adjustment rules (top to bottom)', '');
  lines.push('| id | applies when | effect | principle |');
  lines.push('| --- | --- | --- | --- |');
  for (const rule of table.rules) {
    const effect =
      rule.effect.kind === 'note'
        ? 'note only'
        : `${rule.effect.kind === 'at_least' ? 'at least' : 'at most'} ${rule.effect.model}`;
    lines.push(`| ${code(rule.id)} | ${cell(rule.when)} | ${effect} | ${cell(rule.principle)} |`);
  }
  lines.push('', '#### 3. Channel rows (first match for the model wins)', '');
  lines.push('| id | model | applies when | channels, best first | why |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const row of table.channels) {
    const channels = row.channels.map(code).join(', ');
    lines.push(`| ${code(row.id)} | ${row.model} | ${cell(row.when)} | ${channels} | ${cell(row.principle)} |`);
  }
  lines.push('', '#### Channel defaults', '');
  lines.push('| channel | default model |');
  lines.push('| --- | --- |');
  for (const channel of channelSchema.options) {
    lines.push(`| ${code(channel)} | ${channelDefaultModel(channel)} |`);
  }
  return lines.join('\n');
}
