import { describe, expect, it } from 'vitest';
import { createTextView } from '../../text/text-view.js';
import { anyMasked, skipMask, unmasked } from './skip-mask.js';

const skipped = (text: string) => {
  const view = createTextView(text);
  const mask = skipMask(view);
  return view.tokens.filter((_, i) => mask[i] === 1 && view.tokens[i]!.kind === 'word').map((t) => t.text);
};

describe('skipMask', () => {
  it('skips quoted text, code spans and e-mail quote lines', () => {
    expect(skipped('The screen says "just restart it" and `ipconfig /flushdns` fails.')).toEqual(['just', 'restart', 'it', 'ipconfig', 'flushdns']);
    expect(skipped('Thanks.\n> You should have read it\nSure.')).toEqual(['You', 'should', 'have', 'read', 'it']);
    expect(skipped('He said “obviously wrong” twice.')).toEqual(['obviously', 'wrong']);
  });

  it('skips file names, paths and identifiers', () => {
    expect(skipped('Open config.json and C:\\Temp\\logs, then set user_id.')).toEqual(['config', 'json', 'Temp', 'logs', 'user', 'id']);
  });

  it('does not let a stray quote hide the rest of the message past a blank line', () => {
    expect(skipped('It is 5" wide.\n\nJust click Save.')).toEqual(['wide']);
  });

  it('anyMasked tells whether a token span touches quoted text; unmasked drops matches that start in it', () => {
    const view = createTextView('Please just "just restart" it.');
    // Tokens: Please just " just restart " it .
    expect(anyMasked(view, 0, 2)).toBe(false);
    expect(anyMasked(view, 1, 4)).toBe(true);
    expect(anyMasked(view, 2, 2)).toBe(false);
    const matches = [{ firstToken: 1 }, { firstToken: 3 }, { firstToken: 6 }];
    expect(unmasked(matches, view)).toEqual([{ firstToken: 1 }, { firstToken: 6 }]);
    const none: { firstToken: number }[] = [];
    expect(unmasked(none, view)).toBe(none);
  });
});
