import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/article/Breadcrumbs";
import { JsonLd } from "@/components/article/JsonLd";
import { mdxComponents } from "@/components/article/mdx-components";
import { RelatedArticles } from "@/components/article/RelatedArticles";
import { DateTime } from "@/components/common/DateTime";
import { ProseBody } from "@/components/common/ProseBody";
import { RecruitingCtas } from "@/components/recruiting/RecruitingCtas";
import { getArticles, getJobs } from "@/lib/content";
import { plainParagraphs } from "@/lib/content/plain-text";
import { renderJobBody } from "@/lib/content/render-body";
import { jobPostingJsonLd } from "@/lib/job-posting";
import { articlesForJob, findJob } from "@/lib/jobs";
import { breadcrumbListJsonLd, type Crumb } from "@/lib/structured-data";
import { jobPath, jobsPath } from "@/lib/urls";

interface JobPageProps {
  params: Promise<{ id: string }>;
}

const RELATED_ARTICLES_LIMIT = 6;

export const dynamicParams = false;

/** Expired jobs keep their page (links to them still work) but say so and are not indexed. */
export function generateStaticParams() {
  return getJobs().map((job) => ({ id: job.id }));
}

export async function generateMetadata({ params }: JobPageProps): Promise<Metadata> {
  const job = findJob(getJobs(), (await params).id);
  if (!job) return {};
  const title = `${job.isOpen ? "" : "【募集終了】"}${job.title}（${job.company}）`;
  const description = (plainParagraphs(job.body)[0] ?? `${job.company}の求人です。`).slice(0, 120);
  return {
    title,
    description,
    alternates: { canonical: jobPath(job.id) },
    openGraph: { type: "website", title, description, url: jobPath(job.id) },
    ...(job.isOpen ? {} : { robots: { index: false, follow: true } }),
  };
}

export default async function JobPage({ params }: JobPageProps) {
  const job = findJob(getJobs(), (await params).id);
  if (!job) notFound();
  const crumbs: Crumb[] = [
    { name: "ホーム", path: "/" },
    { name: "求人一覧", path: jobsPath() },
    { name: job.title, path: jobPath(job.id) },
  ];
  const apply = job.isOpen ? (
    <a
      href={job.url}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-6 font-bold text-white hover:bg-brand-800"
    >
      この求人に応募する
      <span className="sr-only">（応募ページを新しいタブで開きます）</span>
    </a>
  ) : null;
  return (
    <>
      <JsonLd data={breadcrumbListJsonLd(crumbs)} />
      <JsonLd data={jobPostingJsonLd(job)} />
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:gap-10">
        <article className="min-w-0">
          <Breadcrumbs crumbs={crumbs} />
          <header>
            <p className="flex flex-wrap items-center gap-2 text-sm">
              {job.isOpen ? null : <span className="rounded bg-slate-700 px-2 py-0.5 font-bold text-white">募集終了</span>}
              <span className="rounded bg-brand-50 px-2 py-0.5 font-bold text-brand-800 dark:bg-slate-800 dark:text-brand-100">{job.employment}</span>
            </p>
            <h1 className="mt-2 text-2xl font-bold leading-snug sm:text-3xl">{job.title}</h1>
            <p className="mt-2 text-lg">{job.company}</p>
            <dl className="mt-6 grid gap-x-6 gap-y-2 rounded-lg bg-slate-50 p-4 text-sm sm:grid-cols-[auto_1fr] dark:bg-slate-900">
              <dt className="font-bold">勤務地</dt>
              <dd>{job.location}</dd>
              <dt className="font-bold">雇用形態</dt>
              <dd>{job.employment}</dd>
              {job.salary ? (
                <>
                  <dt className="font-bold">給与</dt>
                  <dd>{job.salary}</dd>
                </>
              ) : null}
              <dt className="font-bold">掲載日</dt>
              <dd>
                <DateTime date={job.posted} />
              </dd>
              {job.expires ? (
                <>
                  <dt className="font-bold">掲載終了日</dt>
                  <dd>
                    <DateTime date={job.expires} />
                  </dd>
                </>
              ) : null}
              {job.tags.length > 0 ? (
                <>
                  <dt className="font-bold">タグ</dt>
                  <dd>
                    <ul aria-label="求人のタグ" className="flex flex-wrap gap-2">
                      {job.tags.map((tag) => (
                        <li key={tag}>
                          <Link href={jobsPath({ tag })} className="text-brand-700 underline dark:text-brand-100">
                            {tag}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
            {job.isOpen ? (
              <p className="mt-6">{apply}</p>
            ) : (
              <p role="note" className="mt-6 rounded-lg border border-slate-400 p-4 font-bold">
                この求人の募集は終了しました。
                <Link href={jobsPath()} className="ml-1 text-brand-700 underline dark:text-brand-100">
                  募集中の求人を見る
                </Link>
              </p>
            )}
          </header>
          <div className="mt-8">
            <ProseBody>{await renderJobBody(job, mdxComponents)}</ProseBody>
          </div>
          {apply ? <p className="mt-8">{apply}</p> : null}
          {/* Articles that share the job's tags: background reading for someone considering it. */}
          <RelatedArticles
            articles={articlesForJob(job, getArticles(), RELATED_ARTICLES_LIMIT)}
            heading="この求人に関連する記事"
            headingId="job-articles-heading"
          />
        </article>
        <aside aria-labelledby="job-career-heading" className="mt-12 lg:mt-0">
          <div className="rounded-xl bg-slate-50 p-4 lg:sticky lg:top-6 dark:bg-slate-900">
            <h2 id="job-career-heading" className="mb-3 text-base font-bold">
              キャリアのご相談
            </h2>
            <RecruitingCtas />
          </div>
        </aside>
      </div>
    </>
  );
}
