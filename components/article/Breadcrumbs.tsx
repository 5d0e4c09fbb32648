import Link from "next/link";
import type { Crumb } from "@/lib/structured-data";

export function Breadcrumbs({ crumbs }: { crumbs: readonly Crumb[] }) {
  return (
    <nav aria-label="パンくずリスト" className="mb-4 text-xs text-slate-600 dark:text-slate-400">
      <ol className="flex flex-wrap items-center gap-x-1">
        {crumbs.map((crumb, index) => {
          const isLast = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex items-center gap-x-1">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {isLast ? (
                <span aria-current="page" className="line-clamp-1">
                  {crumb.name}
                </span>
              ) : (
                <Link href={crumb.path} className="link-hover">
                  {crumb.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
