/**
 * `pnpm bench sla`: `slaStatus` and `planFollowUps` of `@rapport/core/schedule` on a deterministic
 * set of realistic tickets (a dozen status changes and messages over two weeks), with all six SLA
 * metrics, in calendar hours and on a Mon-Fri Europe/Berlin business calendar. The baseline,
 * measured in the same run, is `ticketSchema.safeParse` on the same tickets: both functions
 * validate their ticket at the boundary, so the ratio says what the clocks cost on top of that.
 * Prints tickets per second and ratios; never fails on timing.
 */
import { createBusinessCalendar, planFollowUps, slaStatus, type FollowUpPolicy, type SlaPolicy } from '@rapport/core/schedule';
import { ticketSchema, type Ticket } from '@rapport/core/ticket';
import { buildTicket, type HistoryStep } from '../../packages/core/src/schedule/sla/internal/ticket-builder.js';

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const START = Date.parse('2024-05-06T08:00:00Z');
const statuses = ['open', 'pending', 'open', 'on_hold', 'open', 'resolved'] as const;
const tickets: Ticket[] = [];
const nows: number[] = [];
for (let k = 0; k < 1000; k++) {
  const steps: HistoryStep[] = [];
  let t = START + Math.floor(random() * 60) * 60_000;
  for (let i = 0; i < 12; i++) {
    t += Math.floor(random() * 24 * 60) * 60_000;
    const at = new Date(t).toISOString();
    steps.push(random() < 0.4 ? { at, status: statuses[Math.floor(random() * statuses.length)] ?? 'open' } : { at, say: random() < 0.5 ? 'agent' : 'requester' });
  }
  tickets.push(buildTicket({ id: `T-${k}`, createdAt: new Date(START).toISOString(), steps }));
  nows.push(t + 3_600_000);
}

const metrics = {
  first_reply_time: { targets: { high: '4h' } },
  next_reply_time: { targets: { high: '8h' } },
  periodic_update_time: { targets: { high: '24h' } },
  pausable_update_time: { targets: { high: '24h' } },
  requester_wait_time: { targets: { high: '40h' } },
  agent_work_time: { targets: { high: '16h' } },
} satisfies SlaPolicy['metrics'];
const calendarPolicy: SlaPolicy = { id: 'calendar', metrics };
const businessPolicy: SlaPolicy = { id: 'business', hours: 'business', metrics };
const day = [['09:00', '17:00']] as [string, string][];
const berlin = createBusinessCalendar({ timeZone: 'Europe/Berlin', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } });
const followUpPolicy: FollowUpPolicy = { sla: businessPolicy, hours: 'business', pendingReminders: { after: ['8h', '40h'] }, autoResolve: { after: '56h' }, autoClose: { after: '32h' } };

function rate(run: (k: number) => unknown, minMs = 1500): { best: number; median: number } {
  const rates: number[] = [];
  const begin = performance.now();
  let k = 0;
  while (performance.now() - begin < minMs || rates.length < 5) {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++, k++) run(k % tickets.length);
    rates.push((200 / (performance.now() - t0)) * 1000);
  }
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1] as number, median: rates[rates.length >> 1] as number };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const cases: [string, (k: number) => unknown][] = [
  ['baseline: ticketSchema.safeParse', (k) => ticketSchema.safeParse(tickets[k])],
  ['slaStatus, 6 metrics, calendar hours', (k) => slaStatus(tickets[k] as Ticket, calendarPolicy, null, nows[k] as number)],
  ['slaStatus, 6 metrics, Berlin business hours', (k) => slaStatus(tickets[k] as Ticket, businessPolicy, berlin, nows[k] as number)],
  ['planFollowUps, business hours + SLA warnings', (k) => planFollowUps(tickets[k] as Ticket, followUpPolicy, berlin, nows[k] as number)],
];
for (const [, run] of cases) for (let k = 0; k < tickets.length; k++) run(k); // warm up
let baseline = 0;
console.log(`${tickets.length} tickets, 12 events each; tickets per second (best round, median round)`);
for (const [name, run] of cases) {
  const { best, median } = rate(run);
  if (baseline === 0) baseline = best;
  console.log(`  ${name.padEnd(48)} ${fmt(best).padStart(9)} /s  (median ${fmt(median)})  ${(baseline / best).toFixed(1)}x the baseline's time`);
}
