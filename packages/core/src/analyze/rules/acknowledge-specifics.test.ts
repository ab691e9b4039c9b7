import { acknowledgeSpecifics } from './acknowledge-specifics.js';
import { tester } from './internal/tester.js';

const context = 'Since the iOS 17 update my iPhone battery drains in two hours.';

tester.run('acknowledge-specifics', acknowledgeSpecifics, {
  valid: [
    { text: 'Sorry your battery is draining so fast since iOS 17. Which model is it?', context },
    { text: 'That sounds like the update is keeping an app busy in the background; let us check which one.', context },
    { text: 'If I understand correctly, it started right after updating. Could you send a screenshot of Settings?', context },
    // A one-line request has no specifics to pick up.
    { text: 'Sure, may I have your name and order number please?', context: 'Hi! I need to return an item, can you help me with that?' },
    // Quick turns are not checked.
    { text: 'One moment please.', context },
    // Without context the rule does not run.
    'Please send us a DM so we can look into this together.',
  ],
  invalid: [
    {
      text: '@105839 Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together.',
      context,
      errors: [{ messageId: 'generic', range: [8, 38], data: { example: 'iOS' }, expected: ['iOS', '17', 'update'] }],
    },
  ],
});
