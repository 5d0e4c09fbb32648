// Which pages the build writes. Readers open new articles and the first page of each list far
// more than the archive, so the build writes those; every other page is rendered on its first
// request and kept in memory (dynamicParams), which makes a build's cost follow the newest
// articles instead of the size of the archive.
import { getConfig } from "./config";
import { extraPageNumbers } from "./pagination";

/** Numbered pages of the latest list written at build, counting the front page as page 1. */
export const PRERENDERED_LIST_PAGES = 3;

/** The newest `limit` of `articles` (which come newest first). */
export function prerenderedArticles<T>(articles: readonly T[], limit = getConfig().prerenderArticles): T[] {
  return articles.slice(0, limit);
}

/** Pages 2 and up of a list of `total` entries that the build writes. */
export function prerenderedPageNumbers(total: number, pageSize: number, upTo = PRERENDERED_LIST_PAGES): number[] {
  return extraPageNumbers(total, pageSize).filter((page) => page <= upTo);
}
