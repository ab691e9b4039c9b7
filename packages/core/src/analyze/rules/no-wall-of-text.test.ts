import { tester } from './internal/tester.js';
import { noWallOfText } from './no-wall-of-text.js';

const sentence = 'We checked your account and the mailbox settings this morning. ';
const para = (n: number) => sentence.repeat(n).trim();

tester.run('no-wall-of-text', noWallOfText, {
  valid: [
    { text: 'Thanks! Your mailbox is back. Sign out and in again, then check search.', channel: 'chat' },
    { text: para(6), channel: 'chat' },
    { text: `${para(9)}\n\n${para(9)}`, channel: 'email' },
    para(9),
    { text: para(8), channel: 'chat', role: 'customer' },
  ],
  invalid: [
    {
      text: para(8),
      channel: 'chat',
      errors: [{ messageId: 'chatTooLong', range: [sentence.length * 6, para(8).length], data: { channel: 'chat', words: 80, max: 60 } }],
    },
    {
      text: `Hi Sam,\n\n${para(11)}\n\nBest, Ana`,
      channel: 'email',
      errors: [{ messageId: 'paragraphTooLong', range: [9, 9 + para(11).length], data: { words: 110, max: 100 } }],
    },
    {
      text: para(5),
      channel: 'sms',
      options: { maxChatWords: 40 },
      errors: [{ messageId: 'chatTooLong', data: { channel: 'sms', words: 50, max: 40 } }],
    },
  ],
});
