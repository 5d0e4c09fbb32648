import { ArticleTile } from "@/components/listing/ArticleTile";
import type { Article } from "@/lib/content";

/** Cards in rows: one column on a phone, two on a tablet, three on a desktop's main column. */
export function TileGrid({ articles }: { articles: readonly Article[] }) {
  return (
    <ul className="grid gap-x-5 gap-y-5 sm:grid-cols-2 sm:gap-y-7 xl:grid-cols-3">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleTile article={article} sizes="(min-width: 1280px) 15rem, (min-width: 640px) 45vw, 7rem" />
        </li>
      ))}
    </ul>
  );
}
