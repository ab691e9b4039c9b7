import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileTemplate, renderTemplate } from './message-template.js';

describe('message templates', () => {
  it('fills {{placeholders}}, with or without inner spaces, repeated or not', () => {
    const t = compileTemplate('`{{term}}` is jargon; say {{ plain }} instead of {{term}}.');
    expect(t.placeholders).toEqual(['term', 'plain']);
    expect(renderTemplate(t, { term: 'DNS', plain: 'address lookup' })).toBe('`DNS` is jargon; say address lookup instead of DNS.');
  });

  it('renders numbers and leaves a missing value visible', () => {
    const t = compileTemplate('{{count}} marks; keep it to {{max}}.');
    expect(renderTemplate(t, { count: 3 })).toBe('3 marks; keep it to {{max}}.');
    expect(renderTemplate(t, undefined)).toBe('{{count}} marks; keep it to {{max}}.');
  });

  it('does not read inherited properties as data', () => {
    expect(renderTemplate(compileTemplate('{{constructor}} {{toString}}'), {})).toBe('{{constructor}} {{toString}}');
  });

  it('keeps text that only looks like a placeholder literal', () => {
    for (const source of ['{{}}', '{{ two words }}', '{{a-b}}', '{{unclosed', 'a }} b {{', '{{{x}}}']) {
      const t = compileTemplate(source);
      expect(renderTemplate(t, { x: 'X', a: 'A' })).toBe(source === '{{{x}}}' ? '{X}' : source);
    }
  });

  it('renders any template without throwing, and is the identity without placeholders', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })), (source, data) => {
        const t = compileTemplate(source);
        const out = renderTemplate(t, data);
        if (t.placeholders.length === 0) expect(out).toBe(source);
        expect(renderTemplate(t, undefined)).toBe(source.replace(/\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g, '{{$1}}'));
      }),
    );
  });
});
