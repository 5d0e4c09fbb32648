import Link from "next/link";
import { DateTime } from "@/components/common/DateTime";
import type { Article } from "@/lib/content";

export function RelatedArticles({ articles }: { articles: readonly Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-articles-heading" className="mt-12">
      <h2 id="related-articles-heading" className="mb-4 text-lg font-bold">
        関連記事
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
