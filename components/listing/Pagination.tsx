import Link from "next/link";

interface PaginationProps {
  page: number;
  totalPages: number;
  /** Path of a page number; page 1 is the listing's own path. */
  pathOf: (page: number) => string;
}

export function Pagination({ page, totalPages, pathOf }: PaginationProps) {
  if (totalPages <= 1) return null;
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1);
  const linkClass = "inline-flex min-w-11 min-h-11 items-center justify-center rounded border px-3";
  return (
    <nav aria-label="ページ送り" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 ? (
          <li>
            <Link href={pathOf(page - 1)} rel="prev" className={`${linkClass} border-slate-300 hover:border-brand-600 dark:border-slate-600`}>
              前へ
            </Link>
          </li>
        ) : null}
        {pages.map((number) => (
          <li key={number}>
            {number === page ? (
              <span aria-current="page" className={`${linkClass} border-brand-700 bg-brand-700 font-bold text-white`}>
                {number}
              </span>
            ) : (
              <Link href={pathOf(number)} className={`${linkClass} border-slate-300 hover:border-brand-600 dark:border-slate-600`}>
                {number}
              </Link>
            )}
          </li>
        ))}
        {page < totalPages ? (
          <li>
            <Link href={pathOf(page + 1)} rel="next" className={`${linkClass} border-slate-300 hover:border-brand-600 dark:border-slate-600`}>
              次へ
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
