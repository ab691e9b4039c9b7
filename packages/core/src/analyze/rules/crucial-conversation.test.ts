import { tester } from './internal/tester.js';
import { crucialConversation } from './crucial-conversation.js';

const customer = { role: 'customer' as const };

tester.run('crucial-conversation', crucialConversation, {
  valid: [
    { ...customer, text: 'My payroll export is due Friday; can you check the template?' },
    { ...customer, text: "I'm worried the printer will jam again." },
    { ...customer, text: 'That is not what I asked, but thanks.' },
    { text: "My payroll run is due today and you said it was fixed. I'm panicking." },
  ],
  invalid: [
    {
      ...customer,
      text: "My payroll run is due today and you said it was fixed. I'm panicking.",
      errors: [{ messageId: 'crucial', range: [0, 69], data: { signs: 'high stakes, strong emotion, disagreement' }, expected: ['high stakes', 'strong emotion', 'disagreement'] }],
    },
    {
      ...customer,
      text: 'I lost all my thesis files and this is RIDICULOUS, I have a deadline tomorrow!!',
      errors: [{ messageId: 'crucial', data: { signs: 'high stakes, strong emotion' } }],
    },
  ],
});
