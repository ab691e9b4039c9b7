import { messageSchema } from '@rapport/core/ticket';
import { describe, expect, it } from 'vitest';
import { normalizeSubject } from './normalize-subject.js';
import { parseEmail } from './parse-email.js';
import { threadEmails } from './thread-emails.js';
import { threadToMessages } from './thread-to-messages.js';

const mail = (headers: Record<string, string>, body: string) =>
  parseEmail(`${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);

describe('normalizeSubject', () => {
  it('strips reply and forward prefixes in many languages, counts and list tags', () => {
    expect(normalizeSubject('RE: AW: [it-help] Fwd:  VPN drops')).toBe('VPN drops');
    expect(normalizeSubject('Re[2]: SV: VS: Ynt: 回复: Drucker')).toBe('Drucker');
    expect(normalizeSubject('Report: Q1 numbers')).toBe('Report: Q1 numbers');
  });
});

describe('threadEmails and threadToMessages', () => {
  it('groups by the reference chain, also through a message missing from the batch, and orders by date', async () => {
    const a = await mail({ 'Message-ID': '<a@ex.com>', From: 'Ann <ann@ex.com>', To: 'help@acme.test', Subject: 'VPN', Date: 'Tue, 4 Mar 2025 09:00:00 +0000' }, 'VPN is down.');
    const c = await mail({ 'Message-ID': '<c@ex.com>', From: 'ann@ex.com', To: 'help@acme.test', Subject: 'Re: VPN', Date: 'Tue, 4 Mar 2025 11:00:00 +0000', References: '<a@ex.com> <b@acme.test>', 'In-Reply-To': '<b@acme.test>' }, 'Still down.\n\nOn Tue, 4 Mar 2025 at 10:00, Help <help@acme.test> wrote:\n> Restarted it.');
    const other = await mail({ 'Message-ID': '<z@ex.com>', From: 'bob@ex.com', To: 'help@acme.test', Subject: 'Printer', Date: 'Tue, 4 Mar 2025 08:00:00 +0000' }, 'Printer jams.');
    const threads = threadEmails([c, other, a]);
    expect(threads.map((t) => [t.id, t.subject, t.messages.map((m) => m.messageId)])).toEqual([
      ['z@ex.com', 'Printer', ['z@ex.com']],
      ['a@ex.com', 'VPN', ['a@ex.com', 'c@ex.com']],
    ]);
  });

  it('falls back to subject and a shared participant when the headers are gone', async () => {
    const a = await mail({ From: 'ann@ex.com', To: 'help@acme.test', Subject: 'Laptop', Date: 'Tue, 4 Mar 2025 09:00:00 +0000' }, 'Broken screen.');
    const b = await mail({ From: 'help@acme.test', To: 'ann@ex.com', Subject: 'RE: Laptop', Date: 'Tue, 4 Mar 2025 09:30:00 +0000' }, 'Bring it by.');
    const stranger = await mail({ From: 'eve@ex.com', To: 'sales@acme.test', Subject: 'Laptop', Date: 'Tue, 4 Mar 2025 09:40:00 +0000' }, 'Price?');
    const threads = threadEmails([a, b, stranger]);
    expect(threads.map((t) => t.messages.length)).toEqual([2, 1]);
  });

  it('maps a thread to core Messages that messageSchema accepts, with direction from the team', async () => {
    const a = await mail({ 'Message-ID': '<a@ex.com>', From: 'Ann Lee <Ann@Ex.com>', To: 'help@acme.test', Subject: 'VPN', Date: 'Tue, 4 Mar 2025 09:00:00 +0000' }, 'VPN is down.\n\n-- \nAnn');
    const b = await mail({ 'Message-ID': '<b@eu.acme.test>', 'In-Reply-To': '<a@ex.com>', From: 'Bo <bo@eu.acme.test>', To: 'ann@ex.com', Subject: 'Re: VPN' }, 'Restarting it now.\n\nOn Tue, 4 Mar 2025 at 09:00, Ann <ann@ex.com> wrote:\n> VPN is down.');
    const [thread] = threadEmails([a, b]);
    expect(thread).toBeDefined();
    const messages = threadToMessages(thread!, { team: { domains: ['acme.test'] } });
    for (const m of messages) expect(messageSchema.safeParse(m).success).toBe(true);
    expect(messages.map((m) => [m.direction, m.author.kind, m.author.id, m.text, m.createdAt])).toEqual([
      ['inbound', 'requester', 'ann@ex.com', 'VPN is down.', '2025-03-04T09:00:00.000Z'],
      ['outbound', 'agent', 'bo@eu.acme.test', 'Restarting it now.', '2025-03-04T09:00:00.000Z'],
    ]);
    expect(messages[1]?.inReplyTo).toBe('a@ex.com');
  });
});
