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

/** Every signal name, in the order `toJSON` lists them. */
const SIGNAL_KEYS = ['readability', 'questions', 'commitments', 'sentiment', 'politeness', 'frustration', 'egoState'] as const satisfies readonly (keyof AnalyzeSignals)[];

/**
 * The signals of one analysis. Each getter computes its signal on first read (rules and the
 * caller share the instance, so at most once per analysis, and only if someone reads it), then
 * defines it as an own, enumerable data property that shadows the getter, so what was read shows
 * up in `{ ...signals }`, `structuredClone` and `console.log`. `toJSON` computes every signal, so
 * `JSON.stringify(result)` is complete.
 *
 * A class, not an object literal with getters: creating a literal with seven accessors costs
 * ~2 µs (V8 takes a slow path), a class instance ~10 ns, and this runs once per analysis.
 */
class LazySignals implements AnalyzeSignals {
  readonly #view: TextView;
  readonly #env: SignalEnvironment;
  readonly #providers: SignalProviders;
  readonly #diagnostics: AnalyzeDiagnostic[];

  constructor(view: TextView, env: SignalEnvironment, providers: SignalProviders, diagnostics: AnalyzeDiagnostic[]) {
    this.#view = view;
    this.#env = env;
    this.#providers = providers;
    this.#diagnostics = diagnostics;
  }

  get readability(): AnalyzeSignals['readability'] {
    return this.#settle('readability');
  }
  get questions(): AnalyzeSignals['questions'] {
    return this.#settle('questions');
  }
  get commitments(): AnalyzeSignals['commitments'] {
    return this.#settle('commitments');
  }
  get sentiment(): AnalyzeSignals['sentiment'] {
    return this.#settle('sentiment');
  }
  get politeness(): AnalyzeSignals['politeness'] {
    return this.#settle('politeness');
  }
  get frustration(): AnalyzeSignals['frustration'] {
    return this.#settle('frustration');
  }
  get egoState(): AnalyzeSignals['egoState'] {
    return this.#settle('egoState');
  }

  /** Every signal as a plain object (computing those not read yet). */
  toJSON(): AnalyzeSignals {
    const out = {} as Record<string, unknown>;
    for (const key of SIGNAL_KEYS) out[key] = this[key];
    return out as unknown as AnalyzeSignals;
  }

  /**
   * Computes `key`; a provider that throws gives `undefined` and a `SIGNAL_FAILED` diagnostic
   * instead of an exception in the caller's hands.
   */
  #settle<K extends keyof AnalyzeSignals>(key: K): AnalyzeSignals[K] {
    let value: AnalyzeSignals[K];
    try {
      value = (this.#providers[key] as SignalProvider<AnalyzeSignals[K]>)(this.#view, this.#env, this);
    } catch (error) {
      const message = `Signal "${key}" failed: ${error instanceof Error ? error.message : String(error)}`;
      this.#diagnostics.push({ code: 'SIGNAL_FAILED', signal: key, message });
      value = undefined as unknown as AnalyzeSignals[K];
    }
    Object.defineProperty(this, key, { value, enumerable: true, configurable: false, writable: false });
    return value;
  }
}

/** The signals object of one analysis (see {@link LazySignals}). */
export function createLazySignals(view: TextView, env: SignalEnvironment, providers: SignalProviders, diagnostics: AnalyzeDiagnostic[]): AnalyzeSignals {
  return new LazySignals(view, env, providers, diagnostics);
}
