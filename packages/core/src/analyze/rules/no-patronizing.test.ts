import { tester } from './internal/tester.js';
import { noPatronizing } from './no-patronizing.js';

tester.run('no-patronizing', noPatronizing, {
  valid: [
    'I just pushed a fix; please try again.',
    "We've just restarted the server.",
    'Just to confirm, is this the Dell laptop on the third floor?',
    'Just in case, I have also reset your PIN.',
    'Just a moment while I check.',
    'If anything comes up, just let us know.',
    'Did you just restart it?',
    'Just checking in on the printer.',
    'It just needs a restart on our side.',
    'This is obviously frustrating when you have a deadline.',
    'We obviously should have caught this sooner.',
    'You need to restart the laptop before the update applies.',
    "You'll need to restart the laptop before the update applies.",
    'Of course, I can help with that.',
    { text: 'Simply put, the app is broken.', role: 'customer' },
    'The article says "just click Save" but the button is grey for you, so let us try another way.',
    'Just need your e-mail address to look it up.',
  ],
  invalid: [
    {
      text: 'Just click Save and it works.',
      errors: [{ messageId: 'minimizer', range: [0, 4], data: { phrase: 'Just' }, suggestions: [{ desc: 'Remove “Just”', output: 'Click Save and it works.' }] }],
    },
    {
      text: 'To fix it, simply restart the laptop.',
      errors: [{ messageId: 'minimizer', actual: 'simply', suggestions: [{ output: 'To fix it, restart the laptop.' }] }],
    },
    {
      text: 'You just need to sign out and back in.',
      errors: [{ messageId: 'minimizer', actual: 'just', suggestions: [{ output: 'You need to sign out and back in.' }] }],
    },
    {
      text: 'As I said, the refund is on its way.',
      errors: [{ messageId: 'repeat', range: [0, 9], suggestions: [{ desc: 'Remove “As I said”', output: 'The refund is on its way.' }] }],
    },
    {
      text: 'The refund, as I mentioned, is on its way.',
      errors: [{ messageId: 'repeat', actual: 'as I mentioned', suggestions: [{ output: 'The refund is on its way.' }] }],
    },
    {
      text: "It's easy: open Settings and tap Reset.",
      errors: [{ messageId: 'easy', actual: "It's easy", suggestions: [] }],
    },
    {
      text: 'Obviously the green button starts the call.',
      errors: [{ messageId: 'obvious', actual: 'Obviously', suggestions: [{ output: 'The green button starts the call.' }] }],
    },
    {
      text: 'As everyone knows, passwords expire every 90 days.',
      errors: [{ messageId: 'familiar', actual: 'As everyone knows', suggestions: [{ output: 'Passwords expire every 90 days.' }] }],
    },
  ],
});
