/**
 * Business calendars: time zone, weekly hours, holidays, breaks and shifts, and business-time
 * arithmetic with the semantics of Zendesk's `biz`.
 */
export { businessCalendarConfigSchema } from './business-calendar-config.js';
export type { BusinessCalendarConfig, NormalizedBusinessCalendarConfig } from './business-calendar-config.js';
export { businessDurationSchema } from './business-duration.js';
export type { BusinessDuration } from './business-duration.js';
export { BusinessCalendar } from './business-calendar.js';
export type { BusinessInstant, BusinessPeriod } from './business-calendar.js';
export { createBusinessCalendar } from './create-business-calendar.js';
export { localTimeToInstant } from './local-time-to-instant.js';
