// The content API pages call. Content is read once per process and shared by every page.
import fs from "node:fs";
import path from "node:path";
import { segmentCandidates, type TaxonomyKind } from "../urls";
import { listContentFiles, loadContent, type LoadedContent } from "./load";
import { ContentError } from "./problems";
import { termKey } from "./slugs";
import type { Article, Job, Term } from "./types";

export type { Article, Job, Term, TermRef } from "./types";

interface Store extends LoadedContent {
  articlesBySlug: Map<string, Article>;
  termsByKey: Record<TaxonomyKind, Map<string, Term>>;
}

let cached: { store: Store; signature: string } | null = null;

export function contentRoot(): string {
  // Content is read from disk at build time (and by on-demand taxonomy spellings), not bundled.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

function buildStore(): Store {
  const loaded = loadContent({
    root: contentRoot(),
    includeDrafts: process.env.NODE_ENV === "development",
    now: new Date(),
  });
  if (loaded.problems.length > 0) throw new ContentError(loaded.problems);
  return {
    ...loaded,
    articlesBySlug: new Map(loaded.articles.map((article) => [article.slug, article])),
    termsByKey: {
      tags: new Map(loaded.tags.map((term) => [term.key, term])),
      categories: new Map(loaded.categories.map((term) => [term.key, term])),
      authors: new Map(loaded.authors.map((term) => [term.key, term])),
    },
  };
}

/** Names, sizes and modification times of every content file: changes when an editor saves. */
function contentSignature(): string {
  const root = contentRoot();
  return ["articles", "jobs"]
    .flatMap((folder) => listContentFiles(path.join(root, folder)))
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join("\n");
}

function store(): Store {
  // A build reads content once. In `next dev` editors expect a saved file to show on reload.
  const signature = process.env.NODE_ENV === "development" ? contentSignature() : "";
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

/** Terms with at least one published article, most used first. */
export function getTerms(kind: TaxonomyKind): Term[] {
  return store()[kind];
}

/** Looks a tag or category up by its name in any case or width, encoded or not. */
export function getTerm(kind: TaxonomyKind, nameSegment: string): Term | undefined {
  const terms = store().termsByKey[kind];
  for (const candidate of segmentCandidates(nameSegment)) {
    const term = terms.get(termKey(candidate));
    if (term) return term;
  }
  return undefined;
}

export function getTags(): Term[] {
  return getTerms("tags");
}

export function getArticlesByTag(nameSegment: string): Article[] {
  return getTerm("tags", nameSegment)?.articles ?? [];
}

/** Every job, newest first; `isOpen` tells whether it may be shown. */
export function getJobs(): Job[] {
  return store().jobs;
}

export function getOpenJobs(): Job[] {
  return store().jobs.filter((job) => job.isOpen);
}
