import { notFound } from "next/navigation";
import { ArticleListing } from "@/components/listing/ArticleListing";
import { PopularArticles } from "@/components/ranking/PopularArticles";
import { getArticles } from "@/lib/content";
import { paginate } from "@/lib/pagination";
import { site } from "@/lib/site";
import { homePath } from "@/lib/urls";

// Regenerated on a timer for 人気記事: a view reaches the page within ten minutes (five for the
// timer, one for the ranking's own cache, and the request that finds the page stale), without a build.
export const revalidate = 300;

export default function HomePage() {
  const listing = paginate(getArticles(), 1, site.pageSize);
  if (!listing) notFound();
  return (
    <>
      <ArticleListing heading="新着記事" description={site.description} listing={listing} pathOf={homePath} />
      <PopularArticles period="24h" limit={5} />
    </>
  );
}
