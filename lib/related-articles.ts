// 関連記事 and the previous/next links under an article.
import type { Article } from "./content/types";

function squash(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");
}

/** Parts of a series (第1回 / 第2回) differ only in their numbers: related, not duplicates. */
function isSeriesPair(a: string, b: string): boolean {
  const withoutDigits = (text: string) => squash(text).replace(/\p{Nd}+/gu, "#");
  return squash(a) !== squash(b) && withoutDigits(a) === withoutDigits(b);
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(squash(text));
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** Titles so alike (a re-post, a translated copy) that listing both would look like a mistake. */
export function isNearDuplicateTitle(a: string, b: string): boolean {
  if (isSeriesPair(a, b)) return false;
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.size === 0 || right.size === 0) return a.trim() === b.trim();
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared) >= 0.7;
}

/** Up to `limit` articles sharing tags or the category, most shared first, newest first on ties. */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 4): Article[] {
  const tagKeys = new Set(article.tags.map((tag) => tag.key));
  return articles
    .filter((other) => other.slug !== article.slug && !isNearDuplicateTitle(other.title, article.title))
    .map((other) => {
      const sharedTags = other.tags.filter((tag) => tagKeys.has(tag.key)).length;
      const sameCategory = article.category !== null && other.category?.key === article.category.key;
      return { other, score: sharedTags * 2 + (sameCategory ? 1 : 0) };
    })
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime())
    .slice(0, limit)
    .map(({ other }) => other);
}

/** In a newest-first list: `older` is the previous article, `newer` the next one. */
export function adjacentArticles(article: Article, newestFirst: readonly Article[]): { older?: Article; newer?: Article } {
  const index = newestFirst.findIndex((other) => other.slug === article.slug);
  if (index === -1) return {};
  return { older: newestFirst[index + 1], newer: index > 0 ? newestFirst[index - 1] : undefined };
}
