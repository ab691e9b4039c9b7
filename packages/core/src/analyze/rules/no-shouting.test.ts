import { tester } from './internal/tester.js';
import { noShouting } from './no-shouting.js';

tester.run('no-shouting', noShouting, {
  valid: [
    'Your VPN and SSO are back; the FAQ has the steps.',
    'Flight BA8733 leaves FRA-LCY at 15:30.',
    'Thanks! Your laptop is ready.',
    'The error says "ACCESS DENIED" on the screen.',
    'Please DM us your order ID.',
    { text: 'WHY IS THIS STILL BROKEN??', role: 'customer' },
  ],
  invalid: [
    {
      text: 'Please do NOT restart the server!!',
      errors: [
        { messageId: 'caps', range: [10, 13], data: { phrase: 'NOT' }, suggestions: [{ desc: 'Write “NOT” in normal case', output: 'Please do not restart the server!!' }] },
        { messageId: 'punctuation', range: [32, 34], suggestions: [{ desc: 'Keep one mark', output: 'Please do NOT restart the server!' }] },
      ],
    },
    {
      text: 'PLEASE READ THE INSTRUCTIONS before calling.',
      errors: [{ messageId: 'caps', actual: 'PLEASE READ THE INSTRUCTIONS', suggestions: [{ output: 'Please read the instructions before calling.' }] }],
    },
    { text: 'This is URGENT, reply today.', errors: [{ messageId: 'caps', actual: 'URGENT', suggestions: [{ output: 'This is urgent, reply today.' }] }] },
    { text: 'Did you even try it?!', errors: [{ messageId: 'punctuation', actual: '?!', suggestions: [{ output: 'Did you even try it?' }] }] },
  ],
});
