import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { EPOCH_MS } from './wall-clock.js';
import { ZoneRules, resolveTimeZoneName, type TemporalLike } from './zone-rules.js';

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Beirut', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Apia', 'Africa/Casablanca', 'Etc/UTC'];
const instant = fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2036, 11, 31) });

const polyfillOffset = (zone: string, ms: number) => Math.round(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6);

describe('ZoneRules', () => {
  it('Intl sampling gives the offsets temporal-polyfill gives', () => {
    const intl = new Map(ZONES.map((zone) => [zone, new ZoneRules(zone, { kind: 'intl' })]));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, ms) => {
        expect(intl.get(zone)?.offsetAt(ms)).toBe(polyfillOffset(zone, ms));
      }),
      { numRuns: 2000 },
    );
  });

  it('the Temporal source (here the polyfill) agrees with the Intl source around transitions', () => {
    const temporal = Temporal as unknown as TemporalLike;
    for (const zone of ZONES) {
      const viaTemporal = new ZoneRules(zone, { kind: 'temporal', temporal });
      const viaIntl = new ZoneRules(zone, { kind: 'intl' });
      for (let ms = Date.UTC(2014, 0, 1); ms < Date.UTC(2017, 0, 1); ms += 3_600_000 * 7 + 60_000) {
        expect(viaTemporal.offsetAt(ms)).toBe(viaIntl.offsetAt(ms));
      }
    }
  });

  it('fromWall picks the first occurrence of an ambiguous time and moves gap times one hour later', () => {
    const wall = (iso: string) => Date.parse(`${iso}Z`);
    const ny = new ZoneRules('America/New_York', { kind: 'intl' });
    expect(new Date(ny.fromWall(wall('2014-11-02T01:30:00'))).toISOString()).toBe('2014-11-02T05:30:00.000Z');
    expect(new Date(ny.fromWall(wall('2014-03-09T02:30:00'))).toISOString()).toBe('2014-03-09T07:30:00.000Z');
    const lordHowe = new ZoneRules('Australia/Lord_Howe', { kind: 'intl' });
    // Fall back 02:00 → 01:30 on 2015-04-05: 01:45 happens twice; the first is +11.
    expect(new Date(lordHowe.fromWall(wall('2015-04-05T01:45:00'))).toISOString()).toBe('2015-04-04T14:45:00.000Z');
  });

  it('toWall and fromWall round-trip for every instant that is the first occurrence of its wall time', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, ms) => {
        const rules = new ZoneRules(zone, { kind: 'intl' });
        const t = Math.floor(ms / 1000) * 1000;
        const back = rules.fromWall(rules.toWall(t));
        expect(back).toBeLessThanOrEqual(t);
        expect(rules.toWall(back)).toBe(rules.toWall(t));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts IANA names and refuses unknown names and offsets', () => {
    expect(resolveTimeZoneName('America/New_York')).toBe('America/New_York');
    expect(resolveTimeZoneName('Mars/Base')).toBeUndefined();
    expect(resolveTimeZoneName('+05:00')).toBeUndefined();
    expect(resolveTimeZoneName('')).toBeUndefined();
    expect(EPOCH_MS).toBe(Date.UTC(2006, 0, 1));
  });
});
