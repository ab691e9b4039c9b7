import { tester } from './internal/tester.js';
import { noBlame } from './no-blame.js';

tester.run('no-blame', noBlame, {
  valid: [
    'The profile was deleted during the sync, so the app could not start.',
    'If you deleted the file by accident, we can restore it from last night’s backup.',
    'When you clicked the link, the browser blocked the download.',
    'You installed the update yesterday, so you are on the latest version.',
    "You didn't receive the e-mail because it went to spam.",
    'Because you are on an older version, the button sits under More.',
    'In case you forgot to save, the app keeps a draft for 24 hours.',
    { text: 'You broke my laptop with that update!', role: 'customer' },
    'Our update broke the sync, and that is on us.',
  ],
  invalid: [
    {
      text: 'It stopped because you deleted the profile.',
      errors: [{ messageId: 'blame', range: [11, 30], data: { phrase: 'because you deleted' }, expected: ["describe what happened without a subject, e.g. 'the file was deleted' or 'the setting changed'"] }],
    },
    { text: 'This is user error, not a bug.', errors: [{ messageId: 'blame', actual: 'user error' }] },
    { text: 'You broke the sync when you renamed the folder.', errors: [{ messageId: 'blame', actual: 'You broke' }] },
    { text: 'You must have clicked a phishing link.', errors: [{ messageId: 'blame', actual: 'You must have clicked' }] },
    { text: "It failed since you didn't follow the steps.", errors: [{ messageId: 'blame', actual: "you didn't follow the steps" }] },
    { text: 'It crashed since you never updated the app.', errors: [{ messageId: 'blame', actual: 'since you never updated' }] },
    { text: 'It locked because you did not change the password in time.', errors: [{ messageId: 'blame', actual: 'because you did not change' }] },
    { text: 'You forgot to attach the screenshot.', errors: [{ messageId: 'blame', actual: 'You forgot to' }] },
  ],
});
