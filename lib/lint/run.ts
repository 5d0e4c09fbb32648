// Runs the schema check, the MDX compile and the lint rules over a content folder, and returns
// every problem as data: the CLI and the build print them, tests assert them.
import path from "node:path";
import { getConfig } from "../config";
import { bodyProblems, loadForCheck, type BodyChecker } from "../content/check";
import type { BodyCheckCache, ProblemCache } from "../content/problem-cache";
import { CONTENT_FOLDERS, listContentFiles, type ArticleSource } from "../content/load";
import { sortProblems, type ContentProblem } from "../content/problems";
import { site } from "../site";
import { parseBlocks } from "./blocks";
import { articleOnlyRules, lintRules } from "./registry";
import type { LintArticle, LintRule, LintSite } from "./types";

export interface LintSettings {
  /** Hosts remote article images may come from (IMAGE_HOSTS); the loader refuses any other. */
  imageHosts: readonly string[];
  publicDir: string;
  siteUrl: string;
  now: Date;
}

function defaultLintSettings(cwd = process.cwd()): LintSettings {
  return { imageHosts: getConfig().imageHosts, publicDir: path.join(cwd, "public"), siteUrl: site.url, now: new Date() };
}

function toLintArticle(source: ArticleSource, cwd: string): LintArticle {
  const { body, bodyStartLine, keyLines } = source.file;
  return {
    file: source.sourcePath,
    absolutePath: path.resolve(cwd, source.sourcePath),
    format: source.format,
    slug: source.slug,
    frontMatter: source.frontMatter,
    keyLines,
    body,
    bodyStartLine,
    blocks: parseBlocks(body, bodyStartLine),
  };
}

/** What a rule kept per file may not read: a rule that needs it belongs in siteRules. */
const NO_SITE: LintSite = new Proxy({} as LintSite, {
  get(_target, property) {
    throw new Error(`A rule whose findings are kept per file read site.${String(property)}: add it to siteRules (lib/lint/registry.ts)`);
  },
});

function findings(article: LintArticle, site: LintSite, rules: readonly LintRule[]): ContentProblem[] {
  return rules.flatMap((rule) =>
    rule.check(article, site).map(({ rule: id, severity, line, message }) => ({ file: article.file, line, rule: id, severity, message })),
  );
}

/** Everything the article-only rules read, so a change to any of it checks the file again. */
export function articleOnlyInputs(article: LintArticle): unknown {
  return [article.file, article.format, article.slug, article.frontMatter, [...article.keyLines], article.bodyStartLine, article.body];
}

/**
 * Lints `targets`, judging links and tags against every article of `site`. The findings of rules
 * that read the article alone come from `cache` when it holds them for the same inputs.
 */
function lintArticles(
  targets: readonly LintArticle[],
  site: LintSite,
  rules: readonly LintRule[] = lintRules,
  cache?: ProblemCache<LintArticle>,
): ContentProblem[] {
  const local = rules.filter((rule) => articleOnlyRules.has(rule));
  const global = rules.filter((rule) => !articleOnlyRules.has(rule));
  return targets.flatMap((article) => {
    let own = cache?.get(article);
    if (!own) {
      own = findings(article, NO_SITE, local);
      cache?.set(article, own);
    }
    return [...own, ...findings(article, site, global)];
  });
}

export interface SiteCheck {
  /** How many content files were checked. */
  files: number;
  /** Errors and warnings, sorted by file and line. */
  problems: ContentProblem[];
}

function isWithin(file: string, target: string): boolean {
  return file === target || file.startsWith(`${target}${path.sep}`);
}

/**
 * Checks a content folder: front matter, bodies as the renderer compiles them, and the lint rules.
 * `target` (a file or folder inside `root`) narrows what is reported; links and tags are still
 * judged against the whole site. Every body is compiled, published or not: the build writes only
 * some pages (lib/prerender.ts), so a broken body would otherwise first show on a reader's
 * request. `bodyCache` skips the bodies whose results it holds, `lintCache` the article-only rules.
 */
export async function checkSite(options: {
  root: string;
  cwd?: string;
  target?: string;
  settings?: Partial<LintSettings>;
  bodyCache?: BodyCheckCache;
  /** Findings of the rules that read the article alone, kept per file between checks. */
  lintCache?: ProblemCache<LintArticle>;
  /** How bodies are compiled: in this thread unless given (the CLI spreads them over threads). */
  bodyChecker?: BodyChecker;
}): Promise<SiteCheck> {
  const cwd = options.cwd ?? process.cwd();
  const settings = { ...defaultLintSettings(cwd), ...options.settings };
  const target = options.target ? path.resolve(cwd, options.target) : null;
  const inTarget = (file: string) => target === null || isWithin(path.resolve(cwd, file), target);

  const loaded = loadForCheck(options.root, cwd, settings.imageHosts);
  const articles = loaded.sources.map((source) => toLintArticle(source, cwd));
  const lintSite: LintSite = { articles, taxonomy: loaded.taxonomy, ...settings };
  const problems = [
    ...loaded.problems,
    ...(await bodyProblems(
      loaded.sources.filter((source) => inTarget(source.sourcePath)),
      options.bodyCache,
      options.bodyChecker,
    )),
    ...lintArticles(articles.filter((article) => inTarget(article.file)), lintSite, lintRules, options.lintCache),
  ].filter((problem) => inTarget(problem.file));

  const files =
    target === null
      ? loaded.fileCount
      : CONTENT_FOLDERS.flatMap((folder) => listContentFiles(path.join(options.root, folder)))
          .filter((file) => isWithin(path.resolve(file), target)).length;
  return { files, problems: sortProblems(problems) };
}

