import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleListing } from "@/components/listing/ArticleListing";
import { getArticles } from "@/lib/content";
import { paginate } from "@/lib/pagination";
import { prerenderedPageNumbers } from "@/lib/prerender";
import { site } from "@/lib/site";
import { homePath, parsePageNumber } from "@/lib/urls";

interface HomePageProps {
  params: Promise<{ page: string }>;
}

// The first pages are written at build (lib/prerender.ts); later ones on their first request.
export const dynamicParams = true;

export function generateStaticParams() {
  return prerenderedPageNumbers(getArticles().length, site.pageSize).map((page) => ({ page: String(page) }));
}

function listingFor(segment: string) {
  const page = parsePageNumber(segment);
  // Page 1 is the home page (/page/1 redirects there, see next.config.ts).
  return page === null || page < 2 ? null : paginate(getArticles(), page, site.pageSize);
}

export async function generateMetadata({ params }: HomePageProps): Promise<Metadata> {
  const listing = listingFor((await params).page);
  if (!listing) return {};
  return { title: `新着記事（${listing.page}ページ目）`, alternates: { canonical: homePath(listing.page) } };
}

export default async function HomeListingPage({ params }: HomePageProps) {
  const listing = listingFor((await params).page);
  if (!listing) notFound();
  return <ArticleListing heading="新着記事" listing={listing} pathOf={homePath} />;
}
