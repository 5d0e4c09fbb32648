import Link from "next/link";
import { TagList } from "@/components/article/TagList";
import { DateTime } from "@/components/common/DateTime";
import { Pagination } from "@/components/listing/Pagination";
import { ArticleThumbnail } from "@/components/media/ArticleThumbnail";
import type { SearchResults } from "@/lib/search";
import { Snippet } from "./Snippet";

export function SearchResultsList({ results, pathOf }: { results: SearchResults; pathOf: (page: number) => string }) {
  return (
    <section aria-labelledby="search-results-heading">
      <h2 id="search-results-heading" className="text-sm text-slate-700 dark:text-slate-300">
        「{results.query.trim()}」の検索結果：{results.total}件
      </h2>
      {results.total === 0 ? (
        <div className="mt-6 rounded-lg bg-slate-50 p-5 text-sm leading-relaxed dark:bg-slate-900">
          <p className="font-bold">該当する記事は見つかりませんでした。</p>
          <ul className="mt-2 list-disc pl-5">
            <li>別のことば（例: 「生成AI」「Web3」「転職」）で検索してみてください。</li>
            <li>ことばを減らすと見つかりやすくなります。</li>
          </ul>
        </div>
      ) : (
        <ol className="mt-4">
          {results.hits.map(({ document, snippet }) => (
            <li
              key={document.slug}
              className="grid grid-cols-[7rem_minmax(0,1fr)] gap-4 border-b border-slate-200 py-5 sm:grid-cols-[10rem_minmax(0,1fr)] dark:border-slate-700"
            >
              {/* The title is the link readers and screen readers use; the picture is a mouse target only. */}
              <Link href={document.path} tabIndex={-1} aria-hidden="true">
                <ArticleThumbnail image={document.image} category={document.category} sizes="(min-width: 640px) 10rem, 7rem" />
              </Link>
              <div className="min-w-0">
                <p className="flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
                  {document.category ? <span className="font-bold">{document.category.name}</span> : null}
                  <DateTime date={new Date(document.date)} />
                </p>
                <h3 className="mt-1 text-base font-bold leading-snug sm:text-lg">
                  <Link href={document.path} className="link-hover">
                    {document.title}
                  </Link>
                </h3>
                <Snippet parts={snippet} />
                <div className="mt-2">
                  <TagList tags={document.tags} />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={results.page} totalPages={results.totalPages} pathOf={pathOf} />
    </section>
  );
}
