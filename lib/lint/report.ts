// How a content check is shown: errors and warnings apart, then one summary line; or JSON for tools.
import { formatProblem, severityOf, type ContentProblem } from "../content/problems";
import type { SiteCheck } from "./run";

function splitBySeverity(problems: readonly ContentProblem[]): { errors: ContentProblem[]; warnings: ContentProblem[] } {
  return {
    errors: problems.filter((problem) => severityOf(problem) === "error"),
    warnings: problems.filter((problem) => severityOf(problem) === "warning"),
  };
}

/** `エラー 2 件・警告 5 件（18 ファイルを確認）` */
export function summaryLine(check: SiteCheck): string {
  const { errors, warnings } = splitBySeverity(check.problems);
  if (errors.length === 0 && warnings.length === 0) return `コンテンツに問題はありません（${check.files} ファイルを確認）`;
  return `エラー ${errors.length} 件・警告 ${warnings.length} 件（${check.files} ファイルを確認）`;
}

/** The report as lines: errors, then warnings, each under its heading, then the summary. */
export function reportLines(check: SiteCheck): string[] {
  const { errors, warnings } = splitBySeverity(check.problems);
  const section = (title: string, problems: ContentProblem[]) =>
    problems.length === 0 ? [] : [`${title}（${problems.length} 件）`, ...problems.map(formatProblem), ""];
  return [...section("エラー", errors), ...section("警告", warnings), summaryLine(check)];
}

/** Fails on errors; with `strict`, on warnings too. */
export function exitCode(check: SiteCheck, strict: boolean): 0 | 1 {
  const { errors, warnings } = splitBySeverity(check.problems);
  return errors.length > 0 || (strict && warnings.length > 0) ? 1 : 0;
}

export function reportJson(check: SiteCheck): string {
  const { errors, warnings } = splitBySeverity(check.problems);
  return JSON.stringify(
    {
      files: check.files,
      errors: errors.length,
      warnings: warnings.length,
      problems: check.problems.map((problem) => ({
        file: problem.file,
        line: problem.line ?? null,
        rule: problem.rule ?? null,
        field: problem.field ?? null,
        severity: severityOf(problem),
        message: problem.message,
      })),
    },
    null,
    2,
  );
}
