import { tester } from './internal/tester.js';
import { noOverApologizing } from './no-over-apologizing.js';

tester.run('no-over-apologizing', noOverApologizing, {
  valid: [
    "I'm sorry the printer ate your report. I've sent a technician; he'll be there by 2 pm.",
    'Sorry for the wait. Sorry, one more question: which floor are you on?',
    'You said "sorry sorry sorry" three times, no need!',
    { text: 'Sorry, sorry, so sorry, I broke it again.', role: 'customer' },
  ],
  invalid: [
    {
      text: "I'm so so sorry about the printer.",
      errors: [{ messageId: 'overApology', range: [4, 15], data: { phrase: 'so so sorry' } }],
    },
    {
      text: "Sorry for the delay. Apologies for the confusion earlier. I'm sorry the laptop is still not ready.",
      errors: [{ messageId: 'tooMany', range: [62, 67], data: { count: 3 } }],
    },
    {
      name: 'an apology repeated from an earlier message',
      text: 'Sorry again that the laptop is still not ready.',
      errors: [{ messageId: 'overApology', actual: 'Sorry again' }],
    },
    {
      text: 'Sorry for the wait, I apologize for the trouble.',
      options: { maxApologies: 1 },
      errors: [{ messageId: 'tooMany', actual: 'apologize', data: { count: 2 } }],
    },
  ],
});
