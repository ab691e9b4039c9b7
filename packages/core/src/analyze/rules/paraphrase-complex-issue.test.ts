import { tester } from './internal/tester.js';
import { paraphraseComplexIssue } from './paraphrase-complex-issue.js';

const context =
  'Since Monday our shared calendar shows meetings an hour late for the Berlin team only. The London team sees the right times. We changed nothing, but IT pushed a Windows update on Friday. It is causing missed client calls for our sales staff every day.';

tester.run('paraphrase-complex-issue', paraphraseComplexIssue, {
  valid: [
    { text: 'Hi Dana, if I understand correctly, only Berlin sees shared meetings an hour late since Monday. I will check the time zone setting from the update.', context },
    { text: 'Hi Dana, so the Berlin team sees shared calendar meetings an hour late while London is fine. I am checking the Friday update now.', context },
    { text: 'Thanks, looking into it now.', context },
    { text: 'Please sign out of Outlook, sign back in and check again, then tell me what you see.', context: 'My calendar is wrong.' },
  ],
  invalid: [
    {
      text: 'Hi Dana, thanks for the details. Please sign out of Outlook, sign back in and check again.',
      context,
      errors: [
        {
          messageId: 'noParaphrase',
          range: [33, 33],
          suggestions: [{ desc: 'Insert a paraphrase', output: "Hi Dana, thanks for the details. To make sure I've understood: [their issue in one sentence]. Please sign out of Outlook, sign back in and check again." }],
        },
      ],
    },
  ],
});
