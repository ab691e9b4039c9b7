import { describe, expect, it } from 'vitest';
import { macroSources, sourcesOf } from './sources.js';
import { UsageError } from './usage-error.js';

describe('sourcesOf', () => {
  it('reads a Zendesk macro export, one source per comment action, with the line it is on', () => {
    const contents = JSON.stringify(
      {
        macros: [
          {
            id: 360001,
            title: 'Password reset',
            actions: [
              { field: 'status', value: 'pending' },
              { field: 'comment_value', value: 'Hi! Just reset it yourself.' },
            ],
          },
          { id: 360002, title: 'Legacy', actions: [{ field: 'comment_value', value: ['channel:all', 'Thanks for waiting.'] }] },
          { id: 360003, title: 'HTML', actions: [{ field: 'comment_value_html', value: '<p>We are <b>on it</b>.</p>' }] },
        ],
      },
      null,
      2,
    );
    const sources = sourcesOf('macros.json', contents);
    expect(sources.map((s) => s.label)).toEqual(['macro 360001 "Password reset"', 'macro 360002 "Legacy"', 'macro 360003 "HTML"']);
    expect(sources[0]?.text).toBe('Hi! Just reset it yourself.');
    expect(contents.split('\n')[(sources[0]?.line ?? 0) - 1]).toContain('Just reset it yourself');
    expect(sources[1]?.text).toBe('Thanks for waiting.');
    // HTML tags are blanked, offsets kept.
    expect(sources[2]?.text.length).toBe('<p>We are <b>on it</b>.</p>'.length);
    expect(sources[2]?.text.replace(/ +/g, ' ').trim()).toBe('We are on it .');
  });

  it('reads Freshdesk canned responses and plain lists', () => {
    expect(macroSources('c.json', JSON.stringify([{ id: 1, title: 'Hello', content: 'Hello there', content_html: '<div>Hello there</div>' }]))[0]?.text).toBe('Hello there');
    expect(macroSources('p.json', JSON.stringify([{ text: 'One' }, { text: 'Two' }])).map((s) => s.text)).toEqual(['One', 'Two']);
  });

  it('rejects JSON without reply texts, and invalid JSON, as usage errors naming the file', () => {
    expect(() => macroSources('x.json', '{"foo": 1}')).toThrow(UsageError);
    expect(() => macroSources('x.json', '{"foo": 1}')).toThrow(/x\.json: no reply texts/);
    expect(() => macroSources('bad.json', '{')).toThrow(/bad\.json: not valid JSON/);
  });

  it('takes plain text whole and masks Markdown without moving offsets', () => {
    expect(sourcesOf('a.txt', 'Hello `x`')[0]?.text).toBe('Hello `x`');
    const md = sourcesOf('a.md', 'Hello `x`')[0];
    expect(md?.text).toBe('Hello    ');
    expect(md?.original).toBe('Hello `x`');
  });
});
