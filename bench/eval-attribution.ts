/**
 * Runs claimtrail's `analyze` over an evaluation file and scores the result against the file's
 * gold attributions, with the same metrics and summary line as shared/eval/score.py.
 *
 *   npm run eval -- --data FILE [--out PRED.json] [--min-f1 X]
 *
 * --out writes the predictions, so that score.py can check the numbers independently.
 * --min-f1 exits 1 when attribution F1 is below X, for CI. Exit code 2: bad arguments or a
 * missing, unreadable or invalid data file.
 */
import { writeFileSync } from 'node:fs';
import { analyze, formatAttributionScores, scoreAttributions, toAttributionDocument } from '../src/index.js';
import { fail, numberOption, readOptions } from './args.js';
import { readDataset, sourceOf } from './dataset.js';

const script = 'eval';
const usage = 'npm run eval -- --data FILE [--out PRED.json] [--min-f1 X]';
const options = readOptions(script, usage, ['data', 'out', 'min-f1']);
if (options.data === undefined) fail(script, `--data is required\nusage: ${usage}`, 2);
const minF1 = numberOption(script, 'min-f1', options['min-f1'], (value) => value >= 0 && value <= 1);

const gold = readDataset(script, options.data);
const started = performance.now();
const predicted = gold.map((document) => {
  try {
    return toAttributionDocument(analyze(sourceOf(document)));
  } catch (error) {
    throw new Error(`analyze failed on document ${document.id}`, { cause: error });
  }
});
const seconds = (performance.now() - started) / 1000;
console.error(`analyzed ${gold.length} documents in ${seconds.toFixed(2)} s`);

// Written before scoring, so that a prediction the scorer rejects can be inspected.
if (options.out !== undefined) {
  try {
    writeFileSync(options.out, `${JSON.stringify(predicted)}\n`);
  } catch (error) {
    fail(script, `cannot write ${options.out}: ${(error as Error).message}`, 2);
  }
}

const scores = scoreAttributions(gold, predicted);
console.log(JSON.stringify(scores, null, 1));
console.log(formatAttributionScores(scores));
if (minF1 !== undefined && scores.attribution.f1 < minF1) {
  fail(script, `attribution F1 ${scores.attribution.f1} is below --min-f1 ${minF1}`, 1);
}
