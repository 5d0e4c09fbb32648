import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/article/ArticleHeader";
import { MdxContent } from "@/components/article/MdxContent";
import { TagList } from "@/components/article/TagList";
import { RecruitingSidebar } from "@/components/recruiting/RecruitingSidebar";
import { getArticle, getArticles, getOpenJobs } from "@/lib/content";
import { toJstIsoString } from "@/lib/dates";
import { rankJobsForArticle } from "@/lib/related-jobs";
import { site } from "@/lib/site";

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return getArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.excerpt,
    alternates: { canonical: article.path },
    openGraph: {
      type: "article",
      title: article.title,
      description: article.excerpt,
      url: article.path,
      publishedTime: toJstIsoString(article.date),
      modifiedTime: article.updated ? toJstIsoString(article.updated) : undefined,
      section: article.category?.name,
      tags: article.tags.map((tag) => tag.name),
    },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const jobs = rankJobsForArticle(article, getOpenJobs(), site.relatedJobsLimit);
  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-10">
      <article className="min-w-0">
        <ArticleHeader article={article} />
        <MdxContent article={article} />
        {article.tags.length > 0 ? (
          <footer className="mt-10 border-t border-slate-200 pt-6">
            <h2 className="mb-3 text-sm font-bold text-slate-700">この記事のタグ</h2>
            <TagList tags={article.tags} label="この記事のタグ" />
          </footer>
        ) : null}
      </article>
      <RecruitingSidebar jobs={jobs} />
    </div>
  );
}
