import { ArticleTile } from "@/components/listing/ArticleTile";
import type { Article } from "@/lib/content";

/**
 * A titled grid of article cards (picture, category, date, title): 関連記事 under an article, and the
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
      <ul className="grid gap-6 sm:grid-cols-2">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleTile article={article} sizes="(min-width: 1024px) 20rem, (min-width: 640px) 45vw, 7rem" />
          </li>
        ))}
      </ul>
    </section>
  );
}
