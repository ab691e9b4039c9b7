import { tester } from './internal/tester.js';
import { noCrossedTransaction } from './no-crossed-transaction.js';

const adult = 'The VPN client shows error 809 since this morning. I have restarted twice.';
const child = "I'm useless with computers and I think I broke it, please please help.";

tester.run('no-crossed-transaction', noCrossedTransaction, {
  valid: [
    { text: 'Error 809 means the VPN port is blocked on your network. I will open it now and call you back by 11.', context: adult },
    { text: "No problem at all, let's go step by step. First, click the Start button.", context: child },
    // An upset customer: no call on crossing (the wording rule still reports Parent talk).
    { text: 'You need to calm down.', context: 'This is RIDICULOUS, third time today!! Fix it NOW' },
    'You should have read the guide first.',
  ],
  invalid: [
    {
      text: 'You should have read the guide first.',
      context: adult,
      errors: [{ messageId: 'adultMetWithParent', range: [0, 15], data: { phrase: 'You should have' } }],
    },
    { text: "I'm so so sorry, I'm terrible with VPNs.", context: adult, errors: [{ messageId: 'adultMetWithChild', actual: "I'm so so sorry" }] },
    { text: 'How many times do we have to explain this?', context: child, errors: [{ messageId: 'childMetWithCriticalParent', actual: 'How many times' }] },
  ],
});
