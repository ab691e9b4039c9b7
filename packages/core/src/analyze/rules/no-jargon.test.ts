import { tester } from './internal/tester.js';
import { noJargon } from './no-jargon.js';

tester.run('no-jargon', noJargon, {
  valid: [
    'Your laptop will restart in a minute, then you can sign in again.',
    // Quoted error messages, code, file names, URLs and e-mail addresses are left alone.
    'The screen says "DNS_PROBE_FINISHED_NXDOMAIN"; that means the site could not be found.',
    'Run `ipconfig /flushdns` and try again.',
    'Open config.json in Notepad and save it.',
    'See https://example.com/dns-help or write to dns-team@example.com.',
    // Explained in place.
    'Your DNS (the internet’s address book) is set up now.',
    'We changed the internet’s address book (DNS) for your office.',
    // The verb "ram" is not the acronym RAM.
    'A truck may ram the gate if it is left open.',
    // A team glossary allows terms customers know.
    { text: 'Connect to the VPN and sign in with SSO.', options: { allow: ['SSO'] } },
    // The customer used the term first.
    { text: 'Yes, the DNS change is live now.', context: 'Has the DNS change gone through yet?' },
    // Customers may use jargon; the rule checks agent replies only.
    { text: 'My DHCP lease keeps expiring.', role: 'customer' },
  ],
  invalid: [
    {
      text: 'Your DNS settings point to the old server.',
      errors: [
        {
          messageId: 'jargon',
          range: [5, 8],
          actual: 'DNS',
          expected: ['web address lookup', 'the system that turns web addresses into server locations'],
          suggestions: [
            { desc: 'Replace with “web address lookup”', output: 'Your web address lookup settings point to the old server.' },
            { output: 'Your the system that turns web addresses into server locations settings point to the old server.' },
          ],
        },
      ],
    },
    {
      text: 'Please power cycle the router and check the latency.',
      errors: [
        { messageId: 'jargon', actual: 'power cycle', suggestions: [{ desc: 'Replace with “turn it off and on again”', output: 'Please turn it off and on again the router and check the latency.' }] },
        { messageId: 'jargon', actual: 'latency', suggestions: [{ output: 'Please power cycle the router and check the delay.' }] },
      ],
    },
    {
      text: 'Config files for the APIs are on the backend.',
      errors: [
        { messageId: 'jargon', actual: 'Config', suggestions: [{ output: 'Settings files for the APIs are on the backend.' }] },
        { messageId: 'jargon', actual: 'APIs' },
        { messageId: 'jargon', actual: 'backend' },
      ],
    },
    {
      name: 'reports each term once per message',
      text: 'Reset the MFA app. MFA codes change every 30 seconds.',
      errors: [{ messageId: 'jargon', range: [10, 13], data: { phrase: 'MFA', plain: 'two-step sign-in' } }],
    },
    {
      name: 'team terms from options',
      text: 'I logged it in the CMDB.',
      options: { terms: { CMDB: ['asset list'] } },
      errors: [{ messageId: 'jargon', actual: 'CMDB', suggestions: [{ output: 'I logged it in the asset list.' }] }],
    },
    {
      name: 'team terms of several words, matched split or joined like the built-in list, beside built-in terms',
      text: 'The change-advisory board meets Friday; the change advisory board then updates the backend.',
      options: { terms: { 'change-advisory board': ['approval meeting'] } },
      errors: [
        { messageId: 'jargon', actual: 'change-advisory board', suggestions: [{ output: 'The approval meeting meets Friday; the change advisory board then updates the backend.' }] },
        { messageId: 'jargon', actual: 'backend' },
      ],
    },
  ],
});
