// What the front page shows, worked out from the article list alone so it can be tested without pages.
import type { Article, Term } from "./content/types";
import { termKey } from "./content/slugs";

export interface CategorySection {
  category: Term;
  articles: Article[];
}

export interface FrontPage {
  /** The newest article marked `featured: true`, else the newest; null on an empty site. */
  top: Article | null;
  /** The newest articles after the top story: the first page of the latest list. */
  latest: Article[];
  /** One section per category, in the configured order, then the others by use; empty ones left out. */
  sections: CategorySection[];
}

interface FrontPageOptions {
  /** How many articles the first page of the latest list holds (the top story counts as one). */
  pageSize: number;
  perCategory: number;
  /** The configured order of categories. */
  categoryOrder: readonly string[];
}

/** `articles` newest first, `categories` as the content API gives them (most used first). */
export function frontPage(articles: readonly Article[], categories: readonly Term[], options: FrontPageOptions): FrontPage {
  const top = articles.find((article) => article.featured) ?? articles[0] ?? null;
  const latest = articles.slice(0, options.pageSize).filter((article) => article !== top);
  const rank = (term: Term) => {
    const index = options.categoryOrder.findIndex((name) => termKey(name) === term.key);
    return index < 0 ? options.categoryOrder.length : index;
  };
  const ordered = categories
    .map((term, used) => ({ term, used }))
    .sort((a, b) => rank(a.term) - rank(b.term) || a.used - b.used)
    .map(({ term }) => term);
  const sections = ordered
    .map((category) => ({ category, articles: category.articles.slice(0, options.perCategory) }))
    .filter((section) => section.articles.length > 0);
  return { top, latest, sections };
}
