import { tester } from './internal/tester.js';
import { noScriptedEmpathy } from './no-scripted-empathy.js';

tester.run('no-scripted-empathy', noScriptedEmpathy, {
  valid: [
    "I'm sorry the update wiped your saved passwords right before your trip.",
    'Sorry to hear that your laptop died before the demo. Let us get you a loaner today.',
    'I understand your frustration with the login loop; it has blocked you all morning.',
    'Sorry about that, I sent the wrong link. Here is the right one.',
    'Thanks for your patience while we checked the logs.',
    // Quoting the customer's own words back.
    'You wrote "sorry for any inconvenience" in your last mail, no need at all!',
    { text: 'Sorry for any inconvenience, but the app is useless.', role: 'customer' },
  ],
  invalid: [
    {
      text: 'We apologize for any inconvenience this may have caused.',
      errors: [
        {
          messageId: 'apology',
          range: [0, 55],
          data: { phrase: 'We apologize for any inconvenience this may have caused' },
          suggestions: [{ desc: 'Replace with a specific acknowledgement', output: "I'm sorry that [what went wrong for them, in their words]." }],
        },
      ],
    },
    {
      text: "Sorry to hear that. Which version of iOS are you on?",
      errors: [{ messageId: 'apology', actual: 'Sorry to hear that', suggestions: [{ output: "I'm sorry that [what went wrong for them, in their words]. Which version of iOS are you on?" }] }],
    },
    {
      text: 'I understand your frustration. Please send us a DM.',
      errors: [
        {
          messageId: 'understanding',
          actual: 'I understand your frustration',
          suggestions: [{ output: 'I can see that [the specific problem] is getting in the way of [what they need to do]. Please send us a DM.' }],
        },
      ],
    },
    {
      text: 'Your business means a lot to us. Please DM your name and zip code.',
      errors: [{ messageId: 'valuing', actual: 'Your business means a lot to us', suggestions: [{ desc: 'Remove the sentence', output: 'Please DM your name and zip code.' }] }],
    },
    {
      name: 'a valuing formula inside a longer sentence has no delete suggestion',
      text: 'Thanks, we value your business and will look into it.',
      errors: [{ messageId: 'valuing', actual: 'we value your business', suggestions: [] }],
    },
  ],
});
