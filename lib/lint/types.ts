// What a lint rule receives and returns.
import type { BodyFormat } from "../content/types";
import type { Severity } from "../content/problems";
import type { ArticleFrontMatter } from "../content/schema";
import type { Taxonomy } from "../content/taxonomy-files";
import type { Block } from "./blocks";

export interface LintArticle {
  /** Project-relative path, as in every content message. */
  file: string;
  /** Absolute path, for resolving relative links. */
  absolutePath: string;
  format: BodyFormat;
  slug: string;
  frontMatter: ArticleFrontMatter;
  /** File line of each top-level front matter key. */
  keyLines: ReadonlyMap<string, number>;
  body: string;
  bodyStartLine: number;
  blocks: Block[];
}

export interface LintSite {
  /** Every article that parsed, drafts and scheduled ones included. */
  articles: readonly LintArticle[];
  /** The editors' categories.yml (the categories articles may use) and tags.yml. */
  taxonomy: Taxonomy;
  /** Where `/images/…` in an article is looked up. */
  publicDir: string;
  /** The site's own origin: `https://example.com/articles/foo` is an internal link too. */
  siteUrl: string;
  /** Decides whether a linked article is still scheduled. */
  now: Date;
}

export interface LintFinding {
  rule: string;
  severity: Severity;
  line?: number;
  message: string;
}

export interface LintRule {
  /** The rule ids this module reports, with what each one catches. */
  rules: Readonly<Record<string, { severity: Severity; description: string }>>;
  check(article: LintArticle, site: LintSite): LintFinding[];
}
