import fc from 'fast-check';
import { isRapportError } from '@rapport/core';
import { describe, expect, it } from 'vitest';
import { parseEmail } from './parse-email.js';

const crlf = (lines: string[]) => lines.join('\r\n');

const multipart = crlf([
  'From: =?UTF-8?Q?Ren=C3=A9e_Martin?= <renee@example.com>',
  'To: IT Help <help@acme.test>, "Ops" <ops@acme.test>',
  'Cc: Team: a@example.com, b@example.com;',
  'Subject: =?ISO-8859-1?Q?Probl=E8me?= VPN',
  'Date: Tue, 4 Mar 2025 09:12:00 +0100',
  'Message-ID: <m2@example.com>',
  'In-Reply-To: <m1@acme.test>',
  'References: <m0@example.com>\r\n <m1@acme.test>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/alternative; boundary="inner"',
  '',
  '--inner',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Le VPN coupe =E0 nouveau.',
  '',
  'Le lun. 3 mars 2025 =E0 18:00, IT Help <help@acme.test> a =E9crit :',
  '> Pouvez-vous r=E9essayer ?',
  '--inner',
  'Content-Type: text/html; charset=utf-8',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('<p>Le VPN coupe à nouveau.</p>').toString('base64'),
  '--inner--',
  '--outer',
  'Content-Type: image/png',
  'Content-Disposition: inline; filename="screen.png"',
  'Content-ID: <shot1>',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgo=',
  '--outer',
  'Content-Type: application/pdf; name="log.pdf"',
  'Content-Disposition: attachment; filename="log.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  'JVBERi0xLjQK',
  '--outer--',
  '',
]);

describe('parseEmail', () => {
  it('reads ids, addresses, date, subject, bodies, attachments and the reference chain', async () => {
    const email = await parseEmail(multipart);
    expect(email.warnings).toEqual([]);
    expect(email.messageId).toBe('m2@example.com');
    expect(email.inReplyTo).toEqual(['m1@acme.test']);
    expect(email.references).toEqual(['m0@example.com', 'm1@acme.test']);
    expect(email.from).toEqual({ name: 'Renée Martin', address: 'renee@example.com' });
    expect(email.to.map((a) => a.address)).toEqual(['help@acme.test', 'ops@acme.test']);
    expect(email.cc.map((a) => a.address)).toEqual(['a@example.com', 'b@example.com']);
    expect(email.subject).toBe('Problème VPN');
    expect(email.date).toBe('2025-03-04T08:12:00.000Z');
    expect(email.html).toContain('à nouveau');
    expect(email.reply.visibleText).toBe('Le VPN coupe à nouveau.');
    expect(email.attachments.map((a) => [a.filename, a.mimeType, a.disposition, a.contentId, a.size])).toEqual([
      ['screen.png', 'image/png', 'inline', 'shot1', 8],
      ['log.pdf', 'application/pdf', 'attachment', undefined, 9],
    ]);
  });

  it('accepts bytes as well as text', async () => {
    const email = await parseEmail(new TextEncoder().encode(multipart));
    expect(email.subject).toBe('Problème VPN');
  });

  it('falls back to the HTML body converted to text when there is no text part', async () => {
    const email = await parseEmail(crlf(['Subject: x', 'Message-ID: <h@x>', 'Content-Type: text/html', '', '<p>Only <b>HTML</b></p><script>x()</script>']));
    expect(email.text).toBeUndefined();
    expect(email.bodyText).toBe('Only HTML');
  });

  it('reports a truncated message and still returns what it read', async () => {
    const cut = multipart.slice(0, multipart.indexOf('--outer\r\nContent-Type: application/pdf'));
    const email = await parseEmail(cut);
    expect(email.warnings.map((w) => w.code)).toContain('TRUNCATED');
    expect(email.reply.visibleText).toBe('Le VPN coupe à nouveau.');
  });

  it('reports a multipart without a boundary and keeps its body', async () => {
    const email = await parseEmail(crlf(['Subject: x', 'Message-ID: <b@x>', 'Content-Type: multipart/alternative', '', 'the body']));
    expect(email.warnings.map((w) => w.code)).toContain('MISSING_BOUNDARY');
    expect(email.bodyText).toContain('the body');
  });

  it('reports an unknown charset and decodes best-effort', async () => {
    const email = await parseEmail(crlf(['Subject: x', 'Message-ID: <c@x>', 'Content-Type: text/plain; charset=x-unknown-9', '', 'plain ascii']));
    expect(email.warnings.map((w) => w.code)).toEqual(['UNKNOWN_CHARSET']);
    expect(email.text).toContain('plain ascii');
  });

  it('reports a bad date, a missing Message-ID and a missing header block', async () => {
    const email = await parseEmail(crlf(['Subject: x', 'Date: someday', '', 'hi']));
    expect(email.warnings.map((w) => w.code)).toEqual(['INVALID_DATE', 'MISSING_MESSAGE_ID']);
    const bare = await parseEmail('just a body\nwith two lines');
    expect(bare.warnings.map((w) => w.code)).toContain('MISSING_HEADERS');
    expect(bare.bodyText).toContain('with two lines');
  });

  it('rejects only input that is not text or bytes, with a RapportError', async () => {
    await expect(parseEmail(42 as unknown as string)).rejects.toSatisfy((e: unknown) => isRapportError(e) && e.code === 'INVALID_INPUT');
  });

  it('never throws on random or mangled input', async () => {
    const pieces = fc.constantFrom('\r\n', '\n', 'Content-Type: multipart/mixed; boundary=b', '--b', '--b--', 'Content-Transfer-Encoding: base64', '=?utf-8?B?', 'charset=zz', ':', 'Subject: ', '\u0000', '=', '==');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), async (parts) => {
        const email = await parseEmail(parts.join(''));
        expect(Array.isArray(email.warnings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
