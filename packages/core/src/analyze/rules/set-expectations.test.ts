import { tester } from './internal/tester.js';
import { setExpectations } from './set-expectations.js';

tester.run('set-expectations', setExpectations, {
  valid: [
    "The issue is a failed certificate on the mail server. I've escalated it to our network team and I'll update you by 3 pm tomorrow.",
    'We are looking into it and will get back to you within 2 business hours.',
    'Your password is reset and you can sign in now.',
    // A conditional offer for later neither opens an issue nor needs a timeline.
    "Both apps accept the new password now. If either one asks again, write here and I'll pick it up straight away.",
    'Thanks, glad it works!',
    { text: "I've escalated this to our network team.", role: 'customer' },
  ],
  invalid: [
    {
      name: 'a conditional promise is not the timeline of the open issue',
      text: "I'm looking into the VPN drops. If it happens again tonight, I'll fix it right away.",
      errors: [{ messageId: 'noTimeline' }],
    },
    {
      text: "I've escalated this to our network team.",
      errors: [{ messageId: 'noTimeline', range: [0, 40], suggestions: [{ desc: 'Add a time', output: "I've escalated this to our network team by [day and time]." }] }],
    },
    {
      text: 'The team should send you an email shortly.',
      errors: [{ messageId: 'vagueTimeline', range: [34, 41], data: { phrase: 'shortly' }, suggestions: [{ desc: 'Replace with a time', output: 'The team should send you an email by [day and time].' }] }],
    },
    {
      text: 'There is a known issue with the login page at the moment.',
      errors: [{ messageId: 'noNextStep', range: [0, 57] }, { messageId: 'noTimeline' }],
    },
  ],
});
