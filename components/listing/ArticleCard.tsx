import Link from "next/link";
import { TagList } from "@/components/article/TagList";
import { DateTime } from "@/components/common/DateTime";
import type { Article } from "@/lib/content";

export function ArticleCard({ article }: { article: Article }) {
  return (
    <article className="border-b border-slate-200 py-6 first:pt-0 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        {article.category ? (
          <Link href={article.category.path} className="font-bold text-brand-700 hover:underline dark:text-brand-100">
            {article.category.name}
          </Link>
        ) : null}
        <DateTime date={article.date} />
      </div>
      <h2 className="mt-1 text-lg font-bold sm:text-xl">
        <Link href={article.path} className="link-hover">
          {article.title}
        </Link>
      </h2>
      {article.excerpt ? <p className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">{article.excerpt}</p> : null}
      <div className="mt-3">
        <TagList tags={article.tags} />
      </div>
    </article>
  );
}
