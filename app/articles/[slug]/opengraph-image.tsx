import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import { OgCard } from "@/components/share/OgCard";
import { getArticle } from "@/lib/content";
import { loadOgFont } from "@/lib/og-font";
import { site } from "@/lib/site";

export const alt = "記事のアイキャッチ画像";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

/**
 * Drawn on the first request, then kept like a prerendered file: drawing one card for every
 * article at build time was a third of the pages the build rendered, for images that only
 * share previews and crawlers ask for.
 */
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

export default async function ArticleOgImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const font = await loadOgFont();
  return new ImageResponse(
    <OgCard title={article.title} label={article.category?.name} siteName={site.name} />,
    { ...size, fonts: [{ name: "Noto Sans JP", data: font, weight: 700, style: "normal" }] },
  );
}
