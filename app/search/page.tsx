import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SearchForm } from "@/components/search/SearchForm";
import { SearchNotice } from "@/components/search/SearchNotice";
import { SearchResultsList } from "@/components/search/SearchResultsList";
import { getTerms } from "@/lib/content";
import { searchPath } from "@/lib/urls";
import { getSearchIndex, ignoredTermsNotice, parseQuery, parseSearchPage, tooLongMessage } from "@/lib/search";

// Rendered per request: results depend on the query string.
interface SearchPageProps {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export async function generateMetadata({ searchParams }: SearchPageProps): Promise<Metadata> {
  const query = first((await searchParams).q).trim();
  return {
    title: query ? `「${query.slice(0, 50)}」の検索結果` : "記事を検索",
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const params = await searchParams;
  const query = first(params.q);
  const page = parseSearchPage(first(params.page));
  if (page === null) notFound();
  const parsed = parseQuery(query);
  const results = parsed.status === "terms" ? getSearchIndex().search(query, page) : null;
  if (results && results.total > 0 && results.hits.length === 0) notFound();

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold sm:text-3xl">記事を検索</h1>
      <div className="mt-4">
        <SearchForm query={query} id="search-page-query" />
      </div>
      <div className="mt-8">
        {parsed.status === "too-long" ? (
          <SearchNotice message={tooLongMessage(parsed.characters)} />
        ) : results ? (
          <>
            {results.ignoredTerms.length > 0 ? (
              <div className="mb-6">
                <SearchNotice message={ignoredTermsNotice(results.ignoredTerms)} />
              </div>
            ) : null}
            <SearchResultsList
              results={results}
              pathOf={(number) => searchPath(query, number)}
            />
          </>
        ) : (
          <section aria-labelledby="search-help-heading" className="rounded-lg bg-slate-50 p-5 dark:bg-slate-900">
            <h2 id="search-help-heading" className="font-bold">
              キーワードを入力してください
            </h2>
            <p className="mt-2 text-sm leading-relaxed text-slate-700 dark:text-slate-300">
              記事のタイトル・見出し・タグ・本文から探します。日本語は単語の一部でも見つかります（例: 「自治体」で「地方自治体」）。
              複数のことばをスペースで区切ると、すべてを含む記事に絞り込みます。
            </p>
            <p className="mt-4 text-sm font-bold">よく使われるタグ</p>
            <ul className="mt-2 flex flex-wrap gap-2">
              {getTerms("tags")
                .slice(0, 12)
                .map((tag) => (
                  <li key={tag.key}>
                    <Link href={tag.path} className="inline-block rounded-full border border-slate-300 px-3 py-1 text-xs hover:border-brand-600 dark:border-slate-600">
                      #{tag.name}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
        )}
      </div>
    </div>
  );
}
