import { readFileSync } from 'node:fs';
import { AttributionDocument } from '../src/index.js';
import { fail } from './args.js';

/**
 * Reads an evaluation file (the format of shared/eval/README.md) for the bench scripts. Any
 * problem with the file ends the run with exit code 2 and names the file, and for an invalid
 * file the path of the first problem, since data files are too large to search by eye.
 */
export function readDataset(script: string, path: string): AttributionDocument[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    return fail(script, `cannot read data file ${path}: ${(error as Error).message}`, 2);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return fail(script, `data file ${path} is not valid JSON: ${(error as Error).message}`, 2);
  }
  const result = AttributionDocument.array().safeParse(json);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const where = (first?.path ?? []).map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)';
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  return fail(script, `data file ${path} is invalid at ${where}: ${first?.message ?? 'unknown problem'}${more}`, 2);
}

/** The input `analyze` gets for a document: its id, text and publication date. */
export function sourceOf(document: AttributionDocument): { id: string; text: string; publishedAt?: string } {
  return { id: document.id, text: document.text, ...(document.publishedAt === undefined ? {} : { publishedAt: document.publishedAt }) };
}
