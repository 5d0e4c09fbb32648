import Link from "next/link";
import type { Article } from "@/lib/content";

export function AdjacentArticles({ older, newer }: { older?: Article; newer?: Article }) {
  if (!older && !newer) return null;
  return (
    <nav aria-label="前後の記事" className="mt-10 grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2 dark:border-slate-700">
      {older ? (
        <Link href={older.path} rel="prev" className="rounded-lg p-3 hover:bg-slate-50 dark:hover:bg-slate-800">
          <span className="muted block text-xs">前の記事</span>
          <span className="font-bold leading-snug">{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer ? (
        <Link href={newer.path} rel="next" className="rounded-lg p-3 text-right hover:bg-slate-50 dark:hover:bg-slate-800">
          <span className="muted block text-xs">次の記事</span>
          <span className="font-bold leading-snug">{newer.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
