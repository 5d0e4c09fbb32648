import { CategoryDate } from "@/components/listing/CategoryDate";
import { ArticleThumbnail } from "@/components/media/ArticleThumbnail";
import type { Article } from "@/lib/content";

/** The front page's lead: the largest picture on the page, loaded first (it is the largest paint). */
export function TopStory({ article }: { article: Article }) {
  return (
    <section aria-labelledby="top-story-heading">
      <h2 id="top-story-heading" className="sr-only">
        注目の記事
      </h2>
      <article className="group relative grid gap-3 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] md:items-center md:gap-6">
        <ArticleThumbnail image={article.image} category={article.category} sizes="(min-width: 1024px) 36rem, (min-width: 768px) 60vw, 100vw" eager />
        <div>
          <CategoryDate category={article.category} date={article.date} strong />
          <h3 className="mt-1 text-xl font-bold leading-snug sm:text-2xl">
            {/* A plain link for the same reason as ArticleTile's. */}
            <a href={article.path} className="link-hover after:absolute after:inset-0">
              {article.title}
            </a>
          </h3>
          {article.excerpt ? <p className="mt-2 line-clamp-3 text-sm leading-relaxed text-slate-700 dark:text-slate-300">{article.excerpt}</p> : null}
        </div>
      </article>
    </section>
  );
}
