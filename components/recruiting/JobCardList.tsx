import type { Job } from "@/lib/content";
import { JobCard } from "./JobCard";

/** Jobs as a column of cards, or a line saying there is none open. */
export function JobCardList({ jobs }: { jobs: readonly Job[] }) {
  if (jobs.length === 0) return <p className="text-sm text-slate-700 dark:text-slate-300">現在募集中の求人はありません。</p>;
  return (
    <ul className="grid gap-3">
      {jobs.map((job) => (
        <li key={job.id}>
          <JobCard job={job} />
        </li>
      ))}
    </ul>
  );
}
