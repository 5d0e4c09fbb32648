// 人気記事: the most viewed published articles of a period, or the newest while nothing is counted.
import { getArticles, type Article } from "../content";
import { periodStart, type RankingPeriod } from "./periods";
import { getViewStore } from "./store";
import type { ViewCount, ViewStore } from "./types";

export interface RankedArticle {
  slug: string;
  title: string;
  path: string;
  /** Views in the period; null in the newest-articles fallback. */
  views: number | null;
}

export interface Ranking {
  period: RankingPeriod;
  /** True when no published article has a view in the period: `items` are the newest articles. */
  fallback: boolean;
  items: RankedArticle[];
}

/** The most a ranking lists. */
export const MAX_RANKING_LIMIT = 10;

/**
 * Counted articles that are still published, most viewed first; equal counts put the newer article
 * first, then the slug decides, so a ranking never reorders between two requests.
 */
export function rankArticles(period: RankingPeriod, counts: readonly ViewCount[], articles: readonly Article[], limit: number): Ranking {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const ranked = counts
    .flatMap(({ slug, views }) => {
      const article = bySlug.get(slug);
      return article && views > 0 ? [{ article, views }] : [];
    })
    .sort((a, b) => b.views - a.views || b.article.date.getTime() - a.article.date.getTime() || (a.article.slug < b.article.slug ? -1 : 1))
    .slice(0, limit)
    .map(({ article, views }) => toRanked(article, views));
  if (ranked.length > 0) return { period, fallback: false, items: ranked };
  return { period, fallback: true, items: articles.slice(0, limit).map((article) => toRanked(article, null)) };
}

function toRanked(article: Article, views: number | null): RankedArticle {
  return { slug: article.slug, title: article.title, path: article.path, views };
}

/** How long one query's answer is reused: rankings change slowly, and every page would ask. */
const CACHE_MS = 60_000;

const cached = new Map<RankingPeriod, { counts: ViewCount[]; at: number }>();

async function countsFor(period: RankingPeriod, store: ViewStore, now: Date): Promise<ViewCount[]> {
  const hit = cached.get(period);
  if (hit && now.getTime() - hit.at < CACHE_MS && now.getTime() >= hit.at) return hit.counts;
  try {
    const counts = await store.countViews(periodStart(period, now));
    cached.set(period, { counts, at: now.getTime() });
    return counts;
  } catch (error) {
    // A ranking is never worth a failed page: the newest articles stand in.
    const cause = error instanceof Error ? error.message : String(error);
    console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message: "page views not read", cause }));
    return [];
  }
}

/** The period's ranking from this process's store, read at most once a minute per period. */
export async function getRanking(period: RankingPeriod, limit: number, now = new Date()): Promise<Ranking> {
  const bounded = Math.max(1, Math.min(MAX_RANKING_LIMIT, Math.floor(limit)));
  return rankArticles(period, await countsFor(period, getViewStore(), now), getArticles(), bounded);
}
