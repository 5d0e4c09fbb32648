import { notFound } from "next/navigation";
import { ArticleListing } from "@/components/listing/ArticleListing";
import { getArticles } from "@/lib/content";
import { paginate } from "@/lib/pagination";
import { site } from "@/lib/site";
import { homePath } from "@/lib/urls";

export default function HomePage() {
  const listing = paginate(getArticles(), 1, site.pageSize);
  if (!listing) notFound();
  return <ArticleListing heading="新着記事" description={site.description} listing={listing} pathOf={homePath} />;
}
