import type { z } from 'zod';

/** One problem found while validating a value, as zod reports it. */
export type ClaimtrailIssue = z.core.$ZodIssue;

/**
 * The error thrown when a value handed to claimtrail does not fit its schema.
 *
 * Only programmer misuse throws: problems in a *text* (an unclosed quote mark, a pronoun
 * with no antecedent) are reported as diagnostics instead. The message names every
 * failing path, and `issues` carries zod's issues unchanged for programmatic use.
 *
 * @example
 * ```ts
 * try {
 *   createSource({ title: 'no text' });
 * } catch (error) {
 *   if (error instanceof ClaimtrailError) console.log(error.issues[0]?.path); // ['text']
 * }
 * ```
 */
export class ClaimtrailError extends Error {
  /** zod's issues, each with its `path` and `message`. */
  readonly issues: readonly ClaimtrailIssue[];
  /** What was being validated, e.g. `"Source"`. */
  readonly subject: string;

  /**
   * @param subject - what was being validated, e.g. `"Source"`.
   * @param issues - the issues zod reported.
   */
  constructor(subject: string, issues: readonly ClaimtrailIssue[]) {
    super(formatIssues(subject, issues));
    this.name = 'ClaimtrailError';
    this.subject = subject;
    this.issues = issues;
  }
}

/** Renders a path as `quotes[2].content.span.end`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function formatIssues(subject: string, issues: readonly ClaimtrailIssue[]): string {
  const lines = issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`);
  const noun = issues.length === 1 ? 'problem' : 'problems';
  return `Invalid ${subject} (${issues.length} ${noun}):\n${lines.join('\n')}`;
}

/** The outcome of a `safe*` function: the value, or the error that `parse` would have thrown. */
export type SafeResult<T> =
  | {
      /** The value was valid. */
      success: true;
      /** The validated value. */
      data: T;
    }
  | {
      /** The value was invalid. */
      success: false;
      /** What was wrong with it. */
      error: ClaimtrailError;
    };

/**
 * Validates `value` against `schema`, returning a {@link SafeResult}.
 * @internal
 */
export function safeParseModel<S extends z.ZodType>(
  schema: S,
  value: unknown,
  subject: string,
): SafeResult<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { success: true, data: result.data };
  return { success: false, error: new ClaimtrailError(subject, result.error.issues) };
}

/**
 * Validates `value` against `schema`, throwing a {@link ClaimtrailError} when it does not fit.
 * @internal
 */
export function parseModel<S extends z.ZodType>(schema: S, value: unknown, subject: string): z.output<S> {
  const result = safeParseModel(schema, value, subject);
  if (!result.success) throw result.error;
  return result.data;
}
