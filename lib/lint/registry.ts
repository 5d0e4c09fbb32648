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

/** Rules that judge an article against the rest of the site (links, tags) or the files in public/. */
const siteRules: ReadonlySet<LintRule> = new Set([linksRule, imagesRule, taxonomyRule]);

/**
 * Every other rule reads the article alone (its path, front matter and body): its findings are
 * kept per file between checks (lib/lint/run.ts). The runner hands these rules a site that throws
 * when read, so a new rule that needs the site fails every check until it joins siteRules.
 */
export const articleOnlyRules: ReadonlySet<LintRule> = new Set(lintRules.filter((rule) => !siteRules.has(rule)));

/** Every rule id with its severity and what it catches. */
export function ruleCatalog(rules: readonly LintRule[] = lintRules): { id: string; severity: Severity; description: string }[] {
  return rules.flatMap((rule) => Object.entries(rule.rules).map(([id, { severity, description }]) => ({ id, severity, description })));
}
