import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, ClaimtrailError } from '../index.js';
import { formatAnalysisTable, MIN_TABLE_WIDTH } from './format-table.js';

/** Where the command writes and how wide the terminal is; injected so that tests need no process. */
export interface CommandIO {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Reads a file as UTF-8 text; throws as `fs.readFileSync` does. */
  readonly readFile: (path: string) => string;
  /** The terminal's width in columns, when known. */
  readonly columns?: number | undefined;
}

/** Exit codes: 0 success, 1 an unexpected failure, 2 bad arguments or an unreadable file. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 });

export const USAGE = `usage: claimtrail analyze FILE [--published-at DATE] [--format table|json] [--width N]

  FILE              a plain-text news article (UTF-8), or - to read it from standard input
  --published-at    when it was published, ISO 8601 (2025-12-04), for relative dates
  --format          table (default): statements and entities for a terminal; json: the whole Analysis
  --width           the table's width in columns (default: the terminal's, or 100)
`;

/** The FILE that stands for standard input, as in most command-line tools. */
const STDIN = '-';

/** The process's own I/O. */
export function processIO(): CommandIO {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // File descriptor 0 is standard input, on every platform.
    readFile: (path) => readFileSync(path === STDIN ? 0 : path, 'utf8'),
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}

function usageError(io: CommandIO, message: string): number {
  io.err(`claimtrail: ${message}\n\n${USAGE}`);
  return EXIT.usage;
}

/**
 * Runs `claimtrail analyze FILE [options]` with the given arguments (without the node and
 * script paths) and returns the exit code. Thin: it parses the arguments, reads the file and
 * hands the text to {@link analyze}.
 */
export function runCommand(args: readonly string[], io: CommandIO): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: {
        'published-at': { type: 'string' },
        format: { type: 'string', default: 'table' },
        width: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(USAGE);
    return EXIT.ok;
  }
  const [command, file, ...rest] = positionals;
  if (command !== 'analyze') return usageError(io, command === undefined ? 'a command is required' : `unknown command ${JSON.stringify(command)}`);
  if (file === undefined) return usageError(io, 'analyze needs a FILE');
  if (rest.length > 0) return usageError(io, `unexpected argument ${JSON.stringify(rest[0])}`);
  const format = values.format;
  if (format !== 'table' && format !== 'json') return usageError(io, `--format must be table or json, not ${JSON.stringify(format)}`);
  let width = io.columns;
  if (values.width !== undefined) {
    width = Number(values.width);
    if (!Number.isInteger(width) || width < MIN_TABLE_WIDTH) return usageError(io, `--width must be a whole number of at least ${MIN_TABLE_WIDTH}, not ${JSON.stringify(values.width)}`);
  }

  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    io.err(`claimtrail: cannot read ${file}: ${reason}\n`);
    return EXIT.usage;
  }

  const publishedAt = values['published-at'];
  let analysis;
  try {
    analysis = analyze({ id: file === STDIN ? 'stdin' : basename(file, extname(file)), text, ...(publishedAt === undefined ? {} : { publishedAt }) });
  } catch (error) {
    if (error instanceof ClaimtrailError) return usageError(io, error.issues.some((issue) => issue.path[0] === 'publishedAt') ? `--published-at ${JSON.stringify(publishedAt)} is not an ISO 8601 date` : error.message);
    io.err(`claimtrail: analysis failed: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failure;
  }
  io.out(format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysisTable(analysis, width === undefined ? {} : { width }));
  return EXIT.ok;
}
