import { tester } from './internal/tester.js';
import { offerFurtherHelp } from './offer-further-help.js';

tester.run('offer-further-help', offerFurtherHelp, {
  valid: [
    'Your laptop is ready at the service desk on the second floor. Let me know if anything else comes up.',
    "@105840 That's great to hear. If anything comes up, just let us know. We'll carry on helping out 🙂 /AY",
    'The refund was sent today and should reach your card within five days. Is there anything else I can help with?',
    'I have reset your password and unlocked the account. Feel free to reach out if the sign-in fails again.\n\nBest regards,\nAna',
    'Short turn, fine.',
    { text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.', channel: 'chat' },
    // A one-way notice expects no reply, so no offer of further help.
    { text: 'Resolved 10:20: incoming e-mail is flowing normally again. Thank you for your patience.', channel: 'status_page', options: { transactional: true } },
    { text: 'Scheduled maintenance: the VPN will be unavailable on Saturday from 22:00 to 23:00.', channel: 'broadcast' },
    { text: 'Thanks for fixing it so quickly, the printer works again and the queue is empty now.', role: 'customer' },
  ],
  invalid: [
    {
      text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.',
      errors: [{ messageId: 'missing', range: [80, 80], suggestions: [{ desc: 'Add an offer of further help', output: "Your laptop is ready at the service desk on the second floor, next to the lifts. Let me know if there's anything else I can help with." }] }],
    },
    {
      name: 'the last chat turn, checked with the transactional option',
      text: 'Your laptop is ready at the service desk on the second floor, next to the lifts.',
      channel: 'remote_session',
      options: { transactional: true },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'a sign-off alone earns partial credit',
      text: 'Your refund has been processed and will show on your statement in three to five days. Have a great day!',
      errors: [{ messageId: 'signOffOnly', range: [85, 85] }],
    },
    {
      name: '"let me know which…" asks for information, it is not an offer',
      text: 'We would like to look into the playback problem. Let me know which version of the app you use.',
      errors: [{ messageId: 'missing' }],
    },
  ],
});
