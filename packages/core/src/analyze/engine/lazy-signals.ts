import type { AuthorRole, AnalyzeSignals } from '../types.js';
import type { Channel } from '../../ticket/channel.js';
import type { TextView } from '../text/text-view.js';

/**
 * What a signal function receives besides the text view: the per-message options, normalised.
 * @since 0.1.0
 */
export interface SignalEnvironment {
  /** Who wrote the message. */
  readonly role: AuthorRole;
  /** The channel, when known. */
  readonly channel: Channel | undefined;
  /** The locale (`en`). */
  readonly locale: string;
  /** The view of the message replied to, when given. */
  readonly context: TextView | undefined;
  /** The reference time in epoch milliseconds, when given. */
  readonly now: number | undefined;
  /** The IANA time zone, when given. */
  readonly timeZone: string | undefined;
}

/** A pure function computing one signal from a view. */
export type SignalProvider<T> = (view: TextView, env: SignalEnvironment) => T;

/** The signal functions the engine wires into `ctx.signals` and `result.signals`: one per signal. */
export type SignalProviders = { readonly [K in keyof AnalyzeSignals]: SignalProvider<AnalyzeSignals[K]> };

/** Replaces the accessor `key` of `target` by a plain, enumerable data property holding `value`. */
function settle<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: false, writable: false });
  return value;
}

/**
 * Builds the signals object of one analysis: one own, enumerable accessor per signal that computes
 * the value on first read and then replaces itself with a plain data property. Rules and the
 * caller share it, so each signal is computed at most once per analysis and only when read; and
 * since the properties are own and enumerable, `JSON.stringify` and `structuredClone` (e.g.
 * `postMessage` from a worker) see every signal. An object literal with getters is much cheaper to
 * create than `Object.defineProperty` per key, which matters at ~50,000 analyses a second.
 */
export function createLazySignals(view: TextView, env: SignalEnvironment, p: SignalProviders): AnalyzeSignals {
  return {
    get readability() {
      return settle(this, 'readability', p.readability(view, env));
    },
    get questions() {
      return settle(this, 'questions', p.questions(view, env));
    },
    get commitments() {
      return settle(this, 'commitments', p.commitments(view, env));
    },
    get sentiment() {
      return settle(this, 'sentiment', p.sentiment(view, env));
    },
    get politeness() {
      return settle(this, 'politeness', p.politeness(view, env));
    },
  };
}
