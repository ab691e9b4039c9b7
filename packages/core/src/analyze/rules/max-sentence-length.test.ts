import { tester } from './internal/tester.js';
import { maxSentenceLength } from './max-sentence-length.js';

const long =
  'Once the sync finishes, which can take a while if there are many large attachments in the older folders, please sign out, sign back in, and check that the older messages appear in search again.';

tester.run('max-sentence-length', maxSentenceLength, {
  valid: [
    'Your mailbox is syncing. It can take an hour. Then sign out and back in.',
    // Bulleted steps without full stops are separate lines, not one sentence.
    'To fix it:\n- open Settings and choose Accounts\n- pick your work account and press Sync now\n- wait until the spinner stops and the inbox shows new mail\n- sign out, sign back in and check search again',
    // Mostly quoted text (an error message pasted back).
    'The log says "connection to the upstream mail relay was refused because the certificate chain could not be verified against the configured trust store and the retry budget is exhausted" here.',
    { text: long, options: { max: 40 } },
    { text: long, role: 'customer' },
  ],
  invalid: [
    {
      text: `Thanks for the details. ${long}`,
      errors: [{ messageId: 'tooLong', range: [24, 24 + long.length], data: { words: 35, max: 30 } }],
    },
    {
      name: 'a shorter limit on chat',
      text: 'We have checked the account and the mailbox, and it looks like the sync stopped after the password change last night, so please sign in again.',
      channel: 'chat',
      errors: [{ messageId: 'tooLong', data: { words: 26, max: 25 } }],
    },
  ],
});
