/**
 * biz's `schedule & other`, on definitions: weekly hours are the pairwise intersections of the
 * two schedules' intervals compared as weekday wall-clock times (zones ignored, empty results
 * dropped); breaks are the union keyed by date and start (the other's end wins); holidays are
 * the union; the time zone is the first schedule's; shifts are dropped.
 */
import type { NormalizedBusinessCalendarConfig } from '../business-calendar-config.js';
import type { CalendarRules, WeeklyInterval } from './calendar-rules.js';
import { WEEKDAY_KEYS, formatTimeOfDay, parseTimeOfDay } from './wall-clock.js';

type Hours = NormalizedBusinessCalendarConfig['hours'];
type Break = NormalizedBusinessCalendarConfig['breaks'][number];

export function intersectConfigs(a: CalendarRules, b: CalendarRules): NormalizedBusinessCalendarConfig {
  const hours: Record<string, [string, string][]> = {};
  const weekMinutes = (interval: WeeklyInterval) => [interval.weekday * 1440 + interval.startSecond / 60, interval.weekday * 1440 + interval.endSecond / 60] as const;
  for (const left of a.intervalsByWeekday.flat()) {
    const [ls, le] = weekMinutes(left);
    for (const right of b.intervalsByWeekday.flat()) {
      const [rs, re] = weekMinutes(right);
      const start = Math.max(ls, rs);
      const end = Math.min(le, re);
      if (end <= start) continue;
      const weekday = Math.floor(start / 1440);
      const key = WEEKDAY_KEYS[weekday] as string;
      (hours[key] ??= []).push([formatTimeOfDay((start - weekday * 1440) * 60), formatTimeOfDay((end - weekday * 1440) * 60)]);
    }
  }
  for (const list of Object.values(hours)) list.sort((x, y) => (parseTimeOfDay(x[0]) as number) - (parseTimeOfDay(y[0]) as number));

  const breaks = new Map<string, Break>();
  for (const entry of [...a.config.breaks, ...b.config.breaks]) {
    breaks.set(`${entry.date} ${String(parseTimeOfDay(entry.start)).padStart(5, '0')}`, { ...entry });
  }
  const holidays = [...new Set([...a.config.holidays, ...b.config.holidays])].sort();
  return {
    timeZone: a.config.timeZone,
    hours: hours as Hours,
    holidays,
    breaks: [...breaks.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, entry]) => entry),
    shifts: [],
  };
}
