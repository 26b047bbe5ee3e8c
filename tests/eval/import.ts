// npm run eval:import [-- --corpus DIR] [-- --verbose]
// The importer's field accuracy on real pages: the test set (tests/fixtures/import/), the
// development part of the corpus (pages read and tuned against) and the held-out part (pages
// from other sites, only ever scored: for it only the count of wrong fields is printed, so
// nobody tunes the importer to one of its pages).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evalFields, scoreCorpusPart, scoreFixtures, type PartScore } from './import-score';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.resolve(import.meta.dirname, '../fixtures/import-corpus') },
    verbose: { type: 'boolean', default: false },
  },
});

const pct = (right: number, total: number) => (total ? `${((100 * right) / total).toFixed(1)}%` : '-');

function report(score: PartScore, showPages: boolean) {
  const total = score.pages * evalFields.length;
  const right = evalFields.reduce((sum, f) => sum + score.right[f], 0);
  console.log(`\n== ${score.part}: ${score.pages} pages from ${score.sites} sites — overall ${pct(right, total)} (${right}/${total} fields)`);
  for (const f of evalFields) console.log(`  ${f.padEnd(12)} ${pct(score.right[f], score.pages).padStart(6)}  (${score.pages - score.right[f]} wrong)`);
  if (!showPages) return;
  for (const page of score.pagesResults.filter((p) => p.wrong.length)) {
    console.log(`  ✗ ${page.file}: ${page.wrong.map((w) => w.field).join(', ')}`);
    if (values.verbose) for (const w of page.wrong) console.log(`      ${w.field}: want ${JSON.stringify(w.want)}\n      ${' '.repeat(w.field.length)}   got ${JSON.stringify(w.got)}`);
  }
}

const fixtures = await scoreFixtures(path.resolve(import.meta.dirname, '../fixtures/import'));
report(fixtures, true);
report(await scoreCorpusPart('dev', path.join(values.corpus, 'dev')), true);
report(await scoreCorpusPart('heldout', path.join(values.corpus, 'heldout')), false);
