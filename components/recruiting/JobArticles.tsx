import Link from "next/link";
import { DateTime } from "@/components/common/DateTime";
import type { Article } from "@/lib/content";

/** Articles that share the job's tags: background reading for someone considering it. */
export function JobArticles({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="job-articles-heading" className="mt-12">
      <h2 id="job-articles-heading" className="mb-4 text-lg font-bold">
        この求人に関連する記事
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug} className="card">
            <p className="muted text-xs">
              {article.category ? `${article.category.name}・` : ""}
              <DateTime date={article.date} />
            </p>
            <Link href={article.path} className="link-hover mt-1 block font-bold leading-snug">
              {article.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
