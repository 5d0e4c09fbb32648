// Each category keeps one colour wherever it stands in for a missing picture, so a grid of cards
// has no holes and a reader learns the colours. White text on each passes WCAG AA (4.5:1).
import { termKey } from "./content/slugs";

const TONES = ["#174ba8", "#0f766e", "#9a3412", "#6d28d9", "#be123c", "#166534", "#a16207", "#0e7490"] as const;
const NO_CATEGORY = "#334155";

/** The colour of a category: by its place in `order` (the configured categories), else by its name. */
export function categoryTone(name: string | null | undefined, order: readonly string[]): string {
  if (!name) return NO_CATEGORY;
  const key = termKey(name);
  const index = order.findIndex((category) => termKey(category) === key);
  if (index >= 0) return TONES[index % TONES.length]!;
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return TONES[hash % TONES.length]!;
}

export const CATEGORY_TONES: readonly string[] = [...TONES, NO_CATEGORY];
