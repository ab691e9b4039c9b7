/**
 * Parses English time expressions ("by 3 pm tomorrow", "within 2 business hours", "first thing
 * Monday morning", "by end of day", "in 30 minutes") from tokens, and resolves them to an
 * instant given a reference time and an IANA zone. Token-based and linear; the fixed phrases are
 * one table matched longest-first.
 */
import type { TextView, Token } from '../../text/text-view.js';
import { wordIds, wordSet } from '../../text/word-set.js';
import { businessWords, dayParts, monthAbbreviations, months, numberWords, units, vague, weekdayAbbreviations, weekdays } from '../../data/en/commitments.json';
import { daysFromCivil, type CivilDate } from '../../../internal/civil-date.js';
import { addPhrase, lowerAt, phraseAt, words, type PhraseTable } from './token-scan.js';
import { DAY_MS, instantOf, wallClockAt } from './zoned-time.js';

type Unit = 'minute' | 'hour' | 'day' | 'week';

/**
 * What day a time expression names, as a number: 0–2 today plus that many days ("today",
 * "tomorrow", "the day after tomorrow"); 5 the end of this week, 6 the end of next week, 7 early
 * next week; 10 + weekday (0 = Sunday) that weekday's next occurrence, 20 + weekday "next
 * <weekday>"; 100 × month + day a date ("March 5"), where month 0 is the current month (31: the
 * end of this month).
 */
export type DayCode = number;

/** A parsed time expression. */
export type TimeSpec =
  | { readonly kind: 'duration'; readonly amount: number; readonly unit: Unit; readonly business: boolean }
  | {
      readonly kind: 'point';
      readonly day: DayCode | undefined;
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

/** One building block of a point in time: a day, a clock time, a bare hour or a day part; `n` is the token after it. */
interface Atom {
  readonly n: number;
  readonly d?: DayCode;
  readonly c?: number;
  readonly h?: number;
  readonly p?: string;
}

const WEEKDAY_ABBR = new Map<string, number>(Object.entries(weekdayAbbreviations));
// Full names win over abbreviations.
const MONTHS = new Map<string, number>([...Object.entries(monthAbbreviations), ...months.map((m, i): [string, number] => [m, i + 1])]);
const NUMBER_WORDS = new Map<string, number>(Object.entries(numberWords));
const UNITS = new Map(Object.entries(units) as [string, Unit][]);
const BUSINESS = new Set<string>(businessWords);
// Day part → the minute after local midnight it promises (written out in the data file).
const DAY_PARTS = new Map<string, number>(Object.entries(dayParts));
// Words that may start a deadline phrase and are kept in it.
const LEADING_PREPOSITIONS = new Set(words('by before until till til within in at on for around about approximately approx later early this next coming the'));
// Tokens that may sit between two parts of one expression ("tomorrow at 3", "Friday, by noon").
const CONNECTORS = new Set(words('at on by before until till around about the of in , approximately approx latest or so'));
// A time after one of these is not a deadline ("since Monday", "after 3 pm", "last Friday").
const NOT_DEADLINE_BEFORE = new Set(words('since after from last past previous every each per ago'));
const END_OF_DAY_PARTS = new Set(words('eod cob eob end-of-day'));
const CLAUSE_WORDS = new Set(words('and or then if so but'));

/** Open-ended timings ("as soon as possible"), by first word. */
const VAGUE: PhraseTable<0> = new Map();
for (const p of vague) addPhrase(VAGUE, p, 0);

/** Fixed phrases that name a day (a {@link DayCode}) or a day part (a string), by first word. */
const ATOMS: PhraseTable<number | string> = new Map();
for (const p of Object.keys(dayParts)) if (!p.includes('-')) addPhrase(ATOMS, p, p);
weekdays.forEach((d, i) => {
  addPhrase(ATOMS, d, 10 + i);
  for (const w of words('this next coming')) addPhrase(ATOMS, `${w} ${d}`, (w === 'next' ? 20 : 10) + i);
});
/** `phrase value` entries; the last word is the value, a day code when it is a number. */
function addAtoms(prefix: string, list: string): void {
  for (const entry of list.split('|')) {
    const w = words(entry);
    const value = w.pop() as string;
    addPhrase(ATOMS, prefix + w.join(' '), /\d/.test(value) ? Number(value) : value);
  }
}
addAtoms('', 'today 0|tomorrow 1|tmrw 1|tmr 1|tomorow 1|day after tomorrow 2|weekend 5|this week 5|coming week 5|next week 6|this weekend 5|coming weekend 5|next weekend 5|this month 31|early next week 7|first thing first-thing|this morning morning|this afternoon afternoon|this evening evening');
for (const prefix of ['end of ', 'end of the ', 'close of ', 'close of the ']) {
  addAtoms(prefix, 'day end-of-day|play end-of-day|business end-of-day|business day end-of-day|week 5|month 31|next week 6|this week 5');
}

const MINUTE = 60_000;
const OPEN_MINUTE = 9 * 60;
const CLOSE_MINUTE = 17 * 60;

/** Number of ASCII digits at the start of `s`. */
function leadingDigits(s: string): number {
  let k = 0;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return k;
}

// A clock token: hour, then ":30" or ".30", then a glued "pm" or "o'clock".
const CLOCK = /^(\d\d?)(?:([:.])([0-5]\d))?(am|a\.m|pm|p\.m|o'clock)?$/;
// Minutes a suffix adds to the hour (mod 12) in minutes; "o'clock" (-1) names a full hour.
const SUFFIXES = new Map([['am', 0], ['a.m', 0], ['pm', 720], ['p.m', 720], ["o'clock", -1]]);

/**
 * A clock time at `i`: "3 pm", "3pm", "3:30pm", "15:00", "10.30am", "3 o'clock" (a clock atom), or a
 * bare "3" (a bare-hour atom, read later from its context).
 */
function clockAt(tokens: readonly Token[], i: number, end: number): Atom | undefined {
  const m = CLOCK.exec((tokens[i] as Token).lower);
  if (m === null) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[3] ?? 0);
  const colon = m[2] === ':';
  let n = i + 1;
  // "p.m." leaves a trailing '.' token; it belongs to the sentence, not the time.
  const suffix = m[4] ?? (SUFFIXES.has(lowerAt(tokens, n, end)) ? lowerAt(tokens, n++, end) : '');
  const add = SUFFIXES.get(suffix);
  const twelve = hour >= 1 && hour <= 12;
  if (add === undefined) return colon ? (hour > 23 ? undefined : { n, c: hour * 60 + minute }) : minute !== 0 || !twelve ? undefined : { n, h: hour };
  if (!twelve) return undefined;
  if (add >= 0) return { n, c: (hour % 12) * 60 + minute + add };
  return colon || lowerAt(tokens, i + 1, end) === "o'clock" ? { n, c: hour * 60 } : { n, h: hour };
}

/** Reads a quantity ("2", "two", "a", "half an", "24-48", "2 to 3") at `i`. */
function quantityAt(tokens: readonly Token[], i: number, end: number): { amount: number; next: number } | undefined {
  const t = tokens[i];
  if (t === undefined || i >= end) return undefined;
  const amount = t.kind === 'number' && /^\d{1,4}(\.\d)?$/.test(t.lower) ? Number(t.lower) : NUMBER_WORDS.get(t.lower);
  if (amount === undefined) return undefined;
  let next = i + 1;
  // "half an hour"
  if (amount === 0.5 && (lowerAt(tokens, next, end) === 'an' || lowerAt(tokens, next, end) === 'a')) next++;
  // Ranges: "24-48 hours", "2 to 3 days", "2 or 3 days" → the upper bound is the promise.
  const sep = lowerAt(tokens, next, end);
  if (sep === '-' || sep === 'to' || sep === 'or' || sep === '\u2013') {
    const upper = quantityAt(tokens, next + 1, end);
    if (upper !== undefined && upper.amount >= amount) return upper;
  }
  return { amount, next };
}

/** A duration ("within 2 business hours", "in 30 minutes", "within 24h", "within the hour") starting at `i`. */
function durationAt(tokens: readonly Token[], i: number, end: number): TimeMatch | undefined {
  const prep = lowerAt(tokens, i, end);
  if (prep !== 'within' && prep !== 'in') return undefined;
  let k = i + 1;
  let w = lowerAt(tokens, k, end);
  const match = (endToken: number, amount: number, unit: Unit, business: boolean): TimeMatch => ({
    firstToken: i,
    endToken,
    spec: { kind: 'duration', amount, unit, business },
  });
  if (w === 'the') {
    w = lowerAt(tokens, ++k, end);
    if (w === 'next' || w === 'coming') w = lowerAt(tokens, ++k, end);
    // "within the hour", "in the next hour"
    if (UNITS.get(w) === w) return match(k + 1, 1, w as Unit, false);
  } else if (w === 'under' || w === 'less') {
    if (lowerAt(tokens, ++k, end) === 'than') k++;
  }
  if (k >= end) return undefined;
  // "24h", "2hrs", "30mins", "3d": a number glued to a unit.
  const s = (tokens[k] as Token).lower;
  const digits = leadingDigits(s);
  const glued = digits > 0 && digits < 5 ? UNITS.get(s.slice(digits)) : undefined;
  if (glued !== undefined) return match(k + 1, Number(s.slice(0, digits)), glued, false);
  const q = quantityAt(tokens, k, end);
  if (q === undefined) return undefined;
  k = q.next;
  const business = BUSINESS.has(lowerAt(tokens, k, end));
  if (business) k++;
  const unit = UNITS.get(lowerAt(tokens, k, end));
  if (unit === undefined || (business && unit !== 'hour' && unit !== 'day')) return undefined;
  // "in 2 hours' time"
  let endToken = k + 1;
  if (lowerAt(tokens, endToken, end) === 'time') endToken++;
  else if (lowerAt(tokens, endToken, end) === "'" && lowerAt(tokens, endToken + 1, end) === 'time') endToken += 2;
  return match(endToken, q.amount, unit, business);
}

function monthOf(t: Token | undefined): number | undefined {
  return t?.kind === 'word' ? MONTHS.get(t.lower) : undefined;
}

/** "5", "5th", "21st" → 5 / 21 (1–31), else `undefined`. */
function dayNumberOf(t: Token | undefined): number | undefined {
  const m = t === undefined ? null : /^(\d\d?)(st|nd|rd|th)?$/.exec(t.lower);
  const n = m === null ? 0 : Number(m[1]);
  return n >= 1 && n <= 31 ? n : undefined;
}

/** One building block of a point-in-time expression at `i`, or `undefined`. */
function atomAt(tokens: readonly Token[], i: number, end: number): Atom | undefined {
  const phrase = phraseAt(ATOMS, tokens, i, end);
  if (phrase !== undefined) {
    const [length, value] = phrase;
    return typeof value === 'number' ? { n: i + length, d: value } : { n: i + length, p: value };
  }
  const t = tokens[i] as Token;
  const abbr = WEEKDAY_ABBR.get(t.lower);
  // "Fri", "Mon": only capitalized ("sat" and "wed" are also words).
  const c = t.text.charCodeAt(0);
  if (abbr !== undefined && c >= 65 && c <= 90) return { n: i + 1, d: 10 + abbr };
  // Dates: "March 5", "March 5th", "5 March", "5th of March". A month needs an adjacent day number.
  const month = monthOf(t);
  if (month !== undefined) {
    const day = dayNumberOf(i + 1 < end ? tokens[i + 1] : undefined);
    return day === undefined ? undefined : { n: i + 2, d: month * 100 + day };
  }
  if (t.kind !== 'number' && t.kind !== 'word') return undefined;
  const day = dayNumberOf(t);
  if (day !== undefined) {
    let k = i + 1;
    if (lowerAt(tokens, k, end) === 'of') k++;
    const m = k < end ? monthOf(tokens[k]) : undefined;
    if (m !== undefined) return { n: k + 1, d: m * 100 + day };
  }
  return clockAt(tokens, i, end);
}

/**
 * The first words of everything {@link findTimeExpressions} can match at a token: vague timings,
 * durations, day and day-part phrases, weekday abbreviations and months. Other matches (dates
 * such as "5th of March", clock times) start with a digit.
 */
const STARTERS = wordSet([...VAGUE.keys(), 'within', 'in', ...ATOMS.keys(), ...WEEKDAY_ABBR.keys(), ...MONTHS.keys()]);

/**
 * Finds time expressions in `tokens[from, to)` (`ids`: the tokens' vocabulary ids), left to
 * right, without overlaps. Point-in-time parts next to each other ("tomorrow", "by 3 pm") merge
 * into one expression.
 */
export function findTimeExpressions(tokens: readonly Token[], ids: readonly number[], from: number, to: number): TimeMatch[] {
  const out: TimeMatch[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    // Nothing below matches at a token that is neither a starter word nor starts with a digit.
    if ((t.kind !== 'word' && t.kind !== 'number') || (!STARTERS.hasId(ids[i] as number) && leadingDigits(t.lower) === 0)) {
      i++;
      continue;
    }
    const prev = i > from ? (tokens[i - 1] as Token).lower : '';
    const blocked = NOT_DEADLINE_BEFORE.has(prev);
    const vaguePhrase = phraseAt(VAGUE, tokens, i, to);
    if (vaguePhrase !== undefined) {
      if (!blocked) out.push({ firstToken: i, endToken: i + vaguePhrase[0], spec: { kind: 'vague' } });
      i += vaguePhrase[0];
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
    let next = first.n;
    for (;;) {
      let k = next;
      while (k < to && k < next + 2 && CONNECTORS.has((tokens[k] as Token).lower)) k++;
      const a = k < to ? atomAt(tokens, k, to) : undefined;
      if (a === undefined) break;
      atoms.push(a);
      next = a.n;
    }
    let spec = combine(atoms);
    if (spec === undefined && first.h !== undefined && atoms.length === 1 && prev === 'at' && !wordFollows(tokens, next, to)) {
      // "I'll call you at 3." — a bare hour after "at" that ends its clause.
      spec = { kind: 'point', day: undefined, clock: businessHour(first.h), part: undefined };
    }
    if (spec !== undefined && !blocked && !NOT_DEADLINE_BEFORE.has(lowerAt(tokens, next, to))) {
      // Include leading prepositions ("by", "first thing on", "no later than").
      let start = i;
      while (start > from && start > i - 3 && LEADING_PREPOSITIONS.has((tokens[start - 1] as Token).lower)) start--;
      if (start - 3 >= from && lowerAt(tokens, start - 1, to) === 'than' && lowerAt(tokens, start - 2, to) === 'later' && lowerAt(tokens, start - 3, to) === 'no') {
        start -= 3;
      }
      // Do not swallow the end of a previous expression.
      const floor = out.length > 0 ? (out[out.length - 1] as TimeMatch).endToken : from;
      out.push({ firstToken: Math.max(start, floor), endToken: next, spec });
    }
    i = next;
  }
  return out;
}

// Every time expression contains one of these words, or a token that starts with a digit.
const NOT_TRIGGERS = words('a an as in the of at we i can on few next coming couple within');
const TRIGGERS = wordSet(
  [
    ...weekdays,
    ...WEEKDAY_ABBR.keys(),
    ...MONTHS.keys(),
    ...UNITS.keys(),
    ...DAY_PARTS.keys(),
    ...words(vague.join(' ')),
    ...words('today tomorrow tmrw tmr tomorow week weekend month thing end close'),
  ].filter((w) => !NOT_TRIGGERS.includes(w)),
);

/**
 * Whether `tokens[from, to)` may hold a time expression (a cheap pre-check before parsing); `ids`
 * are the tokens' vocabulary ids (`wordIds(view).ids`).
 */
export function mayHaveTime(tokens: readonly Token[], ids: readonly number[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'number' || (t.kind === 'word' && (leadingDigits(t.lower) > 0 || TRIGGERS.hasId(ids[i] as number)))) return true;
  }
  return false;
}

/**
 * Whether `view` may hold a time expression anywhere: a number, a word starting with a digit, or
 * one of the trigger words. When false, {@link mayHaveTime} is false for every sentence.
 */
export function viewMayHaveTime(view: TextView): boolean {
  return TRIGGERS.inView(view) || mayHaveTime(view.tokens, wordIds(view).ids, 0, view.tokens.length);
}

/** Minutes of a bare hour read in business hours: 7–11 are morning, 12 is noon, 1–6 afternoon. */
function businessHour(hour: number): number {
  return hour >= 7 && hour <= 11 ? hour * 60 : hour === 12 ? 720 : (hour + 12) * 60;
}

/** Whether a word other than a clause connector follows at `k` ("at 3 locations" vs "at 3, then"). */
function wordFollows(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  return k < to && (t?.kind === 'word' || t?.kind === 'number') && !CLAUSE_WORDS.has(t.lower) && atomAt(tokens, k, to) === undefined;
}

/** Combines adjacent atoms into one point spec; `undefined` when they do not make a time. */
function combine(atoms: readonly Atom[]): TimeSpec | undefined {
  let day: DayCode | undefined;
  let clock: number | undefined;
  let part: string | undefined;
  let hour: number | undefined;
  for (const a of atoms) {
    day ??= a.d;
    clock ??= a.c;
    hour ??= a.h;
    // "first thing … morning": keep "first-thing" as the decisive part.
    if (a.p !== undefined && (part === undefined || (part !== 'first-thing' && a.p !== 'morning'))) part = a.p;
  }
  if (clock === undefined && hour !== undefined) {
    // A bare hour only counts next to a day or day part ("tomorrow at 3", "this afternoon at 4").
    if (day === undefined && part === undefined) return undefined;
    if (part === 'morning' || part === 'first-thing') clock = (hour % 12) * 60;
    else if (part === 'afternoon' || part === 'evening' || part === 'tonight' || part === 'night') clock = ((hour % 12) + 12) * 60;
    else clock = businessHour(hour);
  }
  if (day === undefined && clock === undefined && part === undefined) return undefined;
  return { kind: 'point', day, clock, part };
}

/** Weekday of local day `day` (days since 1970-01-01), 0 = Sunday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The local day (days since 1970-01-01) `code` names, relative to `today` (date `c`, weekday `wd`). */
function dayOf(code: DayCode, today: number, c: CivilDate, wd: number): number {
  if (code < 3) return today + code;
  // The coming Friday (Monday-start weeks); "next week" is the Friday after it, except at the
  // weekend, when the coming Friday already is next week's. Early next week: the Tuesday.
  if (code < 7) return today + ((12 - wd) % 7) + (code === 6 && wd % 6 !== 0 ? 7 : 0);
  if (code === 7) return today + ((8 - wd) % 7 || 7) + 1;
  if (code < 30) {
    const d = ((code % 10) - wd + 7) % 7;
    return today + (d === 0 && code >= 20 ? 7 : d);
  }
  // A date: this year's, or next year's once it has passed; past the month's end, its last day.
  const month = Math.floor(code / 100) || c.month;
  const d = code % 100;
  const year = month < c.month || (month === c.month && d < c.day) ? c.year + 1 : c.year;
  // Month 13 is January of the next year in daysFromCivil's arithmetic.
  return Math.min(daysFromCivil(year, month, d), daysFromCivil(year, month + 1, 1) - 1);
}

/** Adds business time (Mon–Fri, 09:00–17:00 local) to a local day and minute; returns local milliseconds. */
function addBusiness(day: number, minute: number, amount: number, days: boolean): number {
  if (days) {
    // By the end of the n-th business day after today.
    for (let left = Math.ceil(amount); left > 0; ) if (weekdayOf(++day) % 6 !== 0) left--;
    return day * DAY_MS + CLOSE_MINUTE * MINUTE;
  }
  let remaining = Math.round(amount * 60);
  for (;;) {
    if (weekdayOf(day) % 6 !== 0 && minute < CLOSE_MINUTE) {
      minute = Math.max(minute, OPEN_MINUTE);
      if (remaining <= CLOSE_MINUTE - minute) return day * DAY_MS + (minute + remaining) * MINUTE;
      remaining -= CLOSE_MINUTE - minute;
    }
    day++;
    minute = OPEN_MINUTE;
  }
}

/**
 * Resolves `spec` to an epoch-millisecond instant from `now` in `timeZone`, or `undefined` when it
 * is vague, the zone is unknown, or the amount is out of range.
 */
export function resolveTime(spec: TimeSpec, now: number, timeZone: string): number | undefined {
  if (spec.kind === 'vague') return undefined;
  const wall = wallClockAt(now, timeZone);
  if (wall === undefined) return undefined;
  const today = daysFromCivil(wall.year, wall.month, wall.day);
  const nowMinute = wall.hour * 60 + wall.minute;
  if (spec.kind === 'duration') {
    const { amount, unit } = spec;
    if (!(amount > 0) || amount > 5000) return undefined;
    if (spec.business) return instantOf(addBusiness(today, nowMinute, amount, unit === 'day'), timeZone);
    if (unit === 'minute' || unit === 'hour') return now + amount * (unit === 'hour' ? 60 : 1) * MINUTE;
    // Calendar days and weeks keep the wall-clock time across DST changes.
    return instantOf((today + Math.round(amount * (unit === 'week' ? 7 : 1))) * DAY_MS + nowMinute * MINUTE, timeZone);
  }
  const { day, clock, part } = spec;
  let minute = clock ?? (part === undefined ? undefined : DAY_PARTS.get(part)) ?? CLOSE_MINUTE;
  let date: number;
  if (day !== undefined) {
    const wd = weekdayOf(today);
    date = dayOf(day, today, wall, wd);
    // A weekday named on that very day whose time has passed means next week's.
    if (day - 10 === wd && minute <= nowMinute) date += 7;
  } else if (part === 'first-thing' || part === 'morning') {
    // "first thing in the morning": the next morning unless it is still early.
    date = nowMinute < 6 * 60 ? today : today + 1;
  } else if (clock === undefined && part !== undefined && END_OF_DAY_PARTS.has(part)) {
    // "by end of day" after 17:00 means the end of today.
    date = today;
    if (minute <= nowMinute) minute = 24 * 60 - 1;
  } else {
    date = minute > nowMinute ? today : today + 1;
  }
  if (day === 0 && clock === undefined && minute <= nowMinute) minute = 24 * 60 - 1;
  return instantOf(date * DAY_MS + minute * MINUTE, timeZone);
}
