// npm run fit:body [-- --write]
// Fits the weights that score each line as the article's or the site's (tests/eval/body-model.ts)
// on the development part of the corpus only: an averaged perceptron over the importer's own
// segmentation (the run of lines with the largest summed score), so that the weights are learnt for
// the choice they make. Prints the leave-sites-out cross-validation (each fold's sites never seen
// while fitting) beside the rules' figures on the same pages, and with `--test DIR` both on pages of
// other sites; `--write` saves the weights fitted on all of dev to tests/eval/body-weights.json.
// The importer keeps its rules (shared/import/body.ts) until the model's cross-validated figures beat them.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bestRun, bodyLines, refineRun, ruleScores, runScoring, signature, type BodyPage } from '../../shared/import/body';
import { withoutPinyin } from '../../shared/import/annotations';
import { featureNames, lineFeatures, modelScores } from './body-model';
import { extractArticle } from '../../shared/import/extract';
import { normalizeLine } from '../../shared/import/normalize';
import { same, scorePage, type Expected } from './import-score';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(import.meta.dirname, '../fixtures/import-corpus/dev') },
    folds: { type: 'string', default: '5' },
    epochs: { type: 'string', default: '8' },
    step: { type: 'string', default: '0.01' },
    init: { type: 'string', default: 'rules' },
    write: { type: 'boolean', default: false },
    test: { type: 'string', multiple: true, default: [] },
  },
});

interface Sample {
  stem: string;
  site: string;
  lines: string[];
  want: Expected;
  page: BodyPage;
  from: number;
  features: number[][];
  gold: [number, number] | null;
}

/** A page's line and a paragraph the editor wrote down, compared as the eval compares them. */
function matches(line: string, paragraph: string): boolean {
  const a = same(line);
  const b = same(normalizeLine(withoutPinyin(paragraph)));
  return a === b || (b.length >= 10 && a.includes(b));
}

/** The run the editor's body spans: its first paragraph's line to its last (less a notice's signature, which is added after the run). */
function goldRun(page: BodyPage, from: number, want: Expected): [number, number] | null {
  const body = want.body.filter((p) => same(p));
  if (!body.length) return null;
  const start = page.norm.findIndex((line, i) => i >= from && matches(line, body[0]!));
  if (start < 0) return null;
  let end = page.norm.findIndex((line, i) => i >= start && matches(line, body.at(-1)!));
  if (end < 0) return null;
  for (let k = Math.max(start, end - 5); k < end; k++) if (signature(page, k + 1).includes(end)) end = k;
  for (let i = start; i <= end; i++) if (page.kind[i] === 'end') return null;
  return [start, end];
}

async function load(dir: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const name of (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()) {
    const stem = name.slice(0, -5);
    const text = await fs.readFile(path.join(dir, `${stem}.txt`), 'utf8').catch(() => '');
    if (!text) continue;
    const want = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as Expected & { site?: string };
    const lines = text.split(/\r?\n/);
    let seen: { page: BodyPage; from: number } | null = null;
    runScoring.scores = (page, from) => {
      seen ??= { page, from };
      return ruleScores(page, from);
    };
    extractArticle(lines);
    runScoring.scores = ruleScores;
    if (!seen) continue;
    const { page, from } = seen as { page: BodyPage; from: number };
    samples.push({ stem, site: want.site ?? stem.split('__')[0]!, lines, want, page, from, features: lineFeatures(page, from), gold: goldRun(page, from, want) });
  }
  return samples;
}

const scoresOf = (s: Sample, w: readonly number[]) => s.features.map((f, i) => (i < s.from ? 0 : s.page.kind[i] === 'end' ? -1e6 : f.reduce((sum, x, k) => sum + x * w[k]!, 0)));

/** Whether a run gives the editor's first and last paragraphs, as the importer would cut them. */
function runIsRight(s: Sample, run: [number, number]): boolean {
  if (!s.gold || run[0] < 0) return false;
  const [start, end] = refineRun(s.page, s.from, run);
  const lines = [...bodyLines(s.page, start, end, () => false), ...signature(s.page, end + 1)];
  return lines[0] === s.gold[0] && (lines.at(-1) === s.gold[1] || signature(s.page, s.gold[1] + 1).includes(lines.at(-1)!));
}

/** Averaged perceptron: where the chosen run is wrong, the weights move toward the editor's run. */
function fit(samples: Sample[], epochs: number, start: readonly number[]): number[] {
  const w = [...start];
  const total = w.map(() => 0);
  let steps = 0;
  const usable = samples.filter((s) => s.gold);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // A fixed order per epoch (by a hash of the page's name), so that a run of the script gives the same weights.
    const order = [...usable].sort((a, b) => hash(`${epoch}${a.stem}`).localeCompare(hash(`${epoch}${b.stem}`)));
    for (const s of order) {
      const run = bestRun(scoresOf(s, w), s.from);
      if (!runIsRight(s, run)) {
        const [gs, ge] = s.gold!;
        for (let i = gs; i <= ge; i++) s.features[i]!.forEach((x, k) => (w[k]! += step * x));
        if (run[0] >= 0) for (let i = run[0]; i <= run[1]; i++) s.features[i]!.forEach((x, k) => (w[k]! -= step * x));
      }
      w.forEach((x, k) => (total[k]! += x));
      steps++;
    }
  }
  return total.map((x) => x / Math.max(1, steps));
}

const hash = (text: string) => createHash('md5').update(text).digest('hex');

/** bodyStart and bodyEnd as `npm run eval:import` scores them, with the lines scored by `scores`. */
function evaluate(samples: Sample[], scores: (page: BodyPage, from: number) => number[]): { start: number; end: number } {
  let start = 0;
  let end = 0;
  runScoring.scores = scores;
  for (const s of samples) {
    const got = extractArticle(s.lines);
    const wrong = scorePage({ ...got }, s.want).map((w) => w.field);
    if (!wrong.includes('bodyStart')) start++;
    if (!wrong.includes('bodyEnd')) end++;
  }
  runScoring.scores = ruleScores;
  return { start, end };
}

const samples = await load(values.corpus);
const folds = Number(values.folds);
const epochs = Number(values.epochs);
const step = Number(values.step);
const fromRules = featureNames.map((n) => (n === 'rules' && values.init === 'rules' ? 10 : 0));
const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
console.log(`${samples.length} pages, ${new Set(samples.map((s) => s.site)).size} sites, ${samples.filter((s) => s.gold).length} with the editor's run found among the lines`);

// Leave-sites-out: a fold is the sites whose host hashes to it; its pages are scored by weights fitted without them.
const foldOf = (s: Sample) => parseInt(hash(s.site).slice(0, 8), 16) % folds;
const sum = { rules: { start: 0, end: 0 }, model: { start: 0, end: 0 } };
for (let k = 0; k < folds; k++) {
  const test = samples.filter((s) => foldOf(s) === k);
  const w = fit(samples.filter((s) => foldOf(s) !== k), epochs, fromRules);
  const rules = evaluate(test, ruleScores);
  const model = evaluate(test, (page, from) => modelScores(page, from, w));
  console.log(`fold ${k}: ${test.length} pages  rules start ${rules.start} end ${rules.end}  model start ${model.start} end ${model.end}`);
  for (const key of ['start', 'end'] as const) {
    sum.rules[key] += rules[key];
    sum.model[key] += model[key];
  }
}
const n = samples.length;
console.log(`cross-validated on dev: rules bodyStart ${pct(sum.rules.start, n)} bodyEnd ${pct(sum.rules.end, n)}; model bodyStart ${pct(sum.model.start, n)} bodyEnd ${pct(sum.model.end, n)}`);

const weights = fit(samples, epochs, fromRules);
const fitted = evaluate(samples, (page, from) => modelScores(page, from, weights));
console.log(`fitted on all of dev (not a measure of generality): bodyStart ${pct(fitted.start, n)} bodyEnd ${pct(fitted.end, n)}`);
console.log(featureNames.map((name, k) => `${name} ${weights[k]!.toFixed(3)}`).join(', '));
// Pages of other sites, fitted on none of them: the rules and the weights fitted on all of dev, side by side.
for (const dir of values.test ?? []) {
  const other = await load(dir);
  const rules = evaluate(other, ruleScores);
  const model = evaluate(other, (page, from) => modelScores(page, from, weights));
  console.log(`${dir}: ${other.length} pages  rules bodyStart ${pct(rules.start, other.length)} bodyEnd ${pct(rules.end, other.length)}; model bodyStart ${pct(model.start, other.length)} bodyEnd ${pct(model.end, other.length)}`);
}
if (values.write) {
  const file = path.resolve(import.meta.dirname, 'body-weights.json');
  await fs.writeFile(file, `${JSON.stringify(Object.fromEntries(featureNames.map((name, k) => [name, Number(weights[k]!.toFixed(4))])), null, 2)}\n`);
  console.log(`wrote ${file}`);
}
