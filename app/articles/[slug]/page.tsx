import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdjacentArticles } from "@/components/article/AdjacentArticles";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { ArticleHero } from "@/components/article/ArticleHero";
import { AuthorBox } from "@/components/article/AuthorBox";
import { CareerBlock } from "@/components/article/CareerBlock";
import { Breadcrumbs } from "@/components/article/Breadcrumbs";
import { ContentErrorNotice } from "@/components/article/ContentErrorNotice";
import { InvestmentDisclaimer } from "@/components/article/InvestmentDisclaimer";
import { FollowBox } from "@/components/article/FollowBox";
import { JsonLd } from "@/components/article/JsonLd";
import { ContentAnchorFallback } from "@/components/article/ContentAnchorFallback";
import { mdxComponents } from "@/components/article/mdx-components";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { TableOfContentsInline, TableOfContentsSide } from "@/components/article/TableOfContents";
import { TagList } from "@/components/article/TagList";
import { ProseBody } from "@/components/common/ProseBody";
import { PopularArticlesAside } from "@/components/ranking/PopularArticlesAside";
import { ViewBeacon } from "@/components/ranking/ViewBeacon";
import { RecruitingSidebar } from "@/components/recruiting/RecruitingSidebar";
import { ShareBar } from "@/components/share/ShareBar";
import { getArticle, getArticles, getAuthorProfile, getBrokenArticleSlugs, getOpenJobs, getProblemsForSlug } from "@/lib/content";
import { renderArticleBody } from "@/lib/content/render-body";
import { toJstIsoString } from "@/lib/dates";
import { needsInvestmentDisclaimer } from "@/lib/disclosure";
import { prerenderedArticles } from "@/lib/prerender";
import { adjacentArticles, relatedArticles } from "@/lib/related-articles";
import { rankJobsForArticle } from "@/lib/related-jobs";
import { articleImageMetadata, articleShareImageUrl } from "@/lib/share-image";
import { site } from "@/lib/site";
import { breadcrumbListJsonLd, breadcrumbsFor, newsArticleJsonLd } from "@/lib/structured-data";
import { absoluteUrl } from "@/lib/urls";

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

// The build writes the newest articles (lib/prerender.ts); any other is rendered on its first
// request and kept, and a slug that is no article answers 404.
export const dynamicParams = true;

export function generateStaticParams() {
  // In `next dev`, broken articles get a page too, to show their problems (a build has none).
  const slugs = new Set([...prerenderedArticles(getArticles()).map((article) => article.slug), ...getBrokenArticleSlugs()]);
  return [...slugs].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const images = articleImageMetadata(article);
  return {
    title: article.title,
    description: article.excerpt,
    authors: article.author ? [{ name: article.author.name, url: article.author.path }] : undefined,
    keywords: article.tags.map((tag) => tag.name),
    alternates: { canonical: article.path },
    openGraph: {
      type: "article",
      siteName: site.name,
      locale: "ja_JP",
      title: article.title,
      description: article.excerpt,
      url: article.path,
      publishedTime: toJstIsoString(article.date),
      modifiedTime: article.updated ? toJstIsoString(article.updated) : undefined,
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.author ? [article.author.name] : undefined,
      ...images.openGraph,
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.excerpt,
      ...images.twitter,
    },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  // Only `next dev` gets here with a broken file; a build has already failed on it.
  const problems = getProblemsForSlug((await params).slug);
  if (problems.length > 0) return <ContentErrorNotice problems={problems} />;
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const articles = getArticles();
  const jobs = rankJobsForArticle(article, getOpenJobs(), site.relatedJobsLimit);
  const { content, toc } = await renderArticleBody(article, mdxComponents);
  const crumbs = breadcrumbsFor(article);
  const url = absoluteUrl(article.path);
  const { older, newer } = adjacentArticles(article, articles);
  const authorProfile = getAuthorProfile(article.author) ?? null;
  return (
    <>
      <JsonLd data={breadcrumbListJsonLd(crumbs)} />
      <JsonLd data={newsArticleJsonLd(article, articleShareImageUrl(article), authorProfile)} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10 xl:grid-cols-[11rem_minmax(0,1fr)_18rem] xl:gap-8">
        <div className="hidden xl:block">
          <TableOfContentsSide entries={toc} />
        </div>
        <article className="min-w-0">
          <Breadcrumbs crumbs={crumbs} />
          <ArticleHeader article={article} />
          {article.image ? <ArticleHero image={article.image} /> : null}
          <ShareBar url={url} title={article.title} label="この記事を共有（記事の上）" />
          {needsInvestmentDisclaimer(article) ? <InvestmentDisclaimer /> : null}
          <TableOfContentsInline entries={toc} />
          <ProseBody>{content}</ProseBody>
          <ContentAnchorFallback />
          {/* Who wrote it belongs to the article, so it comes before the PR block that follows. */}
          {authorProfile ? <AuthorBox profile={authorProfile} /> : null}
          <CareerBlock jobs={getOpenJobs()} />
          <footer className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-700">
            {article.tags.length > 0 ? (
              <>
                <h2 className="mb-3 text-sm font-bold text-slate-700 dark:text-slate-300">この記事のタグ</h2>
                <TagList tags={article.tags} label="この記事のタグ" />
              </>
            ) : null}
            <ShareBar url={url} title={article.title} label="この記事を共有（記事の下）" />
          </footer>
          <FollowBox />
          <RelatedArticles articles={relatedArticles(article, articles)} />
          <AdjacentArticles older={older} newer={newer} />
        </article>
        {/* The recruiting box keeps sticking through the column; 人気記事 waits at its foot. */}
        <div className="mt-12 flex flex-col gap-6 lg:mt-0">
          <RecruitingSidebar jobs={jobs} />
          <PopularArticlesAside />
        </div>
      </div>
      <ViewBeacon slug={article.slug} />
    </>
  );
}
