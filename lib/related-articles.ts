// 関連記事 and the previous/next links under an article.
import { comparableText } from "./content/same-text";
import type { Article } from "./content/types";

/** Parts of a series (第1回 / 第2回) differ only in their numbers: related, not duplicates. */
function isSeriesPair(a: string, b: string): boolean {
  const withoutDigits = (text: string) => comparableText(text).replace(/\p{Nd}+/gu, "#");
  return comparableText(a) !== comparableText(b) && withoutDigits(a) === withoutDigits(b);
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(comparableText(text));
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

interface Scored {
  other: Article;
  score: number;
}

function ranksBefore(a: Scored, b: Scored): boolean {
  return a.score > b.score || (a.score === b.score && a.other.date.getTime() > b.other.date.getTime());
}

/** The `count` best of `items` in rank order, without sorting them all (a page is built per article). */
function best(items: readonly Scored[], count: number): Scored[] {
  const top: Scored[] = [];
  for (const item of items) {
    if (top.length === count && !ranksBefore(item, top[count - 1] as Scored)) continue;
    let index = top.length;
    while (index > 0 && ranksBefore(item, top[index - 1] as Scored)) index--;
    top.splice(index, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * Up to `limit` articles sharing tags or the category, most shared first, newest first on ties,
 * leaving out near-duplicate titles. Titles are compared only for the best-ranked few: comparing
 * against every article made each page cost O(site size) in string work.
 */
export function relatedArticles(article: Article, articles: readonly Article[], limit = 4): Article[] {
  const tagKeys = new Set(article.tags.map((tag) => tag.key));
  const scored: Scored[] = [];
  for (const other of articles) {
    if (other.slug === article.slug) continue;
    let sharedTags = 0;
    for (const tag of other.tags) if (tagKeys.has(tag.key)) sharedTags++;
    const sameCategory = article.category !== null && other.category?.key === article.category.key;
    const score = sharedTags * 2 + (sameCategory ? 1 : 0);
    if (score > 0) scored.push({ other, score });
  }
  // A few spare places for near-duplicates; if they take more, rank everything.
  const pick = (pool: readonly Scored[]) =>
    pool.filter(({ other }) => !isNearDuplicateTitle(other.title, article.title)).slice(0, limit).map(({ other }) => other);
  const picked = pick(best(scored, limit + 8));
  if (picked.length === limit || scored.length <= limit + 8) return picked;
  return pick([...scored].sort((a, b) => (ranksBefore(a, b) ? -1 : ranksBefore(b, a) ? 1 : 0)));
}

/** In a newest-first list: `older` is the previous article, `newer` the next one. */
export function adjacentArticles(article: Article, newestFirst: readonly Article[]): { older?: Article; newer?: Article } {
  const index = newestFirst.findIndex((other) => other.slug === article.slug);
  if (index === -1) return {};
  return { older: newestFirst[index + 1], newer: index > 0 ? newestFirst[index - 1] : undefined };
}
