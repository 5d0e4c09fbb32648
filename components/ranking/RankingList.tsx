import Link from "next/link";

export interface RankingListItem {
  slug: string;
  title: string;
  path: string;
}

/**
 * Numbered article links, each row of a fixed height (titles cut at two lines), so a list drawn
 * after the page (the article's side column) takes exactly the room its placeholder held.
 */
export function RankingList({ items }: { items: readonly RankingListItem[] }) {
  return (
    <ol className="grid gap-2">
      {items.map((item, index) => (
        <li key={item.slug} className="flex h-12 items-start gap-3">
          <span aria-hidden="true" className="w-5 shrink-0 text-right text-lg font-bold leading-6 text-slate-500 dark:text-slate-400">
            {index + 1}
          </span>
          <Link href={item.path} prefetch={false} className="link-hover line-clamp-2 text-sm font-bold leading-6">
            {item.title}
          </Link>
        </li>
      ))}
    </ol>
  );
}

/** Rows of the same height as RankingList's, held while the list is on its way. */
export function RankingPlaceholder({ rows }: { rows: number }) {
  return (
    <ol aria-hidden="true" className="grid gap-2">
      {Array.from({ length: rows }, (_, index) => (
        <li key={index} className="flex h-12 items-start gap-3">
          <span className="w-5 shrink-0" />
          <span className="mt-1 h-4 w-full rounded bg-slate-200 dark:bg-slate-800" />
        </li>
      ))}
    </ol>
  );
}
