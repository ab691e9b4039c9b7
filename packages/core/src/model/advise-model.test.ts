import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { channelSchema, prioritySchema } from '../ticket/index.js';
import { adviseModel } from './advise-model.js';
import { channelDefaultModel } from './channel-model.js';
import { communicationModelSchema, modelRank } from './communication-model.js';
import { adviceTableMarkdown } from './internal/advice-table-markdown.js';
import { modelAdviceTable } from './model-advice-table.js';
import {
  feedbackNeedSchema,
  situationLevelSchema,
  situationPurposeSchema,
  type ModelSituation,
} from './model-situation.js';
import { thrown } from '../internal/thrown.js';


describe('adviseModel on everyday situations', () => {
  it('a password reset over chat is a quick transactional exchange', () => {
    const advice = adviseModel({ purpose: 'troubleshooting' });
    expect(advice.model).toBe('transactional');
    expect(advice.channels[0]).toBe('chat');
    expect(advice.situation.feedback).toBe('immediate');
    expect(advice.practices.join(' ')).toContain('paraphrase');
  });

  it('an outage update to 800 people is a linear broadcast on the status page, with notes', () => {
    const advice = adviseModel({
      purpose: 'incident_update',
      audienceSize: 800,
      urgency: 'urgent',
      emotionalIntensity: 'medium',
    });
    expect(advice.model).toBe('linear');
    expect(advice.channels).toEqual(['status_page', 'broadcast', 'email']);
    const sources = advice.reasons.map((reason) => reason.source);
    // emotion-medium raised it to interactive; the broad audience brings it back to linear.
    expect(advice.reasons.find((r) => r.source === 'emotion-medium')?.outcome).toBe('raised');
    expect(advice.reasons.find((r) => r.source === 'audience-broad')?.outcome).toBe('lowered');
    expect(sources).toContain('notice-urgent');
    expect(sources).toContain('notice-emotion');
    expect(advice.rationale).toMatch(/next update/);
  });

  it('a frustrated customer with a hard problem gets a call, not more e-mail', () => {
    const advice = adviseModel({
      purpose: 'service_request',
      emotionalIntensity: 'high',
      complexity: 'high',
    });
    expect(advice.model).toBe('transactional');
    expect(advice.channels.slice(0, 2)).toEqual(['phone', 'chat']);
    const raised = advice.reasons.find((r) => r.outcome === 'raised');
    expect(raised?.source).toBe('emotion-high');
    expect(raised?.text).toMatch(/^Raised from interactive to transactional: .*crucial conversation/);
  });

  it('a standard request stays interactive unless every hour counts', () => {
    expect(adviseModel({ purpose: 'service_request' }).model).toBe('interactive');
    expect(adviseModel({ purpose: 'service_request' }).channels).toEqual(['email', 'portal']);
    expect(adviseModel({ purpose: 'service_request', urgency: 'high' }).channels).toContain('sms');
    const urgent = adviseModel({ purpose: 'service_request', urgency: 'urgent' });
    expect(urgent.model).toBe('transactional');
    expect(urgent.reasons.map((r) => r.source)).toContain('urgency-urgent');
  });

  it('a policy notice is linear; asking for replies to it makes it interactive for a small team', () => {
    expect(adviseModel({ purpose: 'policy', audienceSize: 12 }).model).toBe('linear');
    expect(adviseModel({ purpose: 'policy', audienceSize: 12, feedback: 'later' }).model).toBe('interactive');
    expect(adviseModel({ purpose: 'policy', audienceSize: 120, feedback: 'later' }).model).toBe('linear');
  });

  it('a complex troubleshooting session suggests a remote session first', () => {
    expect(adviseModel({ purpose: 'troubleshooting', complexity: 'medium' }).channels[0]).toBe('remote_session');
  });

  it('a satisfaction follow-up is interactive', () => {
    const advice = adviseModel({ purpose: 'feedback' });
    expect(advice.model).toBe('interactive');
    expect(advice.reasons[0]?.text).toMatch(/follow/i);
  });

  it('the rationale is readable: it starts with the verdict and quotes every principle used', () => {
    const advice = adviseModel({ purpose: 'complaint', emotionalIntensity: 'high' });
    expect(advice.rationale.startsWith('Transactional, on phone, chat or in person.')).toBe(true);
    for (const reason of advice.reasons.filter((r) => r.outcome !== 'channels')) {
      expect(advice.rationale).toContain(reason.text);
    }
  });

  it('is deterministic and does not keep references to the input', () => {
    const situation: ModelSituation = { purpose: 'question', complexity: 'high' };
    expect(adviseModel(situation)).toEqual(adviseModel({ ...situation }));
  });
});

describe('adviseModel input validation', () => {
  it('rejects an unknown purpose with the path', () => {
    const error = thrown(() => adviseModel({ purpose: 'gossip' } as unknown as ModelSituation));
    expect(error.code).toBe('INVALID_SITUATION');
    expect(error.issues[0]?.path).toEqual(['purpose']);
  });

  it('rejects a misspelt key instead of ignoring it', () => {
    const error = thrown(() =>
      adviseModel({ purpose: 'policy', urgncy: 'high' } as unknown as ModelSituation),
    );
    expect(error.code).toBe('INVALID_SITUATION');
    expect(error.message).toContain('urgncy');
  });

  it('rejects an empty or fractional audience', () => {
    expect(thrown(() => adviseModel({ purpose: 'policy', audienceSize: 0 })).issues[0]?.path).toEqual(['audienceSize']);
    expect(thrown(() => adviseModel({ purpose: 'policy', audienceSize: 2.5 })).issues[0]?.path).toEqual(['audienceSize']);
  });
});

describe('the advice table', () => {
  it('has exactly one row per purpose', () => {
    const purposes = modelAdviceTable.purposes.map((row) => row.purpose);
    expect([...purposes].sort()).toEqual([...situationPurposeSchema.options].sort());
  });

  it('ends each model with an unconditional channel row, and only suggests channels that can carry it', () => {
    for (const model of communicationModelSchema.options) {
      const rows = modelAdviceTable.channels.filter((row) => row.model === model);
      expect(rows.at(-1)?.when).toBe('otherwise');
      for (const row of rows) {
        expect(row.channels.length).toBeGreaterThan(0);
        // Never a channel that cannot carry the model (a status page for a conversation).
        for (const channel of row.channels) {
          expect(modelRank(channelDefaultModel(channel))).toBeGreaterThanOrEqual(modelRank(model));
        }
      }
    }
  });

  it('has unique ids', () => {
    const ids = [...modelAdviceTable.rules.map((r) => r.id), ...modelAdviceTable.channels.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(modelAdviceTable.rules)).toBe(true);
    expect(Object.isFrozen(modelAdviceTable.purposes[0])).toBe(true);
  });

  const doc = new URL('../../../../docs/concepts/communication-models.md', import.meta.url);
  it.skipIf(!existsSync(doc))('is printed in full in docs/concepts/communication-models.md', () => {
    const text = readFileSync(doc, 'utf8');
    const start = text.indexOf('<!-- advice-table:start -->');
    const end = text.indexOf('<!-- advice-table:end -->');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const printed = text.slice(start + '<!-- advice-table:start -->'.length, end).trim();
    expect(printed).toBe(adviceTableMarkdown(modelAdviceTable));
  });
});

describe('channelDefaultModel', () => {
  it('maps every channel', () => {
    for (const channel of channelSchema.options) {
      expect(communicationModelSchema.options).toContain(channelDefaultModel(channel));
    }
    expect(channelDefaultModel('status_page')).toBe('linear');
    expect(channelDefaultModel('email')).toBe('interactive');
    expect(channelDefaultModel('phone')).toBe('transactional');
  });
});

describe('adviseModel properties', () => {
  const situationArb = fc.record({
    purpose: fc.constantFrom(...situationPurposeSchema.options),
    audienceSize: fc.integer({ min: 1, max: 5000 }),
    urgency: fc.constantFrom(...prioritySchema.options),
    emotionalIntensity: fc.constantFrom(...situationLevelSchema.options),
    complexity: fc.constantFrom(...situationLevelSchema.options),
    feedback: fc.constantFrom(...feedbackNeedSchema.options),
  });
  const levels = situationLevelSchema.options;
  const urgencies = prioritySchema.options;

  it('always gives a model, channels and a rationale', () => {
    fc.assert(
      fc.property(situationArb, (situation) => {
        const advice = adviseModel(situation);
        expect(advice.channels.length).toBeGreaterThan(0);
        expect(advice.rationale.length).toBeGreaterThan(40);
        expect(advice.reasons[0]?.outcome).toBe('start');
        expect(advice.reasons.at(-1)?.outcome).toBe('channels');
        expect(advice.reasons.at(-1)?.model).toBe(advice.model);
      }),
    );
  });

  it('a broad audience is always linear; otherwise an immediate need is always transactional', () => {
    fc.assert(
      fc.property(situationArb, (situation) => {
        const advice = adviseModel(situation);
        if (situation.audienceSize > 20) expect(advice.model).toBe('linear');
        else if (situation.feedback === 'immediate') expect(advice.model).toBe('transactional');
      }),
    );
  });

  it('stronger feelings, more complexity or more urgency never lower the model', () => {
    fc.assert(
      fc.property(situationArb, (situation) => {
        const base = modelRank(adviseModel(situation).model);
        const up = <T>(list: readonly T[], value: T): T => list[Math.min(list.indexOf(value) + 1, list.length - 1)] as T;
        for (const variant of [
          { ...situation, emotionalIntensity: up(levels, situation.emotionalIntensity) },
          { ...situation, complexity: up(levels, situation.complexity) },
          { ...situation, urgency: up(urgencies, situation.urgency) },
        ]) {
          expect(modelRank(adviseModel(variant).model)).toBeGreaterThanOrEqual(base);
        }
      }),
    );
  });

  it('a larger audience never raises the model', () => {
    fc.assert(
      fc.property(situationArb, fc.integer({ min: 0, max: 1000 }), (situation, extra) => {
        const base = modelRank(adviseModel(situation).model);
        const larger = modelRank(adviseModel({ ...situation, audienceSize: situation.audienceSize + extra }).model);
        expect(larger).toBeLessThanOrEqual(base);
      }),
    );
  });
});
