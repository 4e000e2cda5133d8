/**
 * Measures how fast `analyze` runs over the texts of an evaluation file, on one core (this
 * process's main thread), so that extraction stays fast enough for whole news archives.
 *
 *   npm run bench:analyze -- --data FILE [--runs 5] [--min-mbps X]
 *
 * One warm-up pass lets the JIT settle; then every text is analyzed `runs` times and the median
 * pass is reported, which shrugs off a stray garbage collection. Sizes are UTF-8 bytes, in MB of
 * 10^6 bytes. --min-mbps exits 1 when the median throughput is below X, for CI. Exit code 2:
 * bad arguments or a missing, unreadable or invalid data file.
 */
import { analyze } from '../src/index.js';
import { fail, numberOption, readOptions } from './args.js';
import { readDataset, sourceOf } from './dataset.js';

const script = 'bench:analyze';
const usage = 'npm run bench:analyze -- --data FILE [--runs 5] [--min-mbps X]';
const options = readOptions(script, usage, ['data', 'runs', 'min-mbps']);
if (options.data === undefined) fail(script, `--data is required\nusage: ${usage}`, 2);
const runs = numberOption(script, 'runs', options.runs, (value) => Number.isInteger(value) && value >= 1) ?? 5;
const minMbps = numberOption(script, 'min-mbps', options['min-mbps'], (value) => value >= 0);

const sources = readDataset(script, options.data).map(sourceOf);
const encoder = new TextEncoder();
const megabytes = sources.reduce((sum, source) => sum + encoder.encode(source.text).length, 0) / 1e6;

/** One pass over every text; returns the quotes found so that the work cannot be optimised away. */
function pass(): number {
  let quotes = 0;
  for (const source of sources) quotes += analyze(source).quotes.length;
  return quotes;
}

const quotes = pass();
const seconds: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  pass();
  seconds.push((performance.now() - started) / 1000);
}
seconds.sort((a, b) => a - b);
const middle = Math.floor(seconds.length / 2);
const median = seconds.length % 2 === 1 ? (seconds[middle] ?? 0) : ((seconds[middle - 1] ?? 0) + (seconds[middle] ?? 0)) / 2;
const mbps = median > 0 ? megabytes / median : Infinity;

console.log(`${sources.length} documents, ${megabytes.toFixed(2)} MB (UTF-8), ${quotes} quotes per pass`);
console.log(`median of ${runs} runs: ${median.toFixed(3)} s, ${mbps.toFixed(2)} MB/s`);
// Every run, fastest first, so that a noisy machine shows as a wide spread rather than hides in the median.
console.log(`runs: ${seconds.map((s) => `${s.toFixed(3)} s (${(megabytes / s).toFixed(2)} MB/s)`).join(', ')}`);
if (minMbps !== undefined && mbps < minMbps) fail(script, `${mbps.toFixed(2)} MB/s is below --min-mbps ${minMbps}`, 1);
