/**
 * Scores claimtrail's claim tags against labelled statements (the format of
 * shared/eval/tags-dev.json): runs `analyze` on each labelled item's article, takes the claim
 * that best covers the item's span (`claimForSpan`) and compares its primary tag with the label.
 * A last line gives the same figures for the items whose statement was extracted as a quote
 * (the others fall to the outlet's claim of the sentence, or to none), to tell the tagger's
 * errors from the extractor's.
 *
 *   npm run eval:tags -- --data FILE [--docs A.json,B.json] [--min-accuracy X] [--errors FILE]
 *
 * --docs names the evaluation files that hold the articles (by default polnear-dev.json and
 * polnear-train.json beside --data). --min-accuracy exits 1 below that primary-tag accuracy, for
 * CI. --errors writes every item that was tagged wrong to FILE, with the rules behind the tag. Exit code 2: bad arguments or a missing,
 * unreadable or invalid file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { analyze, claimForSpan, formatTagScores, scoreTags, TagLabel, type Analysis, type TagPair } from '../src/index.js';
import { fail, numberOption, readOptions } from './args.js';
import { readDataset, sourceOf } from './dataset.js';

const script = 'eval:tags';
const usage = 'npm run eval:tags -- --data FILE [--docs A.json,B.json] [--min-accuracy X] [--errors FILE]';
const options = readOptions(script, usage, ['data', 'docs', 'min-accuracy', 'errors']);
if (options.data === undefined) fail(script, `--data is required\nusage: ${usage}`, 2);
const minAccuracy = numberOption(script, 'min-accuracy', options['min-accuracy'], (value) => value >= 0 && value <= 1);

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(options.data, 'utf8'));
} catch (error) {
  fail(script, `cannot read labels ${options.data}: ${(error as Error).message}`, 2);
}
const parsed = TagLabel.array().safeParse(raw);
if (!parsed.success) fail(script, `labels ${options.data} are invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'} at ${(parsed.error.issues[0]?.path ?? []).join('.')}`, 2);
const labels = parsed.data;

const docFiles = options.docs?.split(',') ?? ['polnear-dev.json', 'polnear-train.json'].map((name) => join(dirname(options.data ?? '.'), name)).filter((path) => existsSync(path));
const wanted = new Set(labels.map((label) => label.doc));
const documents = new Map<string, ReturnType<typeof sourceOf>>();
for (const file of docFiles) for (const document of readDataset(script, file)) if (wanted.has(document.id)) documents.set(document.id, sourceOf(document));
const absent = [...wanted].filter((id) => !documents.has(id));
if (absent.length > 0) fail(script, `${absent.length} labelled documents are in none of ${docFiles.join(', ')}, e.g. ${absent[0]}`, 2);

const analyses = new Map<string, Analysis>();
const pairs: TagPair[] = [];
// The tagger's share of the errors: items whose statement the extractor found as a quote.
const attributedPairs: TagPair[] = [];
const wrong: string[] = [];
for (const label of labels) {
  const source = documents.get(label.doc);
  if (source === undefined) continue;
  let analysis = analyses.get(label.doc);
  if (analysis === undefined) {
    analysis = analyze(source);
    analyses.set(label.doc, analysis);
  }
  if (label.end > source.text.length || label.start >= label.end) fail(script, `label ${label.doc} ${label.start}-${label.end} is not inside its document`, 2);
  const claim = claimForSpan(analysis, label.start, label.end);
  const predicted = claim?.tags[0]?.tag;
  pairs.push({ gold: label.primary, predicted });
  if (claim !== undefined && claim.quoteIds.length > 0) attributedPairs.push({ gold: label.primary, predicted });
  if (predicted !== label.primary) {
    const rules = claim?.tags[0]?.evidence.map((e) => e.ruleId).join('+') ?? '';
    const quote = analysis.quotes.find((q) => q.id === claim?.quoteIds[0]);
    const from = claim === undefined ? 'no claim' : quote === undefined ? 'outlet claim' : `quote, cue "${quote.cue?.exact ?? ''}"`;
    const words = (s: string) => s.slice(0, 100).replace(/\s+/g, ' ');
    wrong.push(`${label.primary} -> ${predicted ?? '(missing)'} [${rules}] (${from}) gold: ${words(source.text.slice(label.start, label.end))}${claim === undefined ? '' : ` | claim: ${words(claim.text)}`}`);
  }
}

const scores = scoreTags(pairs);
if (options.errors !== undefined) writeFileSync(options.errors, `${wrong.join('\n')}\n`);
console.log(formatTagScores(scores));
const attributed = scoreTags(attributedPairs);
console.log(
  `\nitems whose statement was extracted as a quote: ${attributed.count} of ${scores.count}, primary-tag accuracy ${attributed.accuracy.toFixed(3)}, macro-F1 ${attributed.macroF1.toFixed(3)}`,
);
if (minAccuracy !== undefined && scores.accuracy < minAccuracy) fail(script, `primary-tag accuracy ${scores.accuracy.toFixed(3)} is below --min-accuracy ${minAccuracy}`, 1);
