// Articles and term references built in memory for unit tests, shaped as the content layer makes them.
import type { Article, TermRef } from "../content/types";
import { makeTermRef } from "../content/taxonomy";
import { articlePath } from "../urls";

/** A tag, category or author reference spelled as given (no canonical spelling looked up). */
export function termRef(kind: TermRef["kind"], name: string): TermRef {
  return makeTermRef(kind, name);
}

/** A published Markdown article dated 2025-10-08 with no terms and an empty body; `fields` replace any default. */
export function testArticle(slug: string, fields: Partial<Article> = {}): Article {
  return {
    slug,
    path: articlePath(slug),
    sourcePath: `content/articles/${slug}.md`,
    format: "md",
    title: slug,
    date: new Date("2025-10-08T00:00:00Z"),
    updated: null,
    category: null,
    categories: [],
    tags: [],
    author: null,
    excerpt: "",
    readingMinutes: 1,
    draft: false,
    featured: false,
    image: null,
    body: "",
    bodyStartLine: 1,
    ...fields,
  };
}
