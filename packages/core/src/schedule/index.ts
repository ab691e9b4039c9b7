/**
 * `@rapport/core/schedule`.
 *
 * @packageDocumentation
 * @module @rapport/core/schedule
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

// Follow-up planner
export { followUpSchema } from './follow-up/follow-up.js';
export type { FollowUp, FollowUpKind } from './follow-up/follow-up.js';
export { commitmentsFromSignals, followUpCommitmentSchema } from './follow-up/follow-up-commitment.js';
export type { CommitmentSignalLike, FollowUpCommitment } from './follow-up/follow-up-commitment.js';
export { followUpPolicySchema } from './follow-up/follow-up-policy.js';
export type { FollowUpPolicy } from './follow-up/follow-up-policy.js';
export { planFollowUps } from './follow-up/plan-follow-ups.js';
export type { FollowUpPlan, PlanFollowUpsOptions } from './follow-up/plan-follow-ups.js';
export { diffFollowUps } from './follow-up/diff-follow-ups.js';
export type { FollowUpChanges } from './follow-up/diff-follow-ups.js';

// Scheduler port and the embedded in-memory scheduler
export type {
  FollowUpFailure,
  FollowUpHandler,
  FollowUpRunContext,
  FollowUpRunReport,
  ScheduledFollowUp,
  ScheduledFollowUpFilter,
  ScheduleOutcome,
  Scheduler,
} from './scheduler/scheduler.js';
export { ManualClock, systemClock } from './scheduler/scheduler-clock.js';
export type { SchedulerClock } from './scheduler/scheduler-clock.js';
export { InMemoryScheduler } from './scheduler/in-memory-scheduler.js';
export type { InMemorySchedulerOptions } from './scheduler/in-memory-scheduler.js';
export { revalidatingHandler } from './scheduler/revalidating-handler.js';
export type { RevalidatingHandlerOptions } from './scheduler/revalidating-handler.js';
export { syncFollowUps } from './scheduler/sync-follow-ups.js';
export type { FollowUpSync } from './scheduler/sync-follow-ups.js';
