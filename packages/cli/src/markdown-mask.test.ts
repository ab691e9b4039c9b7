import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { maskMarkdown } from './markdown-mask.js';

describe('maskMarkdown', () => {
  it('keeps prose and blanks code, link targets, tags, comments and front matter', () => {
    const source = [
      '---',
      'title: Reset',
      '---',
      'Hi! Run `ipconfig /flushdns` then see [the guide](https://kb.example.com/dns).',
      '```sh',
      'sudo systemctl restart nscd',
      '```',
      '<!-- internal: escalate to L2 -->',
      'Thanks, <b>Dana</b> ![screenshot](img.png)',
      '    indented code here',
    ].join('\n');
    const masked = maskMarkdown(source);
    expect(masked.length).toBe(source.length);
    expect(masked.split('\n').length).toBe(source.split('\n').length);
    const lines = masked.split('\n');
    expect(lines[0]?.trim()).toBe('');
    expect(lines[1]?.trim()).toBe('');
    expect(lines[3]).toContain('Hi! Run');
    expect(lines[3]).not.toContain('ipconfig');
    expect(lines[3]).toContain('see [the guide');
    expect(lines[3]).not.toContain('kb.example.com');
    expect(lines[5]?.trim()).toBe('');
    expect(lines[7]?.trim()).toBe('');
    expect(lines[8]).toContain('Thanks,');
    expect(lines[8]).toContain('Dana');
    expect(lines[8]).not.toContain('<b>');
    expect(lines[8]).not.toContain('screenshot');
    expect(lines[8]).not.toContain('img.png');
    expect(lines[9]?.trim()).toBe('');
  });

  it('leaves unmatched backticks and brackets as text', () => {
    expect(maskMarkdown('a ` b [c](d e')).toBe('a ` b [c](d e');
  });

  it('never changes length or newlines, and never touches kept characters (any input)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: fc.constantFrom('a', ' ', '\n', '`', '<', '>', '[', ']', '(', ')', '!', '-', '~', 'b') }), (source) => {
        const masked = maskMarkdown(source);
        expect(masked.length).toBe(source.length);
        for (let i = 0; i < source.length; i++) {
          if (source[i] === '\n') expect(masked[i]).toBe('\n');
          else expect(masked[i] === source[i] || masked[i] === ' ').toBe(true);
        }
      }),
    );
  });

  it('stays linear on a long line of unmatched delimiters', () => {
    const time = (n: number) => {
      const text = '` [x]( <a '.repeat(n);
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        maskMarkdown(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    time(5_000);
    const small = Math.max(time(20_000), 1);
    expect(time(200_000) / small).toBeLessThan(40);
  });
});
