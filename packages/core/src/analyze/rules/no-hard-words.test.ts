import { tester } from './internal/tester.js';
import { noHardWords } from './no-hard-words.js';

tester.run('no-hard-words', noHardWords, {
  valid: [
    'Please use the new portal to reset your password.',
    'Before you restart, save your work.',
    'The policy says "utilize approved devices only".',
    { text: 'We will utilize the spare laptop.', options: { allow: ['utilize'] } },
    { text: 'Please utilize the portal.', role: 'customer' },
    'A number 5 bus goes there.',
  ],
  invalid: [
    {
      text: 'Please utilize the new portal.',
      errors: [{ messageId: 'hardWord', range: [7, 14], data: { phrase: 'utilize', plain: 'use' }, expected: ['use'], suggestions: [{ desc: 'Replace with “use”', output: 'Please use the new portal.' }] }],
    },
    {
      text: 'Prior to the upgrade, we will terminate the old session.',
      errors: [
        { messageId: 'hardWord', actual: 'Prior to', suggestions: [{ output: 'Before the upgrade, we will terminate the old session.' }] },
        { messageId: 'hardWord', actual: 'terminate', expected: ['end', 'stop'], suggestions: [{ output: 'Prior to the upgrade, we will end the old session.' }, { output: 'Prior to the upgrade, we will stop the old session.' }] },
      ],
    },
    {
      text: 'Reply at your earliest convenience.',
      errors: [{ messageId: 'hardWord', actual: 'at your earliest convenience', suggestions: [{ output: 'Reply when you can.' }] }],
    },
  ],
});
