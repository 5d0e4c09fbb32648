// Which keys reach each term: its own, and the others the editors gave it (a category's slug, a
// tag's alias in tags.yml, an author profile's id, name and aliases).
import type { LoadedContent } from "./load";
import { termKey } from "./slugs";
import type { Term } from "./types";
import type { TaxonomyKind } from "../urls";

export function termLookups(loaded: LoadedContent): Record<TaxonomyKind, Map<string, Term>> {
  const byKey = (terms: readonly Term[]) => new Map(terms.map((term) => [term.key, term]));
  const lookups = { tags: byKey(loaded.tags), categories: byKey(loaded.categories), authors: byKey(loaded.authors) };
  // A term's own key wins over another's extra key, so no name is taken from the term it names.
  const also = (kind: TaxonomyKind, otherKey: string, key: string) => {
    const term = lookups[kind].get(key);
    if (term && !lookups[kind].has(otherKey)) lookups[kind].set(otherKey, term);
  };
  for (const entry of loaded.taxonomy.categories.entries) if (entry.slug) also("categories", termKey(entry.slug), entry.key);
  for (const entry of loaded.taxonomy.tags.entries) for (const alias of entry.aliases) also("tags", termKey(alias), entry.key);
  for (const [key, profile] of loaded.profilesByKey) also("authors", key, termKey(profile.id));
  return lookups;
}
