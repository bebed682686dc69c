// A problem found in a dataset, and how it is written for people. Kept apart from the parser so
// views can show problems without loading the schema.

export interface Problem {
  /** JSON path, e.g. `events[3].passages[0].exact`; empty for the whole file. */
  path: string;
  /** In English, for the command-line tools and as the fallback of a view in another language. */
  message: string;
  /** The kind of problem, for a view to say it in its language (`params` fill its words in). */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** A date that cannot be read, at `path`; `leftOut` says what it leaves out of the timeline. */
export function dateProblem(
  path: string,
  fault: { error: string; code: string; params: Readonly<Record<string, string | number>> },
  leftOut?: 'event' | 'period',
): Problem {
  return {
    path,
    message: leftOut ? `${fault.error}; the ${leftOut} is left out` : fault.error,
    code: fault.code,
    params: leftOut ? { ...fault.params, leftOut } : fault.params,
  };
}
