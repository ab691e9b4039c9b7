import { tester } from './internal/tester.js';
import { preferAdultWording } from './prefer-adult-wording.js';

tester.run('prefer-adult-wording', preferAdultWording, {
  valid: [
    'You need to restart the laptop before the update applies.',
    "You'll need to sign in again after the reset.",
    "I'm afraid we can't accept returns after 90 days, but I can ask my manager.",
    'Let me take care of that for you.',
    "I've checked the logs: the sync stopped at 9:14. I'll restart it now.",
    'Dear Sam, thanks for the details.',
    'You wrote "you should have warned us" and you are right.',
    { text: 'You should have told us about the outage!', role: 'customer' },
  ],
  invalid: [
    { text: 'You should have saved the file first.', errors: [{ messageId: 'criticalParent', range: [0, 15], data: { phrase: 'You should have' } }] },
    { text: 'You need to understand that this takes time.', errors: [{ messageId: 'criticalParent', actual: 'You need to understand' }] },
    { text: 'How many times do I have to explain this?', errors: [{ messageId: 'criticalParent', actual: 'How many times' }] },
    { text: 'Never do that again, it wipes the cache.', errors: [{ messageId: 'criticalParent', actual: 'Never do that' }] },
    { text: "Don't worry your head about the settings, sweetie.", errors: [{ messageId: 'nurturingParent', actual: "Don't worry your head" }, { messageId: 'nurturingParent', actual: 'sweetie' }] },
    { text: "That part is too technical for you, so I'll handle it.", errors: [{ messageId: 'nurturingParent', actual: 'too technical for you' }] },
    { text: "I'm so so sorry, I'm terrible at this.", errors: [{ messageId: 'adaptedChild', actual: "I'm so so sorry" }, { messageId: 'adaptedChild', actual: "I'm terrible" }] },
    { text: "I'm afraid I can't possibly do that today.", errors: [{ messageId: 'adaptedChild', actual: "I'm afraid I can't possibly" }] },
  ],
});
