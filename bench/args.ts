import { parseArgs } from 'node:util';

/**
 * Command-line handling shared by the bench scripts: `--name value` options only, and a usage
 * error (exit code 2, like a missing data file) for anything unexpected, so that a typo in CI
 * fails loudly instead of running with defaults.
 */

/** Prints `message` to stderr prefixed with the script's name and exits with `code`. */
export function fail(script: string, message: string, code: number): never {
  console.error(`${script}: ${message}`);
  process.exit(code);
}

/** Parses `--name value` options; every option is optional here, callers check what they need. */
export function readOptions<Name extends string>(script: string, usage: string, names: readonly Name[]): Partial<Record<Name, string>> {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Name, string>>;
  } catch (error) {
    return fail(script, `${(error as Error).message}\nusage: ${usage}`, 2);
  }
}

/** Reads a numeric option, failing with a usage error when it is not a number that `valid` accepts. */
export function numberOption(script: string, name: string, raw: string | undefined, valid: (value: number) => boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !valid(value)) fail(script, `--${name} ${JSON.stringify(raw)} is not valid`, 2);
  return value;
}
