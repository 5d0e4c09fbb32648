import Link from "next/link";
import { DateTime } from "@/components/common/DateTime";
import type { Job } from "@/lib/content";
import { jobPath } from "@/lib/urls";

export function JobCard({ job }: { job: Job }) {
  return (
    <article className="card">
      <p className="flex flex-wrap items-center gap-2 text-xs">
        <span className="rounded bg-brand-50 px-2 py-0.5 font-bold text-brand-800 dark:text-brand-100 dark:bg-slate-800">{job.employment}</span>
        <span className="muted">{job.location}</span>
      </p>
      <h3 className="mt-2 text-base font-bold leading-snug">
        <Link href={jobPath(job.id)} className="link-hover">
          {job.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{job.company}</p>
      {job.salary ? <p className="mt-1 text-sm font-medium text-slate-800 dark:text-slate-200">{job.salary}</p> : null}
      {job.tags.length > 0 ? (
        <ul aria-label="求人のタグ" className="mt-2 flex flex-wrap gap-1">
          {job.tags.map((tag) => (
            <li key={tag} className="label-chip">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted mt-2 text-xs">
        掲載日 <DateTime date={job.posted} />
      </p>
    </article>
  );
}
