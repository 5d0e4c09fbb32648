import type { MetadataRoute } from "next";
import { getArticles, getOpenJobs, getTerms, type Article } from "@/lib/content";
import { extraPageNumbers } from "@/lib/pagination";
import { site } from "@/lib/site";
import { absoluteUrl, homePath, jobPath, jobsPath, taxonomyIndexPath, termPath, type TaxonomyKind } from "@/lib/urls";

const KINDS: TaxonomyKind[] = ["categories", "tags", "authors"];

function lastModified(articles: readonly Article[]): Date | undefined {
  const newest = articles[0];
  return newest ? (newest.updated ?? newest.date) : undefined;
}

/** Every published page, with percent-encoded absolute URLs. Expired jobs are noindex: left out. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getArticles();
  const jobs = getOpenJobs();
  const listing = (path: string, items: readonly Article[]) => ({ url: absoluteUrl(path), lastModified: lastModified(items) });
  return [
    listing(homePath(), articles),
    ...extraPageNumbers(articles.length, site.pageSize).map((page) => listing(homePath(page), articles)),
    ...articles.map((article) => ({
      url: absoluteUrl(article.path),
      lastModified: article.updated ?? article.date,
    })),
    ...KINDS.flatMap((kind) => [
      listing(taxonomyIndexPath(kind), articles),
      // An author profile awaiting its first article has a page, but nothing to read yet: it joins
      // the sitemap with that article.
      ...getTerms(kind).filter((term) => term.articles.length > 0).flatMap((term) => [
        listing(termPath(kind, term.segment), term.articles),
        ...extraPageNumbers(term.articles.length, site.pageSize).map((page) =>
          listing(termPath(kind, term.segment, page), term.articles),
        ),
      ]),
    ]),
    { url: absoluteUrl(jobsPath()), lastModified: jobs[0]?.posted ?? lastModified(articles) },
    ...jobs.map((job) => ({ url: absoluteUrl(jobPath(job.id)), lastModified: job.posted })),
  ];
}
