import { z } from 'zod';

/**
 * Ticket priorities, lowest first. SLA targets are set per priority.
 *
 * @example
 * ```ts
 * import { prioritySchema } from '@rapport/core/ticket';
 *
 * prioritySchema.options; // ['low', 'normal', 'high', 'urgent']
 * ```
 * @since 0.1.0
 */
export const prioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);

/**
 * A ticket priority, inferred from {@link prioritySchema}.
 *
 * @example
 * ```ts
 * import type { Priority } from '@rapport/core/ticket';
 *
 * const priority: Priority = 'urgent';
 * ```
 * @since 0.1.0
 */
export type Priority = z.infer<typeof prioritySchema>;
