import Link from "next/link";
import { Phrases } from "@/components/common/Phrases";
import type { Job } from "@/lib/content";
import { filterJobs } from "@/lib/jobs";
import { site } from "@/lib/site";
import { jobsPath } from "@/lib/urls";

/** Right after the body: for readers the article may have set thinking about a move. */
export function CareerBlock({ jobs }: { jobs: readonly Job[] }) {
  const { heading, audience, service } = site.careerBlock;
  // Only lists that hold open jobs: a button to an empty list would disappoint the reader it won.
  const jobLists = site.careerBlock.jobLists.filter(
    (list) => filterJobs(jobs, { employment: null, location: null, tag: list.tag }).length > 0,
  );
  const buttons = jobLists.length > 0 ? jobLists.map((list) => ({ label: list.label, href: jobsPath({ tag: list.tag }) })) : [{ label: "求人一覧を見る", href: jobsPath() }];
  return (
    <section aria-labelledby="career-block-heading" className="mt-10 rounded-xl border border-brand-100 bg-brand-50 p-5 sm:p-6 dark:border-slate-700 dark:bg-slate-900">
      <p className="text-xs font-bold text-brand-800 dark:text-brand-100">
        <span className="mr-2 rounded border border-brand-700 px-1.5 dark:border-brand-100">PR</span>
        キャリア支援のご案内
      </p>
      <h2 id="career-block-heading" className="mt-2 text-lg font-bold leading-snug sm:text-xl">
        <Phrases text={heading} />
      </h2>
      <p className="mt-3 text-sm font-bold">こんな方に</p>
      <ul className="mt-1 list-disc space-y-1 pl-5 text-sm leading-relaxed">
        {audience.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm leading-relaxed text-slate-800 dark:text-slate-200">{service}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {buttons.map((button) => (
          <li key={button.href}>
            <Link
              href={button.href}
              className="flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-center text-sm font-bold text-white hover:bg-brand-800"
            >
              {button.label}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
