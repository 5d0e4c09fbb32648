// Which open jobs the article sidebar shows.
import type { Article, Job } from "./content/types";

function matchScore(article: Pick<Article, "tags" | "category">, job: Job): { sharedTags: number; sameCategory: boolean } {
  const sharedTags = article.tags.filter((tag) => job.tagKeys.has(tag.key)).length;
  const sameCategory = article.category !== null && job.categoryKey === article.category.key;
  return { sharedTags, sameCategory };
}

/**
 * Open jobs ranked by shared tags, then a shared category, newest first on ties;
 * when fewer than `limit` match, the newest other open jobs fill the rest.
 */
export function rankJobsForArticle(
  article: Pick<Article, "tags" | "category">,
  jobs: readonly Job[],
  limit: number,
): Job[] {
  const scored = jobs
    .filter((job) => job.isOpen)
    .map((job) => ({ job, ...matchScore(article, job) }))
    .sort(
      (a, b) =>
        b.sharedTags - a.sharedTags ||
        Number(b.sameCategory) - Number(a.sameCategory) ||
        b.job.posted.getTime() - a.job.posted.getTime() ||
        a.job.id.localeCompare(b.job.id),
    );
  return scored.slice(0, limit).map(({ job }) => job);
}
