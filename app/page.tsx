import { RecruitingBlock } from "@/components/home/RecruitingBlock";
import { SectionHeading } from "@/components/home/SectionHeading";
import { TileGrid } from "@/components/home/TileGrid";
import { TopStory } from "@/components/home/TopStory";
import { Pagination } from "@/components/listing/Pagination";
import { PopularArticles } from "@/components/ranking/PopularArticles";
import { getArticles, getOpenJobs, getTerms } from "@/lib/content";
import { frontPage } from "@/lib/front-page";
import { pageCount } from "@/lib/pagination";
import { site } from "@/lib/site";
import { homePath } from "@/lib/urls";

const PER_CATEGORY = 4;
const HOME_JOBS = 3;

// Regenerated on a timer for 人気記事: a view reaches the page within ten minutes (five for the
// timer, one for the ranking's own cache, and the request that finds the page stale), without a build.
export const revalidate = 300;

export default function HomePage() {
  const articles = getArticles();
  const { top, latest, sections } = frontPage(articles, getTerms("categories"), {
    pageSize: site.pageSize,
    perCategory: PER_CATEGORY,
  });
  const totalPages = pageCount(articles.length, site.pageSize);
  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="grid min-w-0 content-start gap-12">
        <header className="sr-only">
          <h1>{site.name}</h1>
          <p>{site.description}</p>
        </header>
        {top ? <TopStory article={top} /> : <p>まだ記事がありません。</p>}
        {latest.length > 0 ? (
          <section aria-labelledby="latest-heading">
            <SectionHeading id="latest-heading" title="新着記事" />
            <TileGrid articles={latest} />
            <Pagination page={1} totalPages={totalPages} pathOf={homePath} />
          </section>
        ) : null}
        {/* Drawn only when near the screen. The placeholder size is a height only: a width too would
            make each skipped section that wide, and a phone would zoom the page out while it loads. */}
        {sections.map(({ category, articles: inCategory }, index) => (
          <section key={category.key} aria-labelledby={`category-${index}-heading`} className="[contain-intrinsic-block-size:auto_40rem] [content-visibility:auto]">
            <SectionHeading
              id={`category-${index}-heading`}
              title={category.name}
              more={{ href: category.path, label: `${category.name}の記事をすべて見る` }}
            />
            <TileGrid articles={inCategory} />
          </section>
        ))}
      </div>
      <div className="grid content-start gap-8">
        <PopularArticles period="24h" limit={5} />
        <RecruitingBlock jobs={getOpenJobs().slice(0, HOME_JOBS)} />
      </div>
    </div>
  );
}
