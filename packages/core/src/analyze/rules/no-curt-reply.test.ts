import { tester } from './internal/tester.js';
import { noCurtReply } from './no-curt-reply.js';

tester.run('no-curt-reply', noCurtReply, {
  valid: [
    'Sure!',
    'One moment please',
    'less than a week',
    "No, unfortunately returns close after 90 days, but I can ask my manager for an exception.",
    'Done, try now.',
    'OK, thanks.',
    { text: 'No.', role: 'customer' },
  ],
  invalid: [
    { text: 'No.', errors: [{ messageId: 'curt', range: [0, 2], data: { phrase: 'No' } }] },
    { text: '@105836 Not possible.', errors: [{ messageId: 'curt', actual: 'Not possible' }] },
    { text: 'See above.', errors: [{ messageId: 'curt', actual: 'See above' }] },
    { text: 'As per my last email, the refund was sent on Monday.', errors: [{ messageId: 'passiveAggressive', actual: 'As per my last email' }] },
  ],
});
