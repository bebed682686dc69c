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
