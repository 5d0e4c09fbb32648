import Link from "next/link";
import { DateTime } from "@/components/common/DateTime";
import { Phrases } from "@/components/common/Phrases";
import type { Article } from "@/lib/content";
import { TagList } from "./TagList";

export function ArticleHeader({ article }: { article: Article }) {
  return (
    <header className="mb-8 border-b border-slate-200 pb-6 dark:border-slate-700">
      {article.draft ? (
        <p className="mb-3 rounded bg-amber-100 px-3 py-2 text-sm font-bold text-amber-900">
          下書きです。この記事は本番のサイトには表示されません。
        </p>
      ) : null}
      {article.category ? (
        <Link href={article.category.path} className="text-sm font-bold text-brand-700 hover:underline dark:text-brand-100">
          {article.category.name}
        </Link>
      ) : null}
      <h1 className="mt-2 text-2xl font-bold leading-snug sm:text-3xl">
        <Phrases text={article.title} />
      </h1>
      <dl className="mt-4 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        <div className="flex gap-1">
          <dt>公開日</dt>
          <dd>
            <DateTime date={article.date} />
          </dd>
        </div>
        {article.updated ? (
          <div className="flex gap-1">
            <dt>更新日</dt>
            <dd>
              <DateTime date={article.updated} />
            </dd>
          </div>
        ) : null}
        {article.author ? (
          <div className="flex gap-1">
            <dt>著者</dt>
            <dd>
              <Link href={article.author.path} className="underline-offset-4 hover:text-brand-700 hover:underline">
                {article.author.name}
              </Link>
            </dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt className="sr-only">読了時間</dt>
          <dd>約{article.readingMinutes}分で読めます</dd>
        </div>
      </dl>
      <div className="mt-4">
        <TagList tags={article.tags} />
      </div>
    </header>
  );
}
