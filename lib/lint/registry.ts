// Every lint rule the content check runs, in the order their findings are easiest to fix.
import type { Severity } from "../content/problems";
import { cutSentencesRule } from "./rules/cut-sentences";
import { headingsRule } from "./rules/headings";
import { imagesRule } from "./rules/images";
import { linksRule } from "./rules/links";
import { liquidRule } from "./rules/liquid";
import { mdxRule } from "./rules/mdx";
import { readingTimeRule } from "./rules/reading-time";
import { repeatsRule } from "./rules/repeats";
import { separatorRule } from "./rules/separators";
import { taxonomyRule } from "./rules/taxonomy";
import { titleRule } from "./rules/title";
import type { LintRule } from "./types";

export const lintRules: readonly LintRule[] = [
  mdxRule,
  linksRule,
  imagesRule,
  taxonomyRule,
  separatorRule,
  repeatsRule,
  headingsRule,
  cutSentencesRule,
  titleRule,
  readingTimeRule,
  liquidRule,
];

/**
 * Rules that read the article alone (its path, front matter and body): their findings are kept
 * per file between checks (lib/lint/run.ts). The runner hands them a site that throws when read,
 * so a rule that starts reading the site fails every check until it is taken off this list.
 */
export const articleOnlyRules: ReadonlySet<LintRule> = new Set([
  mdxRule,
  separatorRule,
  repeatsRule,
  headingsRule,
  cutSentencesRule,
  titleRule,
  readingTimeRule,
  liquidRule,
]);

/** Every rule id with its severity and what it catches. */
export function ruleCatalog(rules: readonly LintRule[] = lintRules): { id: string; severity: Severity; description: string }[] {
  return rules.flatMap((rule) => Object.entries(rule.rules).map(([id, { severity, description }]) => ({ id, severity, description })));
}
