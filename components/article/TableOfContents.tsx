import type { TocEntry } from "@/lib/content/types";
import { TocHighlighter } from "./TocHighlighter";

function TocList({ entries }: { entries: readonly TocEntry[] }) {
  return (
    <ol data-toc className="grid gap-1 text-sm leading-snug">
      {entries.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? "pl-4" : undefined}>
          {/* The id as it is: browsers find `#見出し` as well as its percent-encoded form, at a third of the bytes. */}
          <a href={`#${entry.id}`} className="toc-link">
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
      <TocHighlighter />
    </nav>
  );
}
