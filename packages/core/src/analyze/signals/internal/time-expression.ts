/**
 * Parses English time expressions ("by 3 pm tomorrow", "within 2 business hours", "first thing
 * Monday morning", "by end of day", "in 30 minutes") from tokens, and resolves them to an
 * instant given a reference time and an IANA zone. Token-based and linear; no regular
 * expressions.
 */
import type { TextView, Token } from '../../text/text-view.js';
import { wordSet } from '../../text/word-set.js';
import { businessWords as lexiconBusinessWords, dayParts as lexiconDayParts, monthAbbreviations as lexiconMonthAbbreviations, months as lexiconMonths, numberWords as lexiconNumberWords, units as lexiconUnits, vague as lexiconVague, weekdayAbbreviations as lexiconWeekdayAbbreviations, weekdays as lexiconWeekdays } from '../../data/en/commitments.json';
import {
  addCivilDays,
  daysInMonth,
  instantOf,
  wallClockAt,
  weekdayOf,
  type CivilDate,
} from './zoned-time.js';

/** What day a time expression names. */
export type DaySpec =
  | { readonly type: 'today' }
  | { readonly type: 'tomorrow' }
  | { readonly type: 'dayAfterTomorrow' }
  | { readonly type: 'weekday'; readonly weekday: number; readonly next: boolean }
  | { readonly type: 'date'; readonly month: number; readonly day: number }
  | { readonly type: 'weekEnd'; readonly weeksAhead: 0 | 1 }
  | { readonly type: 'earlyNextWeek' }
  | { readonly type: 'monthEnd' };

/** A parsed time expression. */
export type TimeSpec =
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: 'minute' | 'hour' | 'day' | 'week'; readonly business: boolean }
  | {
      readonly kind: 'point';
      readonly day: DaySpec | undefined;
      /** Minutes after local midnight from a clock time ("3 pm"), when given. */
      readonly clock: number | undefined;
      /** The day part ("morning", "eod", "first-thing"), when given. */
      readonly part: string | undefined;
    }
  | { readonly kind: 'vague' };

/** A time expression found in a token range. */
export interface TimeMatch {
  /** First token (including a leading preposition such as "by" or "within"). */
  readonly firstToken: number;
  /** Token index just past the expression. */
  readonly endToken: number;
  readonly spec: TimeSpec;
}

const WEEKDAYS = new Map<string, number>(lexiconWeekdays.map((d, i) => [d, i]));
const WEEKDAY_ABBR = new Map<string, number>(Object.entries(lexiconWeekdayAbbreviations));
const MONTHS = new Map<string, number>(lexiconMonths.map((m, i) => [m, i + 1]));
const MONTH_ABBR = new Map<string, number>(Object.entries(lexiconMonthAbbreviations));
const NUMBER_WORDS = new Map<string, number>(Object.entries(lexiconNumberWords));
const UNITS = new Map<string, 'minute' | 'hour' | 'day' | 'week'>(
  Object.entries(lexiconUnits) as [string, 'minute' | 'hour' | 'day' | 'week'][],
);
const BUSINESS = new Set<string>(lexiconBusinessWords);
const DAY_PARTS = new Map<string, number>(
  Object.entries(lexiconDayParts).map(([k, v]) => {
    const [h, m] = v.split(':').map(Number);
    return [k, (h ?? 0) * 60 + (m ?? 0)];
  }),
);
const VAGUE: readonly (readonly string[])[] = lexiconVague.map((p) => p.split(' '));
const VAGUE_FIRST = new Set(VAGUE.map((p) => p[0] as string));
// Words that may start a deadline phrase and are kept in it.
const LEADING_PREPOSITIONS = new Set(['by', 'before', 'until', 'till', 'til', 'within', 'in', 'at', 'on', 'for', 'around', 'about', 'approximately', 'approx', 'later', 'early', 'this', 'next', 'coming', 'the']);
// Tokens that may sit between two parts of one expression ("tomorrow at 3", "Friday, by noon").
const CONNECTORS = new Set(['at', 'on', 'by', 'before', 'until', 'till', 'around', 'about', 'the', 'of', 'in', ',', 'approximately', 'approx', 'latest', 'or', 'so']);
// A time after one of these is not a deadline ("since Monday", "after 3 pm", "last Friday").
const NOT_DEADLINE_BEFORE = new Set(['since', 'after', 'from', 'last', 'past', 'previous', 'every', 'each', 'per', 'ago']);
const END_OF_DAY_PARTS = new Set(['eod', 'cob', 'eob', 'end-of-day']);

const MINUTE = 60_000;
const OPEN_MINUTE = 9 * 60;
const CLOSE_MINUTE = 17 * 60;

function lowerAt(tokens: readonly Token[], i: number, end: number): string {
  return i < end ? (tokens[i] as Token).lower : '';
}

/** Parses "3", "3pm", "3:30pm", "15:00", "10am" style tokens into minutes and whether am/pm was given. */
function clockOf(tokens: readonly Token[], i: number, end: number): { minutes: number; next: number; meridiem: boolean } | undefined {
  const t = tokens[i] as Token;
  const s = t.lower;
  let k = 0;
  let hour = 0;
  let digits = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57 && digits < 3) {
    hour = hour * 10 + (s.charCodeAt(k) - 48);
    k++;
    digits++;
  }
  if (digits === 0 || digits > 2) return undefined;
  let minute = 0;
  let colon = false;
  if (k < s.length && (s[k] === ':' || s[k] === '.')) {
    if (k + 3 > s.length) return undefined;
    const a = s.charCodeAt(k + 1) - 48;
    const b = s.charCodeAt(k + 2) - 48;
    if (a < 0 || a > 5 || b < 0 || b > 9) return undefined;
    minute = a * 10 + b;
    colon = s[k] === ':';
    k += 3;
  }
  let suffix = s.slice(k);
  let next = i + 1;
  if (suffix === '' && next < end) {
    const n = lowerAt(tokens, next, end);
    if (n === 'am' || n === 'pm' || n === 'a.m' || n === 'p.m' || n === "o'clock") {
      suffix = n;
      next++;
      // "p.m." leaves a trailing '.' token; it belongs to the sentence, not the time.
    }
  }
  if (suffix === 'am' || suffix === 'a.m') {
    if (hour < 1 || hour > 12) return undefined;
    return { minutes: (hour % 12) * 60 + minute, next, meridiem: true };
  }
  if (suffix === 'pm' || suffix === 'p.m') {
    if (hour < 1 || hour > 12) return undefined;
    return { minutes: ((hour % 12) + 12) * 60 + minute, next, meridiem: true };
  }
  if (suffix === "o'clock") {
    if (hour < 1 || hour > 12) return undefined;
    return { minutes: hour * 60, next, meridiem: false };
  }
  if (suffix !== '') return undefined;
  if (colon) {
    if (hour > 23) return undefined;
    return { minutes: hour * 60 + minute, next, meridiem: hour > 12 || hour === 0 };
  }
  if (minute !== 0 || hour < 1 || hour > 12) return undefined;
  return { minutes: hour * 60, next, meridiem: false };
}

/** Reads a quantity ("2", "two", "a", "half an", "24-48", "2 to 3") at `i`. */
function quantityAt(tokens: readonly Token[], i: number, end: number): { amount: number; next: number } | undefined {
  const t = tokens[i];
  if (t === undefined || i >= end) return undefined;
  let amount: number | undefined;
  if (t.kind === 'number' && /^\d{1,4}(\.\d)?$/.test(t.lower)) amount = Number(t.lower);
  else amount = NUMBER_WORDS.get(t.lower);
  if (amount === undefined) return undefined;
  let next = i + 1;
  // "half an hour"
  if (amount === 0.5 && (lowerAt(tokens, next, end) === 'an' || lowerAt(tokens, next, end) === 'a')) next++;
  // "a couple of", "a few" are vague, handled by the vague list.
  // Ranges: "24-48 hours", "2 to 3 days", "2 or 3 days" → the upper bound is the promise.
  const sep = lowerAt(tokens, next, end);
  if (sep === '-' || sep === 'to' || sep === 'or' || sep === '\u2013') {
    const upper = quantityAt(tokens, next + 1, end);
    if (upper !== undefined && upper.amount >= amount) return upper;
  }
  return { amount, next };
}

/** "24h", "2hrs", "30mins", "3d": a number glued to a unit. */
function compactDuration(s: string): { amount: number; unit: 'minute' | 'hour' | 'day' | 'week' } | undefined {
  let k = 0;
  let amount = 0;
  while (k < s.length && k < 4 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) {
    amount = amount * 10 + (s.charCodeAt(k) - 48);
    k++;
  }
  if (k === 0) return undefined;
  const unit = UNITS.get(s.slice(k));
  return unit === undefined ? undefined : { amount, unit };
}

/** A duration ("within 2 business hours", "in 30 minutes", "within the hour") starting at `i`. */
function durationAt(tokens: readonly Token[], i: number, end: number): TimeMatch | undefined {
  const prep = lowerAt(tokens, i, end);
  if (prep !== 'within' && prep !== 'in') return undefined;
  let k = i + 1;
  if (lowerAt(tokens, k, end) === 'the') {
    k++;
    const w = lowerAt(tokens, k, end);
    if (w === 'next' || w === 'coming') k++;
    // "within the hour", "in the next hour"
    const u = UNITS.get(lowerAt(tokens, k, end));
    if (u !== undefined && (lowerAt(tokens, k, end) === u || lowerAt(tokens, k, end) === 'hour')) {
      return { firstToken: i, endToken: k + 1, spec: { kind: 'duration', amount: 1, unit: u, business: false } };
    }
  } else if (lowerAt(tokens, k, end) === 'under' || lowerAt(tokens, k, end) === 'less') {
    k++;
    if (lowerAt(tokens, k, end) === 'than') k++;
  }
  const t = tokens[k];
  if (t === undefined || k >= end) return undefined;
  const compact = compactDuration(t.lower);
  if (compact !== undefined) {
    return { firstToken: i, endToken: k + 1, spec: { kind: 'duration', amount: compact.amount, unit: compact.unit, business: false } };
  }
  const q = quantityAt(tokens, k, end);
  if (q === undefined) return undefined;
  k = q.next;
  let business = false;
  if (BUSINESS.has(lowerAt(tokens, k, end))) {
    business = true;
    k++;
  }
  const unit = UNITS.get(lowerAt(tokens, k, end));
  if (unit === undefined) return undefined;
  if (business && unit !== 'hour' && unit !== 'day') return undefined;
  // "in 2 hours' time"
  let endToken = k + 1;
  if (lowerAt(tokens, endToken, end) === 'time' || (lowerAt(tokens, endToken, end) === "'" && lowerAt(tokens, endToken + 1, end) === 'time')) {
    endToken += lowerAt(tokens, endToken, end) === 'time' ? 1 : 2;
  }
  return { firstToken: i, endToken, spec: { kind: 'duration', amount: q.amount, unit, business } };
}

type Atom =
  | { kind: 'day'; day: DaySpec; first: number; next: number }
  | { kind: 'clock'; minutes: number; meridiem: boolean; first: number; next: number }
  | { kind: 'bare-hour'; hour: number; first: number; next: number }
  | { kind: 'part'; part: string; first: number; next: number };

function isCapitalized(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** One building block of a point-in-time expression at `i`, or `undefined`. */
function atomAt(tokens: readonly Token[], i: number, end: number): Atom | undefined {
  const t = tokens[i] as Token;
  const w = t.lower;
  const n1 = lowerAt(tokens, i + 1, end);
  const n2 = lowerAt(tokens, i + 2, end);
  switch (w) {
    case 'today':
      return { kind: 'day', day: { type: 'today' }, first: i, next: i + 1 };
    case 'tonight':
      return { kind: 'part', part: 'tonight', first: i, next: i + 1 };
    case 'tomorrow':
    case 'tmrw':
    case 'tmr':
    case 'tomorow':
      return { kind: 'day', day: { type: 'tomorrow' }, first: i, next: i + 1 };
    case 'eod':
    case 'cob':
    case 'eob':
      return { kind: 'part', part: w, first: i, next: i + 1 };
    case 'noon':
    case 'midday':
    case 'midnight':
    case 'lunchtime':
      return { kind: 'part', part: w, first: i, next: i + 1 };
    case 'morning':
    case 'afternoon':
    case 'evening':
    case 'night':
      return { kind: 'part', part: w, first: i, next: i + 1 };
    case 'lunch':
      return { kind: 'part', part: 'lunch', first: i, next: i + 1 };
    default:
      break;
  }
  if (w === 'day' && n1 === 'after' && n2 === 'tomorrow') return { kind: 'day', day: { type: 'dayAfterTomorrow' }, first: i, next: i + 3 };
  if (w === 'first' && n1 === 'thing') return { kind: 'part', part: 'first-thing', first: i, next: i + 2 };
  if ((w === 'end' || w === 'close') && n1 === 'of') {
    let k = i + 2;
    if (lowerAt(tokens, k, end) === 'the') k++;
    const what = lowerAt(tokens, k, end);
    if (what === 'day' || what === 'business' || what === 'play') {
      let next = k + 1;
      if (what === 'business' && lowerAt(tokens, next, end) === 'day') next++;
      return { kind: 'part', part: 'end-of-day', first: i, next };
    }
    if (what === 'week') return { kind: 'day', day: { type: 'weekEnd', weeksAhead: 0 }, first: i, next: k + 1 };
    if (what === 'month') return { kind: 'day', day: { type: 'monthEnd' }, first: i, next: k + 1 };
    if ((what === 'next' || what === 'this') && lowerAt(tokens, k + 1, end) === 'week') {
      return { kind: 'day', day: { type: 'weekEnd', weeksAhead: what === 'next' ? 1 : 0 }, first: i, next: k + 2 };
    }
    return undefined;
  }
  // "by the weekend"; a bare "week" only counts with a determiner ("this week", "next week").
  if (w === 'weekend') return { kind: 'day', day: { type: 'weekEnd', weeksAhead: 0 }, first: i, next: i + 1 };
  if (w === 'this' || w === 'next' || w === 'coming') {
    if (n1 === 'week') return { kind: 'day', day: { type: 'weekEnd', weeksAhead: w === 'next' ? 1 : 0 }, first: i, next: i + 2 };
    if (n1 === 'weekend') return { kind: 'day', day: { type: 'weekEnd', weeksAhead: 0 }, first: i, next: i + 2 };
    if (n1 === 'month' && w === 'this') return { kind: 'day', day: { type: 'monthEnd' }, first: i, next: i + 2 };
    const wd = WEEKDAYS.get(n1);
    if (wd !== undefined) return { kind: 'day', day: { type: 'weekday', weekday: wd, next: w === 'next' }, first: i, next: i + 2 };
    if (w === 'this' && (n1 === 'morning' || n1 === 'afternoon' || n1 === 'evening')) {
      return { kind: 'part', part: n1, first: i, next: i + 2 };
    }
    return undefined;
  }
  if (w === 'early' && n1 === 'next' && n2 === 'week') return { kind: 'day', day: { type: 'earlyNextWeek' }, first: i, next: i + 3 };
  const wd = WEEKDAYS.get(w);
  if (wd !== undefined) return { kind: 'day', day: { type: 'weekday', weekday: wd, next: false }, first: i, next: i + 1 };
  const abbr = WEEKDAY_ABBR.get(w);
  if (abbr !== undefined && isCapitalized(t)) {
    return { kind: 'day', day: { type: 'weekday', weekday: abbr, next: false }, first: i, next: i + 1 };
  }
  // Dates: "March 5", "March 5th", "5 March", "5th of March". A month needs an adjacent day number.
  const month = monthOf(t);
  if (month !== undefined) {
    const d = dayNumberOf(tokens[i + 1], i + 1 < end);
    if (d !== undefined) return { kind: 'day', day: { type: 'date', month, day: d }, first: i, next: i + 2 };
    return undefined;
  }
  if (t.kind === 'number' || t.kind === 'word') {
    const d = dayNumberOf(t, true);
    if (d !== undefined) {
      let k = i + 1;
      if (lowerAt(tokens, k, end) === 'of') k++;
      const m = k < end ? monthOf(tokens[k] as Token) : undefined;
      if (m !== undefined) return { kind: 'day', day: { type: 'date', month: m, day: d }, first: i, next: k + 1 };
    }
    const c = clockOf(tokens, i, end);
    if (c !== undefined) {
      if (c.meridiem || c.minutes % 60 !== 0 || t.lower.includes(':') || lowerAt(tokens, i + 1, end) === "o'clock") {
        return { kind: 'clock', minutes: c.minutes, meridiem: c.meridiem, first: i, next: c.next };
      }
      return { kind: 'bare-hour', hour: c.minutes / 60, first: i, next: c.next };
    }
  }
  return undefined;
}

function monthOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.kind !== 'word') return undefined;
  return MONTHS.get(t.lower) ?? MONTH_ABBR.get(t.lower);
}

/** "5", "5th", "21st" → 5 / 21 (1–31), else `undefined`. */
function dayNumberOf(t: Token | undefined, inRange: boolean): number | undefined {
  if (t === undefined || !inRange) return undefined;
  const s = t.lower;
  let k = 0;
  let n = 0;
  while (k < s.length && k < 2 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) {
    n = n * 10 + (s.charCodeAt(k) - 48);
    k++;
  }
  if (k === 0 || n < 1 || n > 31) return undefined;
  const rest = s.slice(k);
  if (rest === '' || rest === 'st' || rest === 'nd' || rest === 'rd' || rest === 'th') return n;
  return undefined;
}

function vagueAt(tokens: readonly Token[], i: number, end: number): TimeMatch | undefined {
  const w = (tokens[i] as Token).lower;
  if (!VAGUE_FIRST.has(w)) return undefined;
  let best = -1;
  for (const p of VAGUE) {
    if (p[0] !== w || p.length <= best || i + p.length > end) continue;
    let ok = true;
    for (let j = 1; j < p.length; j++) {
      if ((tokens[i + j] as Token).lower !== p[j]) {
        ok = false;
        break;
      }
    }
    if (ok) best = p.length;
  }
  return best > 0 ? { firstToken: i, endToken: i + best, spec: { kind: 'vague' } } : undefined;
}

/**
 * Finds time expressions in `tokens[from, to)`, left to right, without overlaps. Point-in-time
 * parts next to each other ("tomorrow", "by 3 pm") merge into one expression.
 */
export function findTimeExpressions(tokens: readonly Token[], from: number, to: number): TimeMatch[] {
  const out: TimeMatch[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' && t.kind !== 'number') {
      i++;
      continue;
    }
    const prev = i > from ? (tokens[i - 1] as Token).lower : '';
    const blocked = NOT_DEADLINE_BEFORE.has(prev);
    const vague = vagueAt(tokens, i, to);
    if (vague !== undefined) {
      if (!blocked) out.push(vague);
      i = vague.endToken;
      continue;
    }
    const duration = durationAt(tokens, i, to);
    if (duration !== undefined) {
      if (!blocked && lowerAt(tokens, duration.endToken, to) !== 'ago') out.push(duration);
      i = duration.endToken;
      continue;
    }
    const first = atomAt(tokens, i, to);
    if (first === undefined) {
      i++;
      continue;
    }
    // Merge following atoms separated by at most two connector tokens.
    const atoms: Atom[] = [first];
    let next = first.next;
    for (;;) {
      let k = next;
      let skipped = 0;
      while (k < to && skipped < 2 && CONNECTORS.has((tokens[k] as Token).lower)) {
        k++;
        skipped++;
      }
      if (k >= to) break;
      const a = atomAt(tokens, k, to);
      if (a === undefined) break;
      atoms.push(a);
      next = a.next;
    }
    let spec = combine(atoms);
    if (spec === undefined && first.kind === 'bare-hour' && atoms.length === 1 && prev === 'at' && !wordFollows(tokens, next, to)) {
      // "I'll call you at 3." — a bare hour after "at" that ends its clause.
      spec = { kind: 'point', day: undefined, clock: businessHour(first.hour), part: undefined };
    }
    const isBlocked = blocked || NOT_DEADLINE_BEFORE.has(lowerAt(tokens, next, to));
    if (spec !== undefined && !isBlocked) {
      // Include leading prepositions ("by", "first thing on", "no later than").
      let start = i;
      while (start > from && LEADING_PREPOSITIONS.has((tokens[start - 1] as Token).lower) && start > i - 3) start--;
      if (start - 3 >= from && lowerAt(tokens, start - 1, to) === 'than' && lowerAt(tokens, start - 2, to) === 'later' && lowerAt(tokens, start - 3, to) === 'no') {
        start -= 3;
      }
      // Do not swallow the end of a previous expression.
      const floor = out.length > 0 ? (out[out.length - 1] as TimeMatch).endToken : from;
      if (start < floor) start = floor;
      out.push({ firstToken: start, endToken: next, spec });
    }
    i = next;
  }
  return out;
}

// Every time expression contains one of these words, or a token that starts with a digit.
const TRIGGERS = wordSet([
  ...WEEKDAYS.keys(),
  ...WEEKDAY_ABBR.keys(),
  ...MONTHS.keys(),
  ...MONTH_ABBR.keys(),
  ...UNITS.keys(),
  ...DAY_PARTS.keys(),
  ...lexiconVague.map((p) => p.split(' ')).flat(),
  'today', 'tonight', 'tomorrow', 'tmrw', 'tmr', 'tomorow', 'week', 'weekend', 'month', 'thing', 'end', 'close', 'hour',
  'lunch', 'lunchtime',
].filter((w) => !['a', 'an', 'as', 'in', 'the', 'of', 'at', 'we', 'i', 'can', 'on', 'few', 'next', 'coming', 'couple', 'within'].includes(w)));

/**
 * Whether `view` may hold a time expression anywhere: a number, a word starting with a digit, or
 * one of the trigger words. When false, {@link mayHaveTime} is false for every sentence.
 */
export function viewMayHaveTime(view: TextView): boolean {
  if (TRIGGERS.inView(view)) return true;
  for (const t of view.tokens) {
    if (t.kind === 'number') return true;
    if (t.kind === 'word') {
      const c = t.lower.charCodeAt(0);
      if (c >= 48 && c <= 57) return true;
    }
  }
  return false;
}

/**
 * Whether `tokens[from, to)` may hold a time expression (a cheap pre-check before parsing); `ids`
 * are the tokens' vocabulary ids (`wordIds(view).ids`).
 */
export function mayHaveTime(tokens: readonly Token[], ids: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') continue;
    const c = t.lower.charCodeAt(0);
    if ((c >= 48 && c <= 57) || TRIGGERS.hasId(ids[i] as number)) return true;
  }
  return false;
}

/** Minutes of a bare hour read in business hours: 7–11 are morning, 12 is noon, 1–6 afternoon. */
function businessHour(hour: number): number {
  return hour >= 7 && hour <= 11 ? hour * 60 : hour === 12 ? 720 : (hour + 12) * 60;
}

const CLAUSE_WORDS = new Set(['and', 'or', 'then', 'if', 'so', 'but']);

/** Whether a word other than a clause connector follows at `k` ("at 3 locations" vs "at 3, then"). */
function wordFollows(tokens: readonly Token[], k: number, to: number): boolean {
  if (k >= to) return false;
  const t = tokens[k] as Token;
  if (t.kind !== 'word' && t.kind !== 'number') return false;
  return !CLAUSE_WORDS.has(t.lower) && atomAt(tokens, k, to) === undefined;
}

/** Combines adjacent atoms into one point spec; `undefined` when they do not make a time. */
function combine(atoms: readonly Atom[]): TimeSpec | undefined {
  let day: DaySpec | undefined;
  let clock: number | undefined;
  let part: string | undefined;
  let bareHour: number | undefined;
  for (const a of atoms) {
    if (a.kind === 'day') day ??= a.day;
    else if (a.kind === 'clock') clock ??= a.minutes;
    else if (a.kind === 'part') {
      // "first thing … morning": keep "first-thing" as the decisive part.
      if (part === undefined || (part !== 'first-thing' && a.part !== 'morning')) part = a.part;
    } else bareHour ??= a.hour;
  }
  if (clock === undefined && bareHour !== undefined) {
    // A bare hour only counts next to a day or day part ("tomorrow at 3", "this afternoon at 4").
    if (day === undefined && part === undefined) return undefined;
    if (part === 'morning' || part === 'first-thing') clock = (bareHour % 12) * 60;
    else if (part === 'afternoon' || part === 'evening' || part === 'tonight' || part === 'night') clock = ((bareHour % 12) + 12) * 60;
    else clock = businessHour(bareHour);
  }
  if (day === undefined && clock === undefined && part === undefined) return undefined;
  return { kind: 'point', day, clock, part };
}

/** The local date `spec` names, relative to `today` (weekday `wd`). */
function dateOf(spec: DaySpec, today: CivilDate, wd: number): CivilDate {
  switch (spec.type) {
    case 'today':
      return today;
    case 'tomorrow':
      return addCivilDays(today, 1);
    case 'dayAfterTomorrow':
      return addCivilDays(today, 2);
    case 'weekday': {
      let d = (spec.weekday - wd + 7) % 7;
      if (spec.next && d === 0) d = 7;
      return addCivilDays(today, d);
    }
    case 'date': {
      const thisYear = { year: today.year, month: spec.month, day: Math.min(spec.day, daysInMonth(today.year, spec.month)) };
      const before = thisYear.month < today.month || (thisYear.month === today.month && thisYear.day < today.day);
      if (!before) return thisYear;
      const y = today.year + 1;
      return { year: y, month: spec.month, day: Math.min(spec.day, daysInMonth(y, spec.month)) };
    }
    case 'weekEnd': {
      // The coming Friday (Monday-start weeks); "next week" is the Friday after it, except at the
      // weekend, when the coming Friday already is next week's.
      const toFriday = (5 - wd + 7) % 7;
      const weekend = wd === 0 || wd === 6;
      return addCivilDays(today, toFriday + (spec.weeksAhead === 1 && !weekend ? 7 : 0));
    }
    case 'earlyNextWeek': {
      const toMonday = ((1 - wd + 7) % 7) || 7;
      return addCivilDays(today, toMonday + 1);
    }
    case 'monthEnd':
      return { year: today.year, month: today.month, day: daysInMonth(today.year, today.month) };
  }
}

/** Adds business time (Mon–Fri, 09:00–17:00 local) to a local date and minute of day. */
function addBusiness(today: CivilDate, minuteOfDay: number, amount: number, unit: 'hour' | 'day'): { date: CivilDate; minute: number } {
  let date = today;
  if (unit === 'day') {
    // By the end of the n-th business day after today.
    let left = Math.ceil(amount);
    while (left > 0) {
      date = addCivilDays(date, 1);
      const w = weekdayOf(date);
      if (w !== 0 && w !== 6) left--;
    }
    return { date, minute: CLOSE_MINUTE };
  }
  let remaining = Math.round(amount * 60);
  let minute = minuteOfDay;
  for (let guard = 0; guard < 10_000; guard++) {
    const w = weekdayOf(date);
    if (w === 0 || w === 6 || minute >= CLOSE_MINUTE) {
      date = addCivilDays(date, 1);
      minute = OPEN_MINUTE;
      continue;
    }
    if (minute < OPEN_MINUTE) minute = OPEN_MINUTE;
    const available = CLOSE_MINUTE - minute;
    if (remaining <= available) return { date, minute: minute + remaining };
    remaining -= available;
    date = addCivilDays(date, 1);
    minute = OPEN_MINUTE;
  }
  return { date, minute };
}

/**
 * Resolves `spec` to an epoch-millisecond instant from `now` in `timeZone`, or `undefined` when it
 * is vague, the zone is unknown, or the amount is out of range.
 */
export function resolveTime(spec: TimeSpec, now: number, timeZone: string): number | undefined {
  if (spec.kind === 'vague') return undefined;
  const wall = wallClockAt(now, timeZone);
  if (wall === undefined) return undefined;
  const today: CivilDate = { year: wall.year, month: wall.month, day: wall.day };
  const nowMinute = wall.hour * 60 + wall.minute;
  if (spec.kind === 'duration') {
    if (!(spec.amount > 0) || spec.amount > 5000) return undefined;
    if (spec.business) {
      const unit = spec.unit === 'day' ? 'day' : 'hour';
      const r = addBusiness(today, nowMinute, spec.amount, unit);
      return instantOf(r.date, 0, r.minute, timeZone);
    }
    if (spec.unit === 'minute') return now + spec.amount * MINUTE;
    if (spec.unit === 'hour') return now + spec.amount * 60 * MINUTE;
    // Calendar days and weeks keep the wall-clock time across DST changes.
    const days = Math.round(spec.amount * (spec.unit === 'week' ? 7 : 1));
    return instantOf(addCivilDays(today, days), wall.hour, wall.minute, timeZone);
  }
  const partMinute = spec.part === undefined ? undefined : DAY_PARTS.get(spec.part);
  let minute = spec.clock ?? partMinute ?? CLOSE_MINUTE;
  let date: CivilDate;
  if (spec.day !== undefined) {
    date = dateOf(spec.day, today, wall.weekday);
    // A weekday named on that very day whose time has passed means next week's.
    if (spec.day.type === 'weekday' && !spec.day.next && spec.day.weekday === wall.weekday && minute <= nowMinute) date = addCivilDays(today, 7);
  } else if (spec.part === 'first-thing' || spec.part === 'morning') {
    // "first thing in the morning": the next morning unless it is still early.
    date = nowMinute < 6 * 60 ? today : addCivilDays(today, 1);
  } else {
    date = minute > nowMinute ? today : addCivilDays(today, 1);
    if (spec.clock === undefined && spec.part !== undefined && END_OF_DAY_PARTS.has(spec.part)) {
      // "by end of day" after 17:00 means the end of today.
      date = today;
      if (minute <= nowMinute) minute = 24 * 60 - 1;
    }
  }
  if (spec.day?.type === 'today' && spec.clock === undefined && minute <= nowMinute) minute = 24 * 60 - 1;
  return instantOf(date, 0, minute, timeZone);
}
