import { JobCard } from "@/components/recruiting/JobCard";
import { RecruitingCtas } from "@/components/recruiting/RecruitingCtas";
import type { Job } from "@/lib/content";
import { jobsPath } from "@/lib/urls";
import { SectionHeading } from "./SectionHeading";

/** The front page's recruiting column: the newest open jobs and the three calls to action. */
export function RecruitingBlock({ jobs }: { jobs: readonly Job[] }) {
  return (
    <section aria-labelledby="home-jobs-heading" className="rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <SectionHeading id="home-jobs-heading" title="新着の求人" more={{ href: jobsPath(), label: "求人一覧へ" }} />
      {jobs.length === 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">現在募集中の求人はありません。</p>
      ) : (
        <ul className="grid gap-3">
          {jobs.map((job) => (
            <li key={job.id}>
              <JobCard job={job} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-6">
        <RecruitingCtas />
      </div>
    </section>
  );
}
