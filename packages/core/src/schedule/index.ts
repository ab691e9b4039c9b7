/**
 * `@rapport/core/schedule`.
 *
 * @packageDocumentation
 */
// Business calendars
export {
  BusinessCalendar,
  businessCalendarConfigSchema,
  businessDurationSchema,
  createBusinessCalendar,
  localTimeToInstant,
} from './calendar/index.js';
export type {
  BusinessCalendarConfig,
  BusinessDuration,
  BusinessInstant,
  BusinessPeriod,
  NormalizedBusinessCalendarConfig,
} from './calendar/index.js';
// SLA clocks
export { calendarHoursClock } from './sla/business-clock.js';
export type { BusinessClock } from './sla/business-clock.js';
export type { ScheduleCalendar } from './sla/clock-source.js';
export { slaMetricPauseDefaults, slaMetricSchema } from './sla/sla-metric.js';
export type { SlaMetric } from './sla/sla-metric.js';
export { slaHoursSchema, slaPolicySchema } from './sla/sla-policy.js';
export type { SlaHours, SlaPolicy } from './sla/sla-policy.js';
export { slaStatus } from './sla/sla-status.js';
export type {
  SlaClockState,
  SlaCycle,
  SlaCycleEnd,
  SlaEvent,
  SlaMetricStatus,
  SlaStatus,
  SlaWarningStatus,
} from './sla/sla-status.js';
