import type { AnalyzeDiagnostic, AnalyzeSignals, AuthorRole } from '../types.js';
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

/** A pure function computing one signal from a view; `signals` gives the others (e.g. sentiment). */
export type SignalProvider<T> = (view: TextView, env: SignalEnvironment, signals: AnalyzeSignals) => T;

/** The signal functions the engine wires into `ctx.signals` and `result.signals`: one per signal. */
export type SignalProviders = { readonly [K in keyof AnalyzeSignals]: SignalProvider<AnalyzeSignals[K]> };

/**
 * Computes signal `key` with `provider` and replaces the accessor on `target` by a plain,
 * enumerable data property holding the value. A provider that throws gives `undefined` and a
 * `SIGNAL_FAILED` diagnostic instead of an exception in the caller's hands.
 */
function settle<K extends keyof AnalyzeSignals>(
  target: AnalyzeSignals,
  key: K,
  provider: SignalProvider<AnalyzeSignals[K]>,
  view: TextView,
  env: SignalEnvironment,
  diagnostics: AnalyzeDiagnostic[],
): AnalyzeSignals[K] {
  let value: AnalyzeSignals[K];
  try {
    value = provider(view, env, target);
  } catch (error) {
    diagnostics.push({ code: 'SIGNAL_FAILED', signal: key, message: `Signal "${key}" failed: ${error instanceof Error ? error.message : String(error)}` });
    value = undefined as unknown as AnalyzeSignals[K];
  }
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
export function createLazySignals(view: TextView, env: SignalEnvironment, p: SignalProviders, diagnostics: AnalyzeDiagnostic[]): AnalyzeSignals {
  return {
    get readability() {
      return settle(this, 'readability', p.readability, view, env, diagnostics);
    },
    get questions() {
      return settle(this, 'questions', p.questions, view, env, diagnostics);
    },
    get commitments() {
      return settle(this, 'commitments', p.commitments, view, env, diagnostics);
    },
    get sentiment() {
      return settle(this, 'sentiment', p.sentiment, view, env, diagnostics);
    },
    get politeness() {
      return settle(this, 'politeness', p.politeness, view, env, diagnostics);
    },
    get frustration() {
      return settle(this, 'frustration', p.frustration, view, env, diagnostics);
    },
    get egoState() {
      return settle(this, 'egoState', p.egoState, view, env, diagnostics);
    },
  };
}
