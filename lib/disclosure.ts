// Which articles need the "not investment advice" notice.
import type { Article } from "./content/types";
import { termKey } from "./content/slugs";
import { site } from "./site";

const investmentKeys = new Set(site.investmentTerms.map(termKey));

export function needsInvestmentDisclaimer(article: Pick<Article, "categories" | "tags">): boolean {
  return [...article.categories, ...article.tags].some((term) => investmentKeys.has(term.key));
}
