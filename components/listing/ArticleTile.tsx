import { ArticleThumbnail } from "@/components/media/ArticleThumbnail";
import { CategoryDate } from "./CategoryDate";
import type { Article } from "@/lib/content";

export type TileArticle = Pick<Article, "path" | "title" | "category" | "image" | "date">;

interface ArticleTileProps {
  article: TileArticle;
  /** The heading level the title takes in its section. */
  as?: "h2" | "h3";
  sizes?: string;
}

/** A picture on top, then category, date and title: the cards of the front page's grids and 関連記事. */
export function ArticleTile({ article, as: Heading = "h3", sizes = "(min-width: 1024px) 16rem, (min-width: 640px) 45vw, 7rem" }: ArticleTileProps) {
  return (
    // A row (small picture left) on a phone, where a column of full-width pictures would make the
    // page endless; a card (picture on top) from tablet width up.
    <article className="relative grid grid-cols-[7rem_minmax(0,1fr)] items-start gap-3 sm:flex sm:flex-col sm:items-stretch sm:gap-2">
      <ArticleThumbnail image={article.image} category={article.category} sizes={sizes} />
      <div className="min-w-0">
        <CategoryDate category={article.category} date={article.date} />
        <Heading className="mt-1 text-[0.95rem] font-bold leading-snug sm:text-base">
          {/* The link covers the whole card (picture included) without a second link to the same page.
              A plain link, not next/link: a grid of them would hydrate one client component per card
              and prefetch every card on screen, which cost a phone's main thread about 180 ms of
              blocking time on the front page; the pages are static, so a full load is quick. */}
          <a href={article.path} className="link-hover after:absolute after:inset-0">
            {article.title}
          </a>
        </Heading>
      </div>
    </article>
  );
}
