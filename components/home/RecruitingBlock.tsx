import { JobCardList } from "@/components/recruiting/JobCardList";
import { RecruitingCtas } from "@/components/recruiting/RecruitingCtas";
import type { Job } from "@/lib/content";
import { jobsPath } from "@/lib/urls";
import { SectionHeading } from "./SectionHeading";

/** The front page's recruiting column: the newest open jobs and the three calls to action. */
export function RecruitingBlock({ jobs }: { jobs: readonly Job[] }) {
  return (
    <section aria-labelledby="home-jobs-heading" className="rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <SectionHeading id="home-jobs-heading" title="新着の求人" more={{ href: jobsPath(), label: "求人一覧へ" }} />
      <JobCardList jobs={jobs} />
      <div className="mt-6">
        <RecruitingCtas />
      </div>
    </section>
  );
}
