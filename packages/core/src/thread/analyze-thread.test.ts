import { describe, expect, it } from 'vitest';
import { isRapportError } from '../errors.js';
import { analyze } from '../analyze/analyze.js';
import { analyzeThread, type ThreadCheck } from './analyze-thread.js';
import { definePlugin } from '../analyze/define-plugin.js';
import { defineRule } from '../analyze/define-rule.js';

// Reports when the reply shares no word of four letters or more with its context.
const picksUp = defineRule({
  id: 'picks-up',
  meta: { description: 'Pick up a word of the message answered.', category: 'listening', messages: { none: 'Nothing picked up from "{{first}}".' }, needsContext: true, roles: ['agent'] },
  check(ctx) {
    const theirs = new Set(ctx.context?.tokens.filter((t) => t.text.length > 3).map((t) => t.lower));
    if (!ctx.view.tokens.some((t) => theirs.has(t.lower))) {
      ctx.report({ messageId: 'none', range: [0, ctx.text.length], data: { first: ctx.context?.tokens[0]?.text ?? '' } });
    }
  },
});
const config = { plugins: [definePlugin({ namespace: 't', rules: [picksUp] })], rules: { 't/picks-up': 'warning' } } as const;

describe('analyzeThread', () => {
  it('gives each message the latest earlier message of the other role as context', () => {
    const { messages, agentScores } = analyzeThread(
      [
        { role: 'customer', text: 'Printer offline again.' },
        { role: 'customer', text: 'Scanner too.' },
        { role: 'agent', text: 'The scanner driver is reinstalled.' },
        { role: 'agent', text: 'Anything else?' },
        { role: 'customer', text: 'No, thanks.' },
      ],
      { config },
    );
    expect(messages.map((m) => m.contextIndex)).toEqual([undefined, undefined, 1, 1, 3]);
    expect(messages[2]?.result.findings).toEqual([]);
    expect(messages[3]?.result.findings.map((f) => f.message)).toEqual(['Nothing picked up from "Scanner".']);
    expect(agentScores.listening).toBeCloseTo((1 + 0.75) / 2);
    expect(agentScores.empathy).toBeNull();
  });

  it('runs thread checks and turns a throwing check into a diagnostic', () => {
    const lastWordFromAgent: ThreadCheck = {
      id: 'last-word',
      check: (messages) => {
        const last = messages[messages.length - 1];
        return last && last.message.role === 'customer' ? [{ message: 'The customer had the last word.', severity: 'info', messageIndex: last.index }] : [];
      },
    };
    const broken: ThreadCheck = { id: 'broken', check: () => { throw new Error('nope'); } };
    const result = analyzeThread([{ role: 'agent', text: 'Done.' }, { role: 'customer', text: 'Still broken.' }], { config, checks: [lastWordFromAgent, broken] });
    expect(result.findings).toEqual([{ checkId: 'last-word', message: 'The customer had the last word.', severity: 'info', messageIndex: 1 }]);
    expect(result.diagnostics).toEqual([{ checkId: 'broken', message: 'nope' }]);
  });

  it('gives the same per-message results as analyze() with the context text (views are reused, not changed)', () => {
    const thread = [
      { role: 'customer' as const, text: 'My VPN drops every hour since the update. What should I do?', at: '2025-03-03T08:10:00Z' },
      { role: 'agent' as const, text: 'Hi Sam, sorry about that! Just reinstall the VPN client; I will check back by 3 pm today.', at: '2025-03-03T08:25:00Z' },
      { role: 'customer' as const, text: 'STILL BROKEN!!! This is the third time.', at: '2025-03-03T15:10:00Z' },
      { role: 'agent' as const, text: 'I understand. I have escalated it to the network team.', at: '2025-03-03T15:20:00Z' },
    ];
    const { messages } = analyzeThread(thread, { timeZone: 'Europe/Berlin' });
    messages.forEach((m, i) => {
      const context = m.contextIndex === undefined ? undefined : thread[m.contextIndex]?.text;
      const alone = analyze(thread[i]!.text, {
        role: thread[i]!.role,
        now: thread[i]!.at,
        timeZone: 'Europe/Berlin',
        ...(context === undefined ? {} : { context }),
      });
      expect(m.result.findings).toEqual(alone.findings);
      expect(m.result.scorecard).toEqual(alone.scorecard);
      expect(JSON.parse(JSON.stringify(m.result.signals))).toEqual(JSON.parse(JSON.stringify(alone.signals)));
    });
    expect(messages.some((m) => m.result.findings.length > 0)).toBe(true);
  });

  it('rejects a malformed thread with INVALID_THREAD and the path', () => {
    try {
      analyzeThread([{ role: 'agent', text: 'ok' }, { role: 'bot', text: 'x' }] as never);
      expect.unreachable();
    } catch (error) {
      expect(isRapportError(error) && [error.code, error.issues[0]?.path]).toEqual(['INVALID_THREAD', [1, 'role']]);
    }
  });
});
