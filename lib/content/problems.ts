// Content problems are collected as data and reported once, the same way by the CLI and the build.

export type Severity = "error" | "warning";

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  field?: string;
  /** The linter rule that found it (`separator`, `broken-link`, …); schema problems have none. */
  rule?: string;
  /** Missing means error: only the linter reports warnings, and they never fail a build. */
  severity?: Severity;
  message: string;
}

export function severityOf(problem: ContentProblem): Severity {
  return problem.severity ?? "error";
}

/** `content/articles/foo.md:3: date: 存在しない日付です`, `content/articles/foo.md:58: separator: …` */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const label = problem.rule ?? problem.field;
  return `${where}:${label ? ` ${label}:` : ""} ${problem.message}`;
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = sortProblems(problems).map(formatProblem);
    super(`コンテンツに ${problems.length} 件のエラーがあります:\n${lines.join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
