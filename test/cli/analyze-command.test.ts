/**
 * The thin command line behind `npm run demo`: arguments in, the library's analysis out, and a
 * clear message with exit code 2 for bad arguments or a missing file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCommand, type CommandIO } from '../../src/cli/analyze-command.js';

const seed = join(import.meta.dirname, '..', '..', 'seeds', '2025-12-04-us-russia-talks.txt');

function run(args: string[], columns?: number): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CommandIO = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => readFileSync(path, 'utf8'),
    columns,
  };
  const code = runCommand(args, io);
  return { code, out, err };
}

describe('claimtrail analyze', () => {
  it('prints the seed article’s statements and entities as a table by default', () => {
    const { code, out, err } = run(['analyze', seed, '--published-at', '2025-12-04']);
    expect(code).toBe(EXIT.ok);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe('2025-12-04-us-russia-talks · published 2025-12-04');
    // The headline's run-on "Russia Talks Putin", resolved; the speaker column is cut to a quarter of the line.
    expect(out).toMatch(/^1 +Vladimir Putin \(Russia T… +: +headline +threat +“We Are Ready to Fight …$/m);
    // Each statement's claim details follow it, indented: Putin's condition, Ushakov's "yesterday".
    expect(out).toMatch(/^ {4}condition: if European nations choose to go to war with Russia$/m);
    expect(out).toMatch(/^ {4}date: "yesterday" = 2025-12-03 \(relative\)$/m);
    // Then the outlet's own claims, with their numbers.
    expect(out).toMatch(/^the outlet's own claims \(unnamed outlet\)$/m);
    expect(out).toMatch(/^ {3}number: "five hours" = 5 hour$/m);
    expect(out).toMatch(/e\d+ +Yuri Ushakov +person +Kremlin adviser/);
    expect(Math.max(...out.split('\n').map((line) => [...line].length))).toBeLessThanOrEqual(100);
  });

  it('prints the whole analysis as JSON with --format json', () => {
    const { code, out } = run(['analyze', seed, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const analysis = JSON.parse(out) as { source: { id: string }; entities: { name: string }[] };
    expect(analysis.source.id).toBe('2025-12-04-us-russia-talks');
    expect(analysis.entities.map((entity) => entity.name)).toContain('Volodymyr Zelensky');
  });

  it('follows --width and the terminal’s width', () => {
    const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));
    expect(widest(run(['analyze', seed, '--width', '72']).out)).toBeLessThanOrEqual(72);
    expect(widest(run(['analyze', seed], 130).out)).toBeGreaterThan(100);
  });

  it.each([
    [['analyze', 'no/such/file.txt'], /cannot read no\/such\/file\.txt: no such file/],
    [[], /a command is required/],
    [['summarize', seed], /unknown command "summarize"/],
    [['analyze'], /analyze needs a FILE/],
    [['analyze', seed, '--format', 'xml'], /--format must be table or json/],
    [['analyze', seed, '--published-at', 'last week'], /--published-at "last week" is not an ISO 8601 date/],
    [['analyze', seed, '--width', '10'], /--width must be a whole number of at least 60/],
    [['analyze', seed, '--colour'], /Unknown option '--colour'/],
  ])('exits with 2 and says what is wrong: %j', (args, message) => {
    const { code, out, err } = run(args);
    expect(code).toBe(EXIT.usage);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });

  it('names a text read from standard input (FILE -) "stdin"', () => {
    let out = '';
    const io: CommandIO = {
      out: (text) => {
        out += text;
      },
      err: () => undefined,
      readFile: (path) => (path === '-' ? 'Councillor Moss said the vote was delayed.' : readFileSync(path, 'utf8')),
    };
    expect(runCommand(['analyze', '-', '--format', 'json'], io)).toBe(EXIT.ok);
    const analysis = JSON.parse(out) as { source: { id: string }; quotes: { content: { exact: string } }[] };
    expect(analysis.source.id).toBe('stdin');
    expect(analysis.quotes.map((quote) => quote.content.exact)).toEqual(['the vote was delayed']);
  });

  it('prints the usage with --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(out).toMatch(/^usage: claimtrail analyze FILE/);
  });
});
