import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text.js';
import { parseReply } from './parse-reply.js';

describe('htmlToText', () => {
  it('drops scripts, styles, head, forms and embedded content with their text', () => {
    const html = '<html><head><title>T</title><style>p{}</style></head><body><script>steal()</script><p>Keep</p><iframe src="https://x">frame</iframe><svg><text>svg</text></svg><noscript>ns</noscript></body></html>';
    expect(htmlToText(html)).toBe('Keep');
  });

  it('never emits image URLs: tracking pixels vanish, alt text stays', () => {
    const text = htmlToText('<p>Hi<img src="https://track.example/open.gif?u=1" width="1" height="1"><img src="cid:logo" alt="Acme logo"></p>');
    expect(text).toBe('Hi[Acme logo]');
    expect(text).not.toContain('track.example');
  });

  it('keeps link targets (http, https, mailto) and drops javascript: ones', () => {
    expect(htmlToText('<a href="https://acme.test/kb/42">the article</a> or <a href="javascript:alert(1)">this</a>')).toBe(
      'the article <https://acme.test/kb/42> or this',
    );
    expect(htmlToText('<a href="mailto:help@acme.test">help@acme.test</a>')).toBe('help@acme.test');
  });

  it('turns block structure into line breaks, paragraphs into blank lines, lists into items', () => {
    const html = '<div>one</div><div>two<br>three</div><p>para</p><ol><li>a</li><li>b</li></ol><ul><li>c</li></ul><table><tr><td>x</td><td>y</td></tr></table>';
    expect(htmlToText(html)).toBe('one\ntwo\nthree\n\npara\n\n1. a\n2. b\n\n- c\n\nx  y');
  });

  it('quotes blockquotes so the reply parser sees Gmail quoting', () => {
    const html = '<div dir="ltr">Fixed, thanks!</div><br><div class="gmail_quote"><div class="gmail_attr">On Tue, 4 Mar 2025 at 09:12, IT Help &lt;<a href="mailto:help@acme.test">help@acme.test</a>&gt; wrote:<br></div><blockquote class="gmail_quote"><div>Please restart.</div></blockquote></div>';
    const text = htmlToText(html);
    expect(text).toContain('> Please restart.');
    expect(parseReply(text).visibleText).toBe('Fixed, thanks!');
  });

  it('decodes character references and keeps pre-formatted white space', () => {
    expect(htmlToText('<p>a &lt; b &amp;&amp; c &#x1F600; &eacute; &unknown;</p><pre>  x = 1\n  y</pre>')).toBe('a < b && c 😀 é &unknown;\n\n  x = 1\n  y');
  });

  it('never throws and never lets markup of dropped elements through, on any input', () => {
    const pieces = fc.constantFrom('<', '>', '</', '<script>', '</script>', '<style>', '<p>', '<br/>', '<a href="', '"', "'", '&', '&#', ';', '<!--', '-->', '<blockquote>', 'x', ' ', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 80 }), (parts) => {
        const out = htmlToText(parts.join(''));
        expect(typeof out).toBe('string');
      }),
      { numRuns: 500 },
    );
    expect(htmlToText('<script>never closed alert(1)')).toBe('');
  });

  it('handles deeply nested and large documents in linear time', () => {
    const nested = '<div>'.repeat(50_000) + 'deep' + '</div>'.repeat(50_000);
    expect(htmlToText(nested)).toBe('deep');
    const big = '<p>paragraph with <b>bold</b> and <a href="https://a.test">link</a></p>'.repeat(20_000);
    const t0 = performance.now();
    htmlToText(big);
    console.log(`htmlToText: ${(big.length / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
  });
});
