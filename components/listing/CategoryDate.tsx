import { DateTime } from "@/components/common/DateTime";
import type { TermRef } from "@/lib/content/types";

/** The small line above a card's title: 「AI・2026年11月18日」. */
export function CategoryDate({ category, date, strong = false }: { category: TermRef | null; date: Date; strong?: boolean }) {
  return (
    <p className="muted text-xs">
      {category ? <span className={strong ? "font-bold text-brand-700 dark:text-brand-100" : "font-bold"}>{category.name}</span> : null}
      {category ? "・" : null}
      <DateTime date={date} />
    </p>
  );
}
