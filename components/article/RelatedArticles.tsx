import Link from "next/link";
import { DateTime } from "@/components/common/DateTime";
import type { Article } from "@/lib/content";

/**
 * A titled list of article links (category, date, title): 関連記事 under an article, and the
 * background reading on a job page.
 */
export function RelatedArticles({
  articles,
  heading = "関連記事",
  headingId = "related-articles-heading",
}: {
  articles: readonly Article[];
  heading?: string;
  headingId?: string;
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <h2 id={headingId} className="mb-4 text-lg font-bold">
        {heading}
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
