import type { TocEntry } from "@/lib/content/headings";
import { TocHighlighter } from "./TocHighlighter";

function TocList({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ol className="grid gap-1 text-sm leading-snug">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "pl-4" : ""}>
          <a
            href={`#${encodeURIComponent(entry.id)}`}
            data-toc-link={entry.id}
            className="block rounded px-2 py-1 text-slate-700 hover:bg-slate-100 hover:text-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:font-bold aria-[current=true]:text-brand-800 dark:text-slate-300 dark:hover:bg-slate-800 dark:aria-[current=true]:bg-slate-800 dark:aria-[current=true]:text-white"
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}

/** 目次: collapsible in the flow on phones and narrow screens. Articles with fewer than 2 headings show none. */
export function TableOfContentsInline({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <details className="mb-8 rounded-lg border border-slate-200 bg-slate-50 p-4 xl:hidden dark:border-slate-700 dark:bg-slate-900">
      <summary className="cursor-pointer font-bold">目次</summary>
      <nav aria-label="目次" className="mt-3">
        <TocList entries={entries} />
      </nav>
    </details>
  );
}

/** 目次 as a sticky side column on wide screens, with the section being read highlighted. */
export function TableOfContentsSide({ entries }: { entries: readonly TocEntry[] }) {
  if (entries.length < 2) return null;
  return (
    <nav aria-label="目次" className="sticky top-6 hidden max-h-[calc(100vh-3rem)] overflow-y-auto xl:block">
      <p className="mb-2 px-2 text-sm font-bold">目次</p>
      <TocList entries={entries} />
      <TocHighlighter ids={entries.map((entry) => entry.id)} />
    </nav>
  );
}
