import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextView } from '../text/text-view.js';
import { classifyQuestion, findQuestionTypes, retypeQuestions } from './question-type.js';

const kinds = (text: string) => findQuestionTypes(createTextView(text)).map((q) => q.kind);

describe('findQuestionTypes', () => {
  it('finds each question with its range and kind', () => {
    const text = 'Thanks for the screenshot. Did the error start after the update? What were you doing when it appeared?';
    const qs = findQuestionTypes(createTextView(text));
    expect(qs.map((q) => text.slice(q.range[0], q.range[1]))).toEqual([
      'Did the error start after the update?',
      'What were you doing when it appeared?',
    ]);
    expect(qs.map((q) => q.kind)).toEqual(['closed', 'open']);
  });

  it('types wh-questions as open, auxiliary and declarative questions as closed', () => {
    expect(kinds('How does the problem show up?')).toEqual(['open']);
    expect(kinds("What's going on with the VPN?")).toEqual(['open']);
    expect(kinds('Is the laptop plugged in?')).toEqual(['closed']);
    expect(kinds('So it stopped working yesterday?')).toEqual(['closed']);
    expect(kinds('Do you want a loaner or a repair?')).toEqual(['closed']);
  });

  it('skips discourse words and reads a wh-word opening a later clause', () => {
    expect(kinds('Okay, so, what happens next?')).toEqual(['open']);
    expect(kinds('Thinking about last week, how did the freezes start?')).toEqual(['open']);
  });

  it('treats requests to tell or describe as open, even phrased with "can you"', () => {
    expect(kinds('Can you tell me more about what happened?')).toEqual(['open']);
    expect(kinds('Tell me about the error you saw.')).toEqual(['open']);
  });

  it('finds questions written without a question mark', () => {
    expect(kinds('what else can you tell me about the crash.')).toEqual(['open']);
    expect(kinds("I'm wondering whether the cable is loose.")).toEqual(['closed']);
    expect(kinds('The printer is fixed. Thanks.')).toEqual([]);
  });

  it('flags questions that ask for missing details as clarifying', () => {
    const [q] = findQuestionTypes(createTextView('Which version of Outlook are you using?'));
    expect(q!.clarifying).toBe(true);
    const [r] = findQuestionTypes(createTextView('Would you like a coffee?'));
    expect(r!.clarifying).toBe(false);
    const [s] = findQuestionTypes(createTextView('Do you mean the desktop app?'));
    expect(s!.clarifying).toBe(true);
  });

  it('points its cue at the deciding words', () => {
    const text = 'Okay, what changed?';
    const [q] = findQuestionTypes(createTextView(text));
    expect(text.slice(q!.cue[0], q!.cue[1])).toBe('what');
  });

  it('never throws on any string, and ranges stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        for (const q of findQuestionTypes(createTextView(text))) {
          expect(q.range[0]).toBeGreaterThanOrEqual(0);
          expect(q.range[1]).toBeLessThanOrEqual(text.length);
          expect(q.cue[0]).toBeGreaterThanOrEqual(q.range[0]);
          expect(q.cue[1]).toBeLessThanOrEqual(q.range[1]);
        }
      }),
    );
  });
});

describe('classifyQuestion', () => {
  it('classifies a given sentence', () => {
    const view = createTextView('Hello. Could you restart the router?');
    expect(classifyQuestion(view, view.sentences[1]!).kind).toBe('closed');
  });
});

describe('retypeQuestions', () => {
  it('keeps ranges and flags and replaces the kind', () => {
    const text = 'Thanks. Okay, what changed? Is it on?';
    const view = createTextView(text);
    const input = [
      { range: [8, 27] as const, kind: 'closed' as const, clarifying: true },
      { range: [28, 37] as const, kind: 'open' as const, clarifying: false },
    ];
    expect(retypeQuestions(view, input)).toEqual([
      { range: [8, 27], kind: 'open', clarifying: true },
      { range: [28, 37], kind: 'closed', clarifying: false },
    ]);
  });

  it('returns a question outside every sentence unchanged', () => {
    const view = createTextView('');
    const q = { range: [0, 0] as const, kind: 'open' as const };
    expect(retypeQuestions(view, [q])).toEqual([q]);
  });
});

describe('classifyQuestion edge cases', () => {
  it('does not read a subordinate "when you…" clause as a wh-question', () => {
    expect(kinds('When you log in, does the screen freeze?')).toEqual(['closed']);
  });
  it('reads questions that ask for a pick or a number as closed', () => {
    expect(kinds('Which laptop is it?')).toEqual(['closed']);
    expect(kinds('How many times did it crash today?')).toEqual(['closed']);
    expect(kinds('How long has this been going on?')).toEqual(['open']);
  });
  it('reads "have you thought about how…" as open', () => {
    expect(kinds('Have you thought about how you would like it set up?')).toEqual(['open']);
  });
});
