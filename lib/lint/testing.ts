// Builds lint inputs from text for the rules' unit tests, without touching the file system.
import path from "node:path";
import { splitFrontMatter } from "../content/front-matter";
import { termKey } from "../content/slugs";
import type { Taxonomy } from "../content/taxonomy-files";
import type { BodyFormat } from "../content/types";
import { articleFrontMatterSchema } from "../content/schema";
import { slugFromFileName } from "../content/slugs";
import { parseBlocks } from "./blocks";
import type { LintSettings } from "./run";
import type { LintArticle, LintFinding, LintRule, LintSite } from "./types";

/** An article from a whole file's text; `file` decides its format and slug. */
export function articleFrom(text: string, file = "content/articles/test.md"): LintArticle {
  const split = splitFrontMatter(text);
  if (!split.ok) throw new Error(`fixture front matter: ${split.message}`);
  const frontMatter = articleFrontMatterSchema.parse(split.file.data);
  const format: BodyFormat = file.endsWith(".mdx") ? "mdx" : "md";
  const { body, bodyStartLine, keyLines } = split.file;
  return {
    file,
    absolutePath: path.resolve(file),
    format,
    slug: frontMatter.slug ?? slugFromFileName(file),
    frontMatter,
    keyLines,
    body,
    bodyStartLine,
    blocks: parseBlocks(body, bodyStartLine),
  };
}

/** A file with a minimal front matter (4 lines, so the body starts on line 5) and `body`. */
export function withBody(body: string, frontMatter = ""): string {
  return `---\ntitle: テスト記事\ndate: 2025-10-08\n${frontMatter}---\n${body}`;
}

/** What the rules' tests may set about the site. */
export type TestSiteSettings = Partial<LintSettings> & { taxonomy?: Taxonomy };

/** The editors' lists as content/categories.yml and content/tags.yml would give them. */
export function taxonomyOf(
  categories: readonly string[] | null,
  tags: readonly { name: string; aliases?: string[] }[] = [],
): Taxonomy {
  return {
    categories: {
      file: "content/categories.yml",
      exists: categories !== null,
      entries: (categories ?? []).map((name, order) => ({ name, key: termKey(name), slug: null, description: null, order, line: order + 1 })),
      lastLine: categories?.length ?? 0,
    },
    tags: {
      file: "content/tags.yml",
      exists: tags.length > 0,
      entries: tags.map(({ name, aliases = [] }, index) => ({ name, key: termKey(name), description: null, aliases, line: index * 2 + 1 })),
      lastLine: tags.length * 2,
    },
  };
}

function siteOf(articles: readonly LintArticle[], settings: TestSiteSettings = {}): LintSite {
  return {
    articles,
    taxonomy: taxonomyOf(["AI", "Web3", "投資分析", "キャリア", "テクノロジー"]),
    publicDir: "/nonexistent-public",
    siteUrl: "https://media.example.com",
    now: new Date("2026-01-01T00:00:00Z"),
    ...settings,
  };
}

/** Runs one rule on one article (alone on its site unless `others` are given). */
export function findingsOf(rule: LintRule, article: LintArticle, others: readonly LintArticle[] = [], settings: TestSiteSettings = {}): LintFinding[] {
  return rule.check(article, siteOf([article, ...others], settings));
}

/** `rule@line` for each finding: the shape most assertions need. */
export function where(findings: readonly LintFinding[]): string[] {
  return findings.map((finding) => `${finding.rule}@${finding.line ?? "-"}`);
}
