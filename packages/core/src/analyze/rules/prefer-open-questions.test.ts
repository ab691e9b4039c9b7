import { tester } from './internal/tester.js';
import { preferOpenQuestions } from './prefer-open-questions.js';

tester.run('prefer-open-questions', preferOpenQuestions, {
  valid: [
    'What happens when you try to print? Is the printer showing a light?',
    'Are you on iOS 17?',
    'Is there anything else I can help you with? Would you like a call back?',
    'Your refund is on its way.',
  ],
  invalid: [
    {
      text: 'Is the printer on? Did you restart it? Is the cable plugged in?',
      errors: [{ messageId: 'onlyClosed', range: [0, 18], data: { count: 3 } }],
    },
    {
      text: 'Have you tried another browser? Does the error show on your phone too?',
      options: { minClosed: 2 },
      errors: [{ messageId: 'onlyClosed', actual: 'Have you tried another browser?' }],
    },
  ],
});
