import Link from "next/link";
import { hasJobFilters, JOB_FILTER_KEYS, type FilterOption, type JobFilterKey, type JobFilters as Filters } from "@/lib/jobs";
import { jobsPath } from "@/lib/urls";

const LABELS: Record<JobFilterKey, { label: string; any: string }> = {
  employment: { label: "雇用形態", any: "すべての雇用形態" },
  tag: { label: "タグ", any: "すべてのタグ" },
  location: { label: "勤務地", any: "すべての勤務地" },
};

interface JobFiltersProps {
  filters: Filters;
  options: Record<JobFilterKey, FilterOption[]>;
}

/** A plain GET form: the filters live in the URL and work without JavaScript. */
export function JobFilters({ filters, options }: JobFiltersProps) {
  return (
    <form action={jobsPath()} method="get" aria-label="求人の絞り込み" className="rounded-xl bg-slate-50 p-4 dark:bg-slate-900">
      <div className="grid gap-4 sm:grid-cols-3">
        {JOB_FILTER_KEYS.map((key) => {
          const selected = filters[key];
          // A value from the URL that no open job has stays selected, so the form says what is shown.
          const values = options[key].map((option) => option.value);
          const extra = selected !== null && !values.includes(selected) ? [{ value: selected, count: 0 }] : [];
          return (
            <div key={key}>
              <label htmlFor={`job-filter-${key}`} className="block text-sm font-bold">
                {LABELS[key].label}
              </label>
              <select
                id={`job-filter-${key}`}
                name={key}
                defaultValue={selected ?? ""}
                className="mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-500 dark:bg-slate-950 dark:text-slate-100"
              >
                <option value="">{LABELS[key].any}</option>
                {[...options[key], ...extra].map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.value}（{option.count}件）
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-6 text-sm font-bold text-white hover:bg-brand-800">
          この条件で絞り込む
        </button>
        {hasJobFilters(filters) ? (
          <Link href={jobsPath()} className="text-sm text-brand-700 underline dark:text-brand-100">
            条件をクリア
          </Link>
        ) : null}
      </div>
    </form>
  );
}
