import { ImageResponse } from "next/og";
import { OgCard } from "@/components/share/OgCard";
import { getArticle, getArticles } from "@/lib/content";
import { loadOgFont } from "@/lib/og-font";
import { site } from "@/lib/site";

export const alt = "記事のアイキャッチ画像";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export default async function ArticleOgImage({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  const font = await loadOgFont();
  return new ImageResponse(
    <OgCard title={article?.title ?? site.name} label={article?.category?.name} siteName={site.name} />,
    { ...size, fonts: [{ name: "Noto Sans JP", data: font, weight: 700, style: "normal" }] },
  );
}
