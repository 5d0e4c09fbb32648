import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { JobCard } from "@/components/recruiting/JobCard";
import { JobFilters } from "@/components/recruiting/JobFilters";
import { getJobs } from "@/lib/content";
import { filterJobs, hasJobFilters, JOB_FILTER_KEYS, jobFilterOptions, parseJobFilters } from "@/lib/jobs";
import { jobsPath } from "@/lib/urls";

// Rendered per request: which jobs are listed depends on the query string (the filters).
interface JobsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const DESCRIPTION = "AI・Web3・テック投資の領域で募集中の求人です。雇用形態・タグ・勤務地で絞り込めます。";

export async function generateMetadata({ searchParams }: JobsPageProps): Promise<Metadata> {
  const filters = parseJobFilters(await searchParams);
  return {
    title: "求人一覧",
    description: DESCRIPTION,
    alternates: { canonical: jobsPath() },
    // Filtered views repeat the list: search engines get the one unfiltered page.
    ...(hasJobFilters(filters) ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function JobsPage({ searchParams }: JobsPageProps) {
  const params = await searchParams;
  const filters = parseJobFilters(params);
  // The GET form sends every select, "すべて" as an empty value: keep only the filters that are set.
  if (JOB_FILTER_KEYS.some((key) => key in params && filters[key] === null)) redirect(jobsPath(filters));
  const jobs = getJobs();
  const listed = filterJobs(jobs, filters);
  const filtered = hasJobFilters(filters);
  return (
    <div>
      <header className="mb-6">
        <h1 className="text-2xl font-bold sm:text-3xl">求人一覧</h1>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{DESCRIPTION}</p>
      </header>
      <JobFilters filters={filters} options={jobFilterOptions(jobs)} />
      <section aria-labelledby="job-results-heading" className="mt-8">
        <h2 id="job-results-heading" className="mb-4 text-lg font-bold" aria-live="polite">
          {filtered ? "条件に合う求人" : "募集中の求人"}
          <span className="ml-2 text-base font-normal">{listed.length}件</span>
        </h2>
        {listed.length === 0 ? (
          <p>
            条件に合う求人はありません。
            <Link href={jobsPath()} className="text-brand-700 underline dark:text-brand-100">
              すべての求人を見る
            </Link>
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {listed.map((job) => (
              <li key={job.id}>
                <JobCard job={job} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
