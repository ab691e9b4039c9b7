import { RapportError } from '../../errors.js';
import type { AnalyzeMessageOptions, Instant } from '../types.js';
import { CHANNEL_NAMES, isChannel } from './channel-names.js';
import type { RunInput } from './run-rules.js';

const knownTimeZones = new Map<string, boolean>();

function isTimeZone(name: string): boolean {
  let known = knownTimeZones.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    if (knownTimeZones.size < 1000) knownTimeZones.set(name, known);
  }
  return known;
}

function invalid(path: string, message: string): RapportError {
  return new RapportError('INVALID_INPUT', `Invalid analyze options at ${path}: ${message}`, {
    issues: [{ code: 'invalid_input', path: [path], message }],
  });
}

/** Epoch milliseconds of an instant, or a thrown `INVALID_INPUT`. */
export function toEpochMs(now: Instant, path = 'now'): number {
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : typeof now === 'string' ? Date.parse(now) : Number.NaN;
  if (!Number.isFinite(ms)) throw invalid(path, `expected a Date, epoch milliseconds or an ISO 8601 string, got ${String(now)}`);
  return ms;
}

/**
 * Checks the per-message options by hand (no zod on the hot path) and normalises them. Bad
 * options are programmer errors and throw `INVALID_INPUT` (`UNKNOWN_TIME_ZONE` for a zone name the
 * runtime does not know); the text itself can be any string.
 */
export function normalizeOptions(text: unknown, options: AnalyzeMessageOptions | undefined): RunInput {
  if (typeof text !== 'string') throw invalid('text', `expected a string, got ${typeof text}`);
  const o = options ?? {};
  const role = o.role ?? 'agent';
  if (role !== 'agent' && role !== 'customer') throw invalid('role', `expected "agent" or "customer", got ${String(role)}`);
  if (o.context !== undefined && typeof o.context !== 'string') throw invalid('context', 'expected a string');
  if (o.channel !== undefined && !isChannel(o.channel)) throw invalid('channel', `expected one of ${CHANNEL_NAMES.join(', ')}, got ${String(o.channel)}`);
  if (o.locale !== undefined && typeof o.locale !== 'string') throw invalid('locale', 'expected a locale such as "en"');
  let timeZone: string | undefined;
  if (o.timeZone !== undefined) {
    if (typeof o.timeZone !== 'string' || !isTimeZone(o.timeZone)) {
      throw new RapportError('UNKNOWN_TIME_ZONE', `Unknown time zone "${String(o.timeZone)}"`, {
        issues: [{ code: 'unknown_time_zone', path: ['timeZone'], message: 'not an IANA time zone this runtime knows' }],
      });
    }
    timeZone = o.timeZone;
  }
  return {
    text,
    role,
    channel: o.channel,
    locale: o.locale ?? 'en',
    context: o.context,
    now: o.now === undefined ? undefined : toEpochMs(o.now),
    timeZone,
  };
}
