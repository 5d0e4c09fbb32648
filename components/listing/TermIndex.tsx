import Link from "next/link";
import type { Term } from "@/lib/content";

/** Every tag or category with its article count. */
export function TermIndex({ heading, terms, prefix = "" }: { heading: string; terms: readonly Term[]; prefix?: string }) {
  return (
    <section aria-labelledby="term-index-heading">
      <h1 id="term-index-heading" className="mb-6 text-2xl font-bold sm:text-3xl">
        {heading}
      </h1>
      {terms.length === 0 ? (
        <p>まだありません。</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {terms.map((term) => (
            <li key={term.key}>
              <Link
                href={term.path}
                className="inline-flex items-center gap-2 rounded-full border border-slate-300 px-4 py-2 text-sm hover:border-brand-600 hover:text-brand-700 dark:border-slate-600"
              >
                <span>
                  {prefix}
                  {term.name}
                </span>
                <span className="rounded-full bg-slate-100 px-2 text-xs text-slate-700 dark:text-slate-300 dark:bg-slate-800">
                  {term.articles.length}
                  <span className="sr-only">件</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
