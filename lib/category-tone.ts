// Each category keeps one colour wherever it stands in for a missing picture, so a grid of cards
// has no holes and a reader learns the colours. White text on each passes WCAG AA (4.5:1).
import { termKey } from "./content/slugs";

const TONES = ["#174ba8", "#0f766e", "#9a3412", "#6d28d9", "#be123c", "#166534", "#a16207", "#0e7490"] as const;
const NO_CATEGORY = "#334155";

/** The colour of a category: by its place in categories.yml (`order`), else by its name. */
export function categoryTone(category: { name: string; order: number | null } | null | undefined): string {
  if (!category) return NO_CATEGORY;
  if (category.order !== null) return TONES[category.order % TONES.length]!;
  const key = termKey(category.name);
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return TONES[hash % TONES.length]!;
}

export const CATEGORY_TONES: readonly string[] = [...TONES, NO_CATEGORY];
