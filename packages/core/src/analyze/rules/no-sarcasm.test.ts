import { tester } from './internal/tester.js';
import { noSarcasm } from './no-sarcasm.js';

tester.run('no-sarcasm', noSarcasm, {
  valid: [
    'Good luck with that presentation tomorrow!',
    "If you say so, I'll book the engineer for Monday.",
    'Thanks a lot for the screenshots, they helped.',
    'He wrote "yeah right" in the survey.',
    { text: 'Yeah right, like that will fix it.', role: 'customer' },
  ],
  invalid: [
    { text: 'Reinstall it yourself? Good luck with that.', errors: [{ messageId: 'sarcasm', range: [23, 42], data: { phrase: 'Good luck with that' } }] },
    { text: 'Yeah right, it was the cat that deleted the folder.', errors: [{ messageId: 'sarcasm', actual: 'Yeah right' }] },
    { text: 'Well, thanks for nothing.', errors: [{ messageId: 'sarcasm', actual: 'thanks for nothing' }] },
  ],
});
