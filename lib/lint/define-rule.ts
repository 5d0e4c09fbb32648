// Declares a rule module: its ids and severities in one place, findings reported through them.
import type { Severity } from "../content/problems";
import type { LintArticle, LintFinding, LintRule, LintSite } from "./types";

type Report<Id extends string> = (rule: Id, line: number | undefined, message: string) => void;

export function defineRule<Id extends string>(
  rules: Readonly<Record<Id, { severity: Severity; description: string }>>,
  check: (article: LintArticle, site: LintSite, report: Report<Id>) => void,
): LintRule {
  return {
    rules,
    check(article, site) {
      const findings: LintFinding[] = [];
      check(article, site, (rule, line, message) => {
        findings.push({ rule, severity: rules[rule].severity, line, message });
      });
      return findings;
    },
  };
}
