import Link from "next/link";
import type { TermRef } from "@/lib/content";

export function TagList({ tags, label = "タグ" }: { tags: readonly TermRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.key}>
          <Link href={tag.path} className="tag-chip">
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
