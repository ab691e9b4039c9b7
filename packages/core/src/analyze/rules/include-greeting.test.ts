import { tester } from './internal/tester.js';
import { includeGreeting } from './include-greeting.js';

tester.run('include-greeting', includeGreeting, {
  valid: [
    'Hi Sam, your laptop is ready at the service desk on the second floor, next to the lifts.',
    '@105840 Hi there! What device is this happening on? Let us know the app version too.',
    'Good morning, the outage is over and e-mail is flowing again for everyone in the office.',
    '@105839 Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together.',
    'Morning Dana! The printer on floor 3 is fixed and the queue has been cleared for you.',
    'Well hello again, the replacement charger is on its way and should arrive by Friday.',
    '@105847 Thanks for giving us a nudge about this. What device and operating system is this happening on?',
    // On a transactional channel the greeting belongs to the first turn, not to every message.
    { text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.', channel: 'chat' },
    // A status-page notice greets no one in particular, even with the transactional option.
    { text: 'Update 10:05: incoming e-mail is delayed by up to 20 minutes. Next update at 10:30.', channel: 'status_page', options: { transactional: true } },
    { text: 'Scheduled maintenance: the VPN will be unavailable on Saturday from 22:00 to 23:00.', channel: 'broadcast' },
    // Short follow-up turns in a chat need no greeting.
    'One moment please',
    'ok, was the purchase made in the last 90 days?',
    { text: 'I need help with my laptop, it will not start and I have a meeting in an hour.', role: 'customer' },
  ],
  invalid: [
    {
      text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.',
      errors: [{ messageId: 'missing', range: [0, 0], suggestions: [{ desc: 'Insert a greeting', output: 'Hi [name], Your laptop is ready at the service desk on the second floor, next to the lifts.' }] }],
    },
    {
      name: 'a first chat turn, checked with the transactional option',
      text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.',
      channel: 'chat',
      options: { transactional: true },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: '"Morning" as an ordinary word is not a greeting',
      text: 'Morning flights are delayed, so the engineer will arrive after lunch to replace the screen.',
      errors: [{ messageId: 'missing' }],
    },
    {
      text: '@105836 Have you tried from another device, Miriam? It may be the browser cache on this one.',
      options: { template: 'Hello! ' },
      channel: 'social',
      errors: [{ messageId: 'missing', range: [8, 8], suggestions: [{ output: '@105836 Hello! Have you tried from another device, Miriam? It may be the browser cache on this one.' }] }],
    },
  ],
});
