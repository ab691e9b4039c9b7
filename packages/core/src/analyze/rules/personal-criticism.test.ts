import { tester } from './internal/tester.js';
import { personalCriticism } from './personal-criticism.js';

const customer = { role: 'customer' as const };

tester.run('personal-criticism', personalCriticism, {
  valid: [
    { ...customer, text: 'This app is useless since the update.' },
    { ...customer, text: 'I told you the printer is useless, we need a new one.' },
    { ...customer, text: 'Thank you, you have been really helpful.' },
    { ...customer, text: 'I feel stupid asking, but where is the reset button?' },
    { text: 'You guys are useless.' },
  ],
  invalid: [
    {
      ...customer,
      text: 'You guys are useless.',
      errors: [{ messageId: 'personal', range: [0, 20], data: { phrase: 'You guys are useless' } }],
    },
    { ...customer, text: 'Your agents are clueless and the site is down.', errors: [{ messageId: 'personal', actual: 'Your agents are clueless' }] },
    { ...customer, text: 'Do you even read my messages?', errors: [{ messageId: 'personal', actual: 'Do you even read' }] },
    {
      ...customer,
      text: "You're incompetent. Shut up and fix it.",
      errors: [
        { messageId: 'personal', actual: "You're incompetent" },
        { messageId: 'setBoundary', actual: 'Shut up' },
      ],
    },
    { ...customer, text: 'Maybe hire colleagues who can see?', errors: [{ messageId: 'personal', actual: 'hire colleagues who' }] },
  ],
});
