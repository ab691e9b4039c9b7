import { askClarifyingQuestions } from './ask-clarifying-questions.js';
import { tester } from './internal/tester.js';

tester.run('ask-clarifying-questions', askClarifyingQuestions, {
  valid: [
    { text: 'Sorry to hear that. What happens when you try to open it, and since when?', context: 'My email is not working.' },
    { text: 'Let us know which device and app version you are using and we will take a look.', context: 'The app keeps crashing.' },
    { text: 'Please restart your computer and try again.', context: 'Outlook 2021 on Windows 11 shows error 0x800CCC0E since yesterday.' },
    { text: 'Great, glad it works!', context: 'Thanks, all good now.' },
  ],
  invalid: [
    {
      text: 'Please restart your computer and try again.',
      context: 'My email is not working.',
      errors: [{ messageId: 'askForDetails', range: [0, 43] }],
    },
    {
      text: '@105844 Thanks for reaching out to us. We are always happy to help. Send us a DM so we can look into this together.',
      context: '@76099 @AppleSupport fix this update. It’s horrible',
      errors: [{ messageId: 'askForDetails' }],
    },
  ],
});
