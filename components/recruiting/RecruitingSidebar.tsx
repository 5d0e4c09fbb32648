import type { Job } from "@/lib/content";
import { JobCardList } from "./JobCardList";
import { RecruitingCtas } from "./RecruitingCtas";

/** Beside the article on wide screens, below it on phones; it fills its column, so its box can stick. */
export function RecruitingSidebar({ jobs }: { jobs: readonly Job[] }) {
  return (
    <aside aria-labelledby="recruiting-heading" className="flex-1">
      <div className="grid gap-6 rounded-xl bg-slate-50 p-4 lg:sticky lg:top-6 dark:bg-slate-900">
        <section aria-labelledby="recruiting-heading">
          <h2 id="recruiting-heading" className="mb-3 flex items-center gap-2 text-base font-bold">
            <span className="rounded border border-slate-500 px-1.5 text-xs font-bold text-slate-700 dark:border-slate-400 dark:text-slate-300">
              PR
            </span>
            この記事に関連する求人
          </h2>
          <JobCardList jobs={jobs} />
        </section>
        <section aria-labelledby="career-cta-heading">
          <h2 id="career-cta-heading" className="mb-3 flex items-center gap-2 text-base font-bold">
            <span className="rounded border border-slate-500 px-1.5 text-xs font-bold text-slate-700 dark:border-slate-400 dark:text-slate-300">
              PR
            </span>
            キャリアのご相談
          </h2>
          <RecruitingCtas />
        </section>
      </div>
    </aside>
  );
}
