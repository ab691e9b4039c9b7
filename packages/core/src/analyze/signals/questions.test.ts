import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextView } from '../text/text-view.js';
import { classifyQuestion, retypeQuestions } from '../learned/question-type.js';
import { findQuestions } from './questions.js';

const questions = (text: string) =>
  findQuestions(createTextView(text)).map((q) => ({ text: text.slice(q.range[0], q.range[1]), kind: q.kind, clarifying: q.clarifying }));

describe('findQuestions', () => {
  it.each([
    ['What happens when you try to print from Word?', 'open', true],
    ['Which version of Outlook are you on?', 'closed', true],
    ['When did this start happening?', 'open', true],
    ['How does the error appear on your screen?', 'open', true],
    ["Can you describe the problem you're experiencing in more detail?", 'open', true],
    ['Could you walk me through the steps you took before it froze?', 'open', true],
    ['Is the printer showing a green light?', 'closed', true],
    ['Did it start after the update last night?', 'closed', true],
    ['Have you tried signing in from another device?', 'closed', true],
    ['The restart fixed it, didn\'t it?', 'closed', false],
    ['Any luck?', 'closed', false],
    ['May I have your username and order number, please?', 'closed', false],
    ['How many laptops are affected?', 'closed', true],
    ['When are you free for a call?', 'open', false],
    ['Would you like me to book an engineer?', 'closed', false],
  ] as const)('%s → %s, clarifying %s', (text, kind, clarifying) => {
    expect(questions(text)).toEqual([{ text, kind, clarifying }]);
  });

  it('finds the question after an opener, a name or a clause ("OK, so…", "Thomas, …", "…, is that right?")', () => {
    expect(questions('OK, so what error do you see?')[0]?.kind).toBe('open');
    expect(questions("We'd like to help Sam, which number is calling you?")[0]).toMatchObject({ kind: 'closed', clarifying: true });
    expect(questions("I see you're on iOS 17, is that right?")[0]?.kind).toBe('closed');
    expect(questions('Got it, what version are you on?')[0]?.kind).toBe('open');
    expect(questions('Yes, what does the message say?')[0]?.kind).toBe('open');
  });

  it('treats requests to tell, describe or walk through as open questions without a question mark', () => {
    expect(questions('Tell me more about what happens when you print.')).toEqual([
      { text: 'Tell me more about what happens when you print.', kind: 'open', clarifying: true },
    ]);
    expect(questions('Please describe the error you see.')[0]?.kind).toBe('open');
    expect(questions('Walk me through the steps you took.')[0]?.kind).toBe('open');
    expect(questions('Let me know what happens after the restart.')).toMatchObject([{ clarifying: true }]);
    expect(questions('Have you tried from another device, Miriam')[0]?.kind).toBe('closed');
  });

  it('does not take statements, instructions or conditionals for questions', () => {
    for (const text of [
      'I restarted the router this morning.',
      'Please restart the laptop and sign in again.',
      'Should you need anything else, reach out to us.',
      'I told him to describe it in the ticket.',
      'Tell them the server is back.',
      'Let me know.',
      "Let me check that for you.",
    ]) {
      expect(questions(text), text).toEqual([]);
    }
  });

  it('finds each question of a multi-question reply in order', () => {
    const text = "Thanks! What device is this on? Does the music pause? Let us know in DM.";
    expect(questions(text).map((q) => [q.text, q.kind])).toEqual([
      ['What device is this on?', 'open'],
      ['Does the music pause?', 'closed'],
    ]);
  });

  it('does not count offers of help, check-ins or account details as clarifying', () => {
    for (const text of ['Is there anything else I can help you with?', 'Does that help?', 'What is the e-mail address on the account?']) {
      expect(questions(text).map((q) => q.clarifying), text).toEqual([false]);
    }
  });

  it('types each question with classifyQuestion, so re-typing it changes nothing', () => {
    const view = createTextView('OK, so what changed? Which browser is it? Tell me more about the error. Anything else?');
    const qs = findQuestions(view);
    expect(qs.map((q) => q.kind)).toEqual(view.sentences.map((s) => classifyQuestion(view, s).kind));
    expect(retypeQuestions(view, qs)).toEqual(qs);
  });

  it('never throws, and returns ordered ranges inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((a) => String.fromCharCode(...a)), fc.lorem({ maxCount: 40, mode: 'sentences' }).map((s) => s.replace(/\./g, '?'))), (text) => {
        let last = 0;
        for (const q of findQuestions(createTextView(text))) {
          expect(q.range[0]).toBeGreaterThanOrEqual(last);
          expect(q.range[1]).toBeLessThanOrEqual(text.length);
          expect(['open', 'closed']).toContain(q.kind);
          last = q.range[1];
        }
        const view = createTextView(text);
        const qs = findQuestions(view);
        expect(retypeQuestions(view, qs)).toEqual(qs);
      }),
    );
  });
});
