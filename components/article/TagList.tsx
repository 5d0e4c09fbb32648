import Link from "next/link";
import type { TermRef } from "@/lib/content";

export function TagList({ tags, label = "タグ" }: { tags: readonly TermRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.key}>
          <Link
            href={tag.path}
            className="inline-block rounded-full border border-slate-300 px-3 py-0.5 text-xs text-slate-700 hover:border-brand-600 hover:text-brand-700 dark:text-slate-300 dark:border-slate-600"
          >
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
