import { answerEveryQuestion } from './answer-every-question.js';
import { tester } from './internal/tester.js';

tester.run('answer-every-question', answerEveryQuestion, {
  valid: [
    { text: 'The distance could possibly affect playback. Try moving the speaker closer.', context: 'It keeps skipping on my speaker. Does distance from speaker matter?' },
    { text: 'less than a week', context: 'how long until it is refunded?' },
    { text: 'Yes, your saved drafts stay on the server.', context: 'Will I lose my saved drafts if I reinstall?' },
    { text: 'Let me check with the billing team and get back to you.', context: 'Why was I charged twice this month?' },
    { text: 'Which version of iOS are you on?', context: 'Why does my battery drain so fast?' },
    { text: 'I have reset the password.', context: 'I am locked out of my account.' },
  ],
  invalid: [
    {
      text: 'I have reset your password; you can sign in now.',
      context: 'I am locked out. Also, will I lose my saved drafts?',
      errors: [{ messageId: 'unanswered', range: [48, 48], data: { question: 'Also, will I lose my saved drafts?' }, expected: ['Also, will I lose my saved drafts?'] }],
    },
    {
      text: "@105836 That's what we're here for Miriam 😊 The team should send you an email shortly ^HP",
      context: "@VirginTrains I still haven't heard & the number I'm directed to by phone is a dead end. Can someone call me?",
      errors: [{ messageId: 'unanswered', data: { question: 'Can someone call me?' } }],
    },
  ],
});
