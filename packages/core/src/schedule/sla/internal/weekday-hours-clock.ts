import type { BusinessClock } from '../business-clock.js';

const DAY = 86_400_000;

/**
 * A small, real business clock for tests: the same UTC window (`[startHour, endHour)`) on the
 * given weekdays (0 = Sunday). The production calendars live in `schedule/calendar`; this one
 * exists so SLA properties can be checked against business hours independently of them.
 */
export function weekdayHoursClock(startHour: number, endHour: number, weekdays: readonly number[] = [1, 2, 3, 4, 5]): BusinessClock {
  const days = new Set(weekdays);
  const open = startHour * 3_600_000;
  const close = endHour * 3_600_000;
  const windowOf = (dayStart: number): [number, number] | null => {
    const weekday = new Date(dayStart).getUTCDay();
    return days.has(weekday) ? [dayStart + open, dayStart + close] : null;
  };
  return {
    elapsed(fromMs, toMs) {
      if (toMs <= fromMs) return 0;
      let total = 0;
      for (let day = Math.floor(fromMs / DAY) * DAY; day < toMs; day += DAY) {
        const window = windowOf(day);
        if (!window) continue;
        const a = Math.max(window[0], fromMs);
        const b = Math.min(window[1], toMs);
        if (b > a) total += b - a;
      }
      return total;
    },
    add(fromMs, businessMs) {
      let left = businessMs;
      if (left <= 0) return fromMs;
      for (let day = Math.floor(fromMs / DAY) * DAY; ; day += DAY) {
        const window = windowOf(day);
        if (!window) continue;
        const a = Math.max(window[0], fromMs);
        if (window[1] <= a) continue;
        const available = window[1] - a;
        if (available >= left) return a + left;
        left -= available;
      }
    },
  };
}
