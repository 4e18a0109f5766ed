/**
 * Errors the repositories throw, each with a message written for the manager. Nothing is
 * written to the database when one is thrown.
 */
import type { z } from 'zod';

/** The data broke a form rule; `fieldErrors` maps each field name to its first message. */
export class InvalidInputError extends Error {
  readonly fieldErrors: Readonly<Record<string, string>>;
  constructor(fieldErrors: Record<string, string>) {
    const first = Object.values(fieldErrors)[0] ?? 'Some details are not valid.';
    super(first);
    this.name = 'InvalidInputError';
    this.fieldErrors = fieldErrors;
  }

  static fromZod(error: z.ZodError): InvalidInputError {
    const fieldErrors: Record<string, string> = {};
    for (const issue of error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : 'form';
      fieldErrors[field] ??= issue.message;
    }
    return new InvalidInputError(fieldErrors);
  }
}

/** A rule of the register refused the change (for example deleting someone with appraisals). */
export class RefusedChangeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RefusedChangeError';
  }
}

/** The framework is not valid; `problems` are plain-English sentences that say where. */
export class InvalidFrameworkError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems[0] ?? 'The framework is not valid.');
    this.name = 'InvalidFrameworkError';
    this.problems = problems;
  }
}
