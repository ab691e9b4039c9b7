import type { z } from 'zod';

/**
 * Every code a {@link RapportError} can carry. Problems in the analyzed text are findings, never
 * errors; these codes are for problems in configuration, rules, plugins, payloads and arguments.
 *
 * @since 0.1.0
 */
export type RapportErrorCode =
  /** An argument does not have the documented shape (a generic boundary check). */
  | 'INVALID_INPUT'
  /** A ticket object fails the ticket schema. */
  | 'INVALID_TICKET'
  /** An event fails the event schema, or is unknown. */
  | 'INVALID_EVENT'
  /** `replay` got events out of order, or events of another ticket. */
  | 'INVALID_EVENT_LOG'
  /** A situation given to `adviseModel` or a thread given to `observeModel` is malformed. */
  | 'INVALID_SITUATION'
  | 'INVALID_THREAD'
  /** Analyzer configuration is malformed (an unknown preset, a bad severity...). */
  | 'INVALID_CONFIG'
  /** Configuration names a rule that no loaded plugin defines. */
  | 'UNKNOWN_RULE'
  /** A rule's options fail its options schema. */
  | 'INVALID_RULE_OPTIONS'
  /** A rule definition (coded or data-driven) is malformed. */
  | 'INVALID_RULE'
  /** A plugin definition is malformed. */
  | 'INVALID_PLUGIN'
  /** A rule threw while checking a message (the analysis of that rule is dropped and reported). */
  | 'RULE_FAILED'
  /** A business calendar definition is malformed (overlapping or inverted intervals...). */
  | 'INVALID_CALENDAR'
  /** An IANA time zone name is not known to this runtime. */
  | 'UNKNOWN_TIME_ZONE'
  /** A duration is negative, not finite, or has an unknown unit. */
  | 'INVALID_DURATION'
  /** An SLA or follow-up policy is malformed. */
  | 'INVALID_POLICY'
  /** A vendor payload fails its schema. */
  | 'INVALID_PAYLOAD'
  /** A webhook signature does not verify, or its timestamp is outside the replay window. */
  | 'INVALID_SIGNATURE';

/**
 * One problem found while validating input: where it is (`path`, as zod reports it) and what is
 * wrong with it.
 *
 * @since 0.1.0
 */
export interface RapportIssue {
  /** The zod issue code, or a Rapport-specific code for checks zod does not make. */
  readonly code: string;
  /** Path of the offending field inside the validated value; `[]` for the value itself. */
  readonly path: readonly (string | number)[];
  /** A human-readable explanation of the problem. */
  readonly message: string;
}

/**
 * Extra context attached to a {@link RapportError}.
 *
 * @since 0.1.0
 */
export interface RapportErrorDetails {
  /** The validation issues behind the error, each with its path. */
  readonly issues?: readonly RapportIssue[];
  /** The rule the error concerns, for rule, option and configuration errors. */
  readonly ruleId?: string;
  /** The underlying error, when one was caught and wrapped. */
  readonly cause?: unknown;
}

/**
 * The one error class Rapport throws. Switch on {@link RapportError.code}; read
 * {@link RapportError.issues} for the exact paths of bad fields.
 *
 * @example
 * ```ts
 * import { RapportError, isRapportError } from '@rapport/core';
 *
 * try {
 *   throw new RapportError('INVALID_INPUT', 'priority must be one of low, normal, high, urgent', {
 *     issues: [{ code: 'invalid_value', path: ['priority'], message: 'Invalid option' }],
 *   });
 * } catch (error) {
 *   if (isRapportError(error) && error.code === 'INVALID_INPUT') {
 *     console.log(error.issues[0]?.path); // ['priority']
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export class RapportError extends Error {
  /** Always `'RapportError'`; {@link isRapportError} checks it, so copies from two installs match. */
  override readonly name = 'RapportError' as const;
  /** What kind of problem this is. */
  readonly code: RapportErrorCode;
  /** The validation issues behind the error (empty when there are none). */
  readonly issues: readonly RapportIssue[];
  /** The rule concerned, when there is one. */
  readonly ruleId: string | undefined;

  constructor(code: RapportErrorCode, message: string, details: RapportErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.issues = details.issues ?? [];
    this.ruleId = details.ruleId;
  }
}

/**
 * Whether `value` is a {@link RapportError}, also when it comes from another installed copy of
 * `@rapport/core` (where `instanceof` would say no).
 *
 * @example
 * ```ts
 * import { isRapportError } from '@rapport/core';
 *
 * isRapportError(new Error('x')); // false
 * ```
 * @since 0.1.0
 */
export function isRapportError(value: unknown): value is RapportError {
  return (
    value instanceof RapportError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'RapportError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** Converts zod issues to Rapport issues (paths keep their segments; symbols become strings). */
export function issuesFromZod(error: z.ZodError): RapportIssue[] {
  return error.issues.map((issue) => ({
    code: issue.code,
    path: issue.path.map((segment) => (typeof segment === 'number' ? segment : String(segment))),
    message: issue.message,
  }));
}
