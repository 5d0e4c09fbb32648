import type { ReactNode } from "react";
import type { Article } from "@/lib/content";
import type { Page } from "@/lib/pagination";
import { ArticleCard } from "./ArticleCard";
import { Pagination } from "./Pagination";

interface ArticleListingProps {
  heading: string;
  description?: string;
  listing: Page<Article>;
  pathOf: (page: number) => string;
  /** Shown between the heading and the articles (an author's profile). */
  intro?: ReactNode;
}

/** A heading, one page of articles and the page links: home, categories and tags all use it. */
export function ArticleListing({ heading, description, listing, pathOf, intro }: ArticleListingProps) {
  return (
    <section aria-labelledby="listing-heading">
      <header className="mb-6">
        <h1 id="listing-heading" className="text-2xl font-bold sm:text-3xl">
          {heading}
          {listing.page > 1 ? <span className="ml-2 text-base font-normal text-slate-600 dark:text-slate-400">（{listing.page}ページ目）</span> : null}
        </h1>
        {description ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{description}</p> : null}
      </header>
      {intro}
      {listing.items.length === 0 ? (
        <p>まだ記事がありません。</p>
      ) : (
        <div>
          {listing.items.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </div>
      )}
      <Pagination page={listing.page} totalPages={listing.totalPages} pathOf={pathOf} />
    </section>
  );
}
