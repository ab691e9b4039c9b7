import { z } from 'zod';

/** A duration as written by the user, parsed. */
export interface ParsedDuration {
  /** The duration in milliseconds (an integer, never negative). */
  readonly ms: number;
  /** Whether the text used days or weeks, whose business-hours length is undefined. */
  readonly usesDays: boolean;
  /** The text as written. */
  readonly text: string;
}

/** Outcome of {@link parseDuration}. */
export type DurationParse = { readonly ok: true; readonly value: ParsedDuration } | { readonly ok: false; readonly message: string };

const COMPACT_UNITS: Readonly<Record<string, number>> = {
  w: 604_800_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
};
const COMPACT_ORDER = ['w', 'd', 'h', 'm', 's', 'ms'];

const MAX_DURATION_MS = 8.64e15;

/**
 * Parses a duration: compact (`90s`, `30m`, `4h`, `1h30m`, `2d`, `1w`, `250ms`, groups in
 * descending order, optionally separated by spaces) or ISO 8601 (`PT4H`, `P2D`, `P1DT12H`, `P1W`).
 * Years and months are refused (they have no fixed length), as are negative or non-integral
 * millisecond results. A hand-written scanner: linear, never throws.
 */
export function parseDuration(text: string): DurationParse {
  if (typeof text !== 'string' || text.length === 0) return fail('a duration must be a non-empty string such as "4h" or "PT4H"');
  if (text.length > 64) return fail('a duration is at most 64 characters');
  return text.charCodeAt(0) === 0x50 /* P */ ? parseIso(text) : parseCompact(text);
}

function fail(message: string): DurationParse {
  return { ok: false, message };
}

function done(text: string, ms: number, usesDays: boolean): DurationParse {
  if (!Number.isFinite(ms) || ms > MAX_DURATION_MS) return fail(`duration "${text}" is too long`);
  const rounded = Math.round(ms);
  if (Math.abs(ms - rounded) > 1e-6) return fail(`duration "${text}" is not a whole number of milliseconds`);
  return { ok: true, value: { ms: rounded, usesDays, text } };
}

/** Reads an unsigned decimal number at `start`; returns its value and the index after it. */
function readNumber(text: string, start: number): { value: number; end: number } | undefined {
  let i = start;
  let digits = 0;
  while (i < text.length && isDigit(text.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < text.length && text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    let fraction = 0;
    while (i < text.length && isDigit(text.charCodeAt(i))) {
      i++;
      fraction++;
    }
    if (fraction === 0) return undefined;
  }
  if (digits === 0) return undefined;
  return { value: Number(text.slice(start, i)), end: i };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function parseCompact(text: string): DurationParse {
  let i = 0;
  let ms = 0;
  let usesDays = false;
  let lastRank = -1;
  let groups = 0;
  while (i < text.length) {
    if (text.charCodeAt(i) === 0x20 && groups > 0) {
      i++;
      continue;
    }
    if (text.charCodeAt(i) === 0x2d /* - */) return fail(`duration "${text}" is negative`);
    const number = readNumber(text, i);
    if (!number) return fail(`invalid duration "${text}": expected a number at position ${i}`);
    i = number.end;
    let unit = text[i];
    if (unit === 'm' && text[i + 1] === 's') unit = 'ms';
    const perUnit = unit === undefined ? undefined : COMPACT_UNITS[unit];
    if (unit === undefined || perUnit === undefined) {
      return fail(`invalid duration "${text}": expected a unit (w, d, h, m, s, ms) at position ${i}`);
    }
    const rank = COMPACT_ORDER.indexOf(unit);
    if (rank <= lastRank) return fail(`invalid duration "${text}": units must appear once each, largest first`);
    lastRank = rank;
    if (unit === 'w' || unit === 'd') usesDays = true;
    ms += number.value * perUnit;
    i += unit.length;
    groups++;
  }
  if (groups === 0) return fail(`invalid duration "${text}"`);
  return done(text, ms, usesDays);
}

const ISO_DATE_UNITS: Readonly<Record<string, number>> = { W: 604_800_000, D: 86_400_000 };
const ISO_TIME_UNITS: Readonly<Record<string, number>> = { H: 3_600_000, M: 60_000, S: 1_000 };

function parseIso(text: string): DurationParse {
  let i = 1;
  let ms = 0;
  let usesDays = false;
  let inTime = false;
  let lastRank = -1;
  let groups = 0;
  while (i < text.length) {
    if (text[i] === 'T') {
      if (inTime) return fail(`invalid ISO 8601 duration "${text}": a second T`);
      inTime = true;
      lastRank = -1;
      i++;
      if (i === text.length) return fail(`invalid ISO 8601 duration "${text}": nothing after T`);
      continue;
    }
    const number = readNumber(text, i);
    if (!number) return fail(`invalid ISO 8601 duration "${text}": expected a number at position ${i}`);
    i = number.end;
    const unit = text[i];
    if (unit === undefined) return fail(`invalid ISO 8601 duration "${text}": missing unit at the end`);
    if (!inTime && (unit === 'Y' || unit === 'M')) {
      return fail(`ISO 8601 duration "${text}" uses years or months, which have no fixed length; use weeks or days`);
    }
    const table = inTime ? ISO_TIME_UNITS : ISO_DATE_UNITS;
    const perUnit = table[unit];
    if (perUnit === undefined) return fail(`invalid ISO 8601 duration "${text}": unexpected unit "${unit}" at position ${i}`);
    const rank = Object.keys(table).indexOf(unit);
    if (rank <= lastRank) return fail(`invalid ISO 8601 duration "${text}": units out of order`);
    lastRank = rank;
    if (!inTime) usesDays = true;
    ms += number.value * perUnit;
    i++;
    groups++;
  }
  if (groups === 0) return fail(`invalid ISO 8601 duration "${text}": no components`);
  return done(text, ms, usesDays);
}

/** Marks a zod issue as a duration problem, so the boundary reports `INVALID_DURATION`. */
export const DURATION_ISSUE = { rapportCode: 'INVALID_DURATION' } as const;

/**
 * A zod schema for a duration string that outputs a {@link ParsedDuration}. `positive` refuses
 * zero.
 */
export function durationSchema(options: { positive: boolean }) {
  return z.string().transform((text, ctx): ParsedDuration => {
    const parsed = parseDuration(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message, params: DURATION_ISSUE });
      return z.NEVER;
    }
    if (options.positive && parsed.value.ms === 0) {
      ctx.addIssue({ code: 'custom', message: `duration "${text}" must be longer than zero`, params: DURATION_ISSUE });
      return z.NEVER;
    }
    return parsed.value;
  });
}
