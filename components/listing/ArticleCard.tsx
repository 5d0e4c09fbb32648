import Link from "next/link";
import { TagList } from "@/components/article/TagList";
import { DateTime } from "@/components/common/DateTime";
import { ArticleThumbnail } from "@/components/media/ArticleThumbnail";
import type { Article } from "@/lib/content";

/** One row of a listing (tag, category, author and later home pages): picture left, words right. */
export function ArticleCard({ article }: { article: Article }) {
  return (
    <article className="grid grid-cols-[7rem_minmax(0,1fr)] gap-4 border-b border-slate-200 py-5 first:pt-0 sm:grid-cols-[12rem_minmax(0,1fr)] dark:border-slate-700">
      {/* The title below is the link readers and screen readers use; the picture is a mouse target only. */}
      <Link href={article.path} tabIndex={-1} aria-hidden="true">
        <ArticleThumbnail image={article.image} category={article.category} sizes="(min-width: 640px) 12rem, 7rem" />
      </Link>
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
          {article.category ? (
            // 24 px each way at least (WCAG 2.5.8): the small line sits right above the title's link.
            <Link href={article.category.path} className="inline-flex min-h-6 min-w-6 items-center font-bold text-brand-700 hover:underline dark:text-brand-100">
              {article.category.name}
            </Link>
          ) : null}
          <DateTime date={article.date} />
        </div>
        <h2 className="mt-1 text-base font-bold leading-snug sm:text-xl">
          <Link href={article.path} className="link-hover">
            {article.title}
          </Link>
        </h2>
        {article.excerpt ? (
          <p className="mt-2 line-clamp-2 text-sm leading-relaxed text-slate-700 sm:line-clamp-none dark:text-slate-300">{article.excerpt}</p>
        ) : null}
        <div className="mt-3">
          <TagList tags={article.tags} />
        </div>
      </div>
    </article>
  );
}
