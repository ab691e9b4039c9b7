import { describe, expect, it } from 'vitest';
import { runDemo, wantsColor, type DemoCase } from './demo.js';

const report = runDemo({ color: false });
const byId = (id: string): DemoCase => {
  const found = report.cases.find((demoCase) => demoCase.replay.ticket.id === id);
  if (found === undefined) throw new Error(`no example ticket ${id}`);
  return found;
};
/** The report lines of one ticket, from its heading to the next blank line. */
const block = (id: string): string => {
  const start = report.text.indexOf(`── ${id} `);
  const end = report.text.indexOf('\n\n', start);
  return report.text.slice(start, end);
};

describe('the demo', () => {
  it('replays every example log without a refused event, to the expected state', () => {
    const states = Object.fromEntries(report.cases.map((c) => [c.replay.ticket.id, c.replay.ticket.status]));
    expect(states).toEqual({
      'T-1001': 'resolved',
      'T-1002': 'open',
      'T-1003': 'resolved',
      'T-1004': 'pending',
      'T-1005': 'resolved',
    });
    for (const demoCase of report.cases) expect(demoCase.replay.rejections).toEqual([]);
    expect(block('T-1004')).toMatch(/new Wed 10:05 → open Wed 10:20 → pending Wed 11:03/);
  });

  it('sees the chat password reset as transactional, as advised', () => {
    const chat = byId('T-1001');
    expect(chat.advice.model).toBe('transactional');
    expect(chat.observation.model).toBe('transactional');
    expect(chat.observation.mismatches).toEqual([]);
    expect(block('T-1001')).toContain('✓ the conversation uses the advised model');
  });

  it('flags the frustrated e-mail thread as interactive and suggests a call or a chat', () => {
    const email = byId('T-1002');
    expect(email.observation.model).toBe('interactive');
    expect(email.observation.mismatches.map((m) => m.kind)).toEqual(['too_slow']);
    expect(email.observation.waiting?.on).toBe('agent');
    const text = block('T-1002');
    expect(text).toContain('observed    interactive');
    expect(text).toMatch(/Offer a phone call or a chat/);
    expect(text).toContain('waiting     on the agent for 16 h 11 min');
  });

  it('sees the outage broadcast as linear and the quiet pending ticket as waiting on the customer', () => {
    expect(byId('T-1003').observation.model).toBe('linear');
    expect(byId('T-1003').advice.channels[0]).toBe('status_page');
    expect(block('T-1004')).toContain('waiting     on the customer for 4 d 22 h');
    // A solved ticket is not "waiting" on anyone.
    expect(block('T-1005')).not.toContain('waiting');
  });

  it('analyzes every public message against the message it answers', () => {
    const email = byId('T-1002');
    const publicMessages = email.replay.ticket.messages.filter((m) => m.visibility === 'public');
    expect(email.analysis.messages.map((m) => m.message.id)).toEqual(publicMessages.map((m) => m.id));
    // The agent's second reply (m5) answers the customer's latest message before it (m4).
    const reply = email.analysis.messages.find((m) => m.message.id === 'T-1002-m5');
    expect(reply?.message.role).toBe('agent');
    expect(email.analysis.messages[reply?.contextIndex ?? -1]?.message.id).toBe('T-1002-m4');
    expect(block('T-1002')).toMatch(/analysis {4}agent: /);
  });

  it('runs the SLA clocks in business hours and plans what happens next', () => {
    const email = byId('T-1002');
    const firstReply = email.sla.metrics.find((m) => m.metric === 'first_reply_time');
    expect(firstReply?.breaches).toBe(1);
    expect(block('T-1002')).toContain('first reply 4 h: missed (took 6 h 27 min)');
    expect(email.plan.followUps.map((f) => f.kind)).toContain('sla_breach');

    const kinds = (id: string) => byId(id).plan.followUps.map((f) => f.kind);
    expect(kinds('T-1004')).toEqual(['pending_reminder', 'pending_reminder', 'auto_resolve']);
    expect(kinds('T-1001')).toContain('satisfaction_survey');
    expect(block('T-1004')).toMatch(/follow-ups {2}Thu 11:03 {2}pending reminder → requester/);
  });

  it('ends with an aligned summary table', () => {
    const summary = report.text.slice(report.text.indexOf('Summary'));
    const rows = summary.split('\n').slice(1, 7);
    expect(rows[0]).toMatch(/^ {2}ticket +status +advised +observed +fit$/);
    expect(rows[2]).toMatch(/^ {2}T-1002 +open +transactional +interactive +too_slow$/);
    // Every row starts its "advised" cell under the "advised" heading.
    const column = rows[0]?.indexOf('advised') ?? -1;
    for (const line of rows.slice(1)) expect(line.slice(column)).toMatch(/^(linear|interactive|transactional) /);
  });

  it('is deterministic, short, and plain without colour', () => {
    expect(runDemo({ color: false }).text).toBe(report.text);
    expect(report.text.split('\n').length).toBeLessThanOrEqual(150);
    expect(report.text).not.toContain('\u001b[');
    expect(runDemo({ color: true }).text).toContain('\u001b[1m');
  });

  it('colours only a terminal, and never with NO_COLOR set', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({}, {})).toBe(false);
  });
});
