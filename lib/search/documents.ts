// What of an article search looks at, extracted once at build time.
import type { Article, ArticleImage, TermRef } from "../content/types";
import { bodyForDisplay } from "../content/body";
import { headingTextsForSearch } from "../content/headings";
import { markdownToPlainText } from "../content/plain-text";

export interface SearchDocument {
  slug: string;
  path: string;
  title: string;
  excerpt: string;
  /** ISO string so the document survives JSON. */
  date: string;
  category: TermRef | null;
  image: ArticleImage | null;
  tags: TermRef[];
  headings: string[];
  /** Visible body text, markup removed, for matching and snippets. */
  body: string;
}

export function toSearchDocument(article: Article): SearchDocument {
  const body = bodyForDisplay(article.body, article.title);
  return {
    slug: article.slug,
    path: article.path,
    title: article.title,
    excerpt: article.excerpt,
    date: article.date.toISOString(),
    category: article.category,
    image: article.image,
    tags: article.tags,
    headings: headingTextsForSearch(body),
    body: markdownToPlainText(body).replace(/\s+/gu, " ").trim(),
  };
}
