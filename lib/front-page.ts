// What the front page shows, worked out from the article list alone so it can be tested without pages.
import type { Article, Term } from "./content/types";

export interface CategorySection {
  category: Term;
  articles: Article[];
}

export interface FrontPage {
  /** The newest article marked `featured: true`, else the newest; null on an empty site. */
  top: Article | null;
  /** The newest articles after the top story: the first page of the latest list. */
  latest: Article[];
  /** One section per category, in the editors' order (categories.yml), then the others by use; empty ones left out. */
  sections: CategorySection[];
}

interface FrontPageOptions {
  /** How many articles the first page of the latest list holds (the top story counts as one). */
  pageSize: number;
  perCategory: number;
}

/** `articles` newest first, `categories` as the content API gives them (the editors' order, then by use). */
export function frontPage(articles: readonly Article[], categories: readonly Term[], options: FrontPageOptions): FrontPage {
  const top = articles.find((article) => article.featured) ?? articles[0] ?? null;
  const latest = articles.slice(0, options.pageSize).filter((article) => article !== top);
  const sections = categories
    .map((category) => ({ category, articles: category.articles.slice(0, options.perCategory) }))
    .filter((section) => section.articles.length > 0);
  return { top, latest, sections };
}
