// The content API pages call. Content is read once per process and shared by every page.
import fs from "node:fs";
import path from "node:path";
import { getConfig } from "../config";
import { processWide } from "../process-store";
import { segmentCandidates, type TaxonomyKind } from "../urls";
import { problemsBySlug } from "./broken-files";
import { CONTENT_FOLDERS, listContentFiles, loadContent, type LoadedContent } from "./load";
import { ContentError, type ContentProblem } from "./problems";
import { termKey } from "./slugs";
import { termLookups } from "./term-lookups";
import { taxonomyFiles } from "./taxonomy-files";
import type { Article, AuthorProfile, Job, Term, TermRef } from "./types";

export type { Article, AuthorProfile, Job, Term, TermRef } from "./types";

interface Store extends LoadedContent {
  articlesBySlug: Map<string, Article>;
  termsByKey: Record<TaxonomyKind, Map<string, Term>>;
  /** In `next dev` only: the problems of each broken article, by the slug its page would have. */
  problemsBySlug: Map<string, ContentProblem[]>;
}

/** `next dev` only: there the store follows the files, and a code change reloads this module. */
let cached: { store: Store; signature: string } | null = null;
const PROCESS_STORE = Symbol.for("tech-career-media.content-store");

export function contentRoot(): string {
  // Content is read from disk at build time (and by on-demand taxonomy spellings), not bundled.
  return path.resolve(/*turbopackIgnore: true*/ getConfig().contentDir ?? path.join(process.cwd(), "content"));
}

function isDevelopment(): boolean {
  return getConfig().isDevelopment;
}

function buildStore(): Store {
  const loaded = loadContent({
    root: contentRoot(),
    includeDrafts: isDevelopment(),
    now: new Date(),
    imageHosts: getConfig().imageHosts,
  });
  if (loaded.problems.length > 0) {
    // A build fails on any problem. In `next dev` one broken file must not take every page down:
    // the good files are served, and the broken article's page shows its problems instead.
    if (!isDevelopment()) throw new ContentError(loaded.problems);
    console.error(new ContentError(loaded.problems).message);
  }
  return {
    ...loaded,
    problemsBySlug: isDevelopment() ? problemsBySlug(loaded, path.join(contentRoot(), "articles")) : new Map(),
    articlesBySlug: new Map(loaded.articles.map((article) => [article.slug, article])),
    termsByKey: termLookups(loaded),
  };
}

/** Names, sizes and modification times of every content file: changes when an editor saves. */
function contentSignature(): string {
  const root = contentRoot();
  return [...CONTENT_FOLDERS.flatMap((folder) => listContentFiles(path.join(root, folder))), ...taxonomyFiles(root)]
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\n");
}

function store(): Store {
  // A build or a server reads content once, for pages and route handlers alike. In `next dev`
  // editors expect a saved file to show on reload.
  if (!isDevelopment()) return processWide(PROCESS_STORE, buildStore);
  const signature = contentSignature();
  if (!cached || cached.signature !== signature) cached = { store: buildStore(), signature };
  return cached.store;
}

/** Published articles, newest first. */
export function getArticles(): Article[] {
  return store().articles;
}

/** Looks an article up by a route segment, encoded or not. */
export function getArticle(slugSegment: string): Article | undefined {
  const { articlesBySlug } = store();
  for (const candidate of segmentCandidates(slugSegment)) {
    const article = articlesBySlug.get(candidate.normalize("NFC"));
    if (article) return article;
  }
  return undefined;
}

/** In `next dev`, the problems of the article a route segment names, encoded or not. */
export function getProblemsForSlug(slugSegment: string): ContentProblem[] {
  const { problemsBySlug } = store();
  for (const candidate of segmentCandidates(slugSegment)) {
    const problems = problemsBySlug.get(candidate.normalize("NFC"));
    if (problems) return problems;
  }
  return [];
}

/** Slugs of broken articles, so `next dev` routes them to a page that shows their problems. */
export function getBrokenArticleSlugs(): string[] {
  return [...store().problemsBySlug.keys()];
}

/** Terms with at least one published article, most used first. */
export function getTerms(kind: TaxonomyKind): Term[] {
  return store()[kind];
}

/** Looks a term up by its name in any case or width, encoded or not; a category also by its slug, a tag by an alias, an author by profile id or alias. */
export function getTerm(kind: TaxonomyKind, nameSegment: string): Term | undefined {
  const terms = store().termsByKey[kind];
  for (const candidate of segmentCandidates(nameSegment)) {
    const term = terms.get(termKey(candidate));
    if (term) return term;
  }
  return undefined;
}

/** Old addresses of published articles (as oldPathKey gives them) and where each now is. */
export function getRedirects(): ReadonlyMap<string, string> {
  return store().redirects;
}

/** The profile of an article's author or of an author term, when one answers to it. */
export function getAuthorProfile(author: TermRef | null): AuthorProfile | undefined {
  return author?.kind === "authors" ? store().profilesByKey.get(author.key) : undefined;
}

/** Every job, newest first; `isOpen` tells whether it may be shown. */
export function getJobs(): Job[] {
  return store().jobs;
}

export function getOpenJobs(): Job[] {
  return store().jobs.filter((job) => job.isOpen);
}
