import { tester } from './internal/tester.js';
import { customerFrustration } from './customer-frustration.js';

const customer = { role: 'customer' as const };

tester.run('customer-frustration', customerFrustration, {
  valid: [
    { ...customer, text: 'Hi, my printer shows error 49. Could you help?' },
    { ...customer, text: 'Thanks, that fixed it!' },
    { ...customer, text: 'The app is slow since the update.' },
    { ...customer, text: 'I have a VPN question about the FAQ.' },
    // A capitalised name inside an ordinary sentence is not a raised voice.
    { ...customer, text: 'This is the second time I have used the NASA mirror for the download, and it works.' },
    { text: 'This is RIDICULOUS!!' },
  ],
  invalid: [
    {
      name: 'writing again about the same problem, with the repeat in capitals',
      ...customer,
      text: "This is the THIRD time I'm writing about this. I shouldn't have to chase it. Can someone call me?",
      errors: [{ messageId: 'frustrated' }],
    },
    {
      name: 'a problem that persists and a pointed question',
      ...customer,
      text: 'Still happening this morning. Is anyone actually looking at this?',
      errors: [{ messageId: 'frustrated' }],
    },
    {
      ...customer,
      text: 'This is RIDICULOUS, third time the update broke my phone!!',
      errors: [{ messageId: 'frustrated', range: [8, 58], data: { level: '0.75' } }],
    },
    {
      ...customer,
      text: 'This is RIDICULOUS, third time the update broke my phone!! Fix it now 😡',
      errors: [{ messageId: 'veryFrustrated', range: [8, 72] }],
    },
    {
      ...customer,
      text: 'Still not working and nobody has replied. Really disappointed.',
      errors: [{ messageId: 'frustrated', actual: 'Still not working and nobody has replied. Really disappointed' }],
    },
    { ...customer, text: 'My phone drains in 2 hours 😡😡', options: { threshold: 0.4 }, errors: [{ messageId: 'frustrated' }] },
  ],
});
