// Tags and categories are one mechanism: terms keyed by termKey, each listing its articles.
import { termPath, type TaxonomyKind } from "../urls";
import { termKey } from "./slugs";
import type { Article, Term, TermRef } from "./types";

/**
 * Picks the spelling readers see for each key: the one most articles use,
 * ties going to the spelling met first (newest article first).
 */
export function canonicalNames(spellingsNewestFirst: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const name of spellingsNewestFirst) {
    const key = termKey(name);
    const forKey = counts.get(key) ?? new Map<string, number>();
    forKey.set(name, (forKey.get(name) ?? 0) + 1);
    counts.set(key, forKey);
  }
  const names = new Map<string, string>();
  for (const [key, spellings] of counts) {
    let best = "";
    let bestCount = 0;
    for (const [name, count] of spellings) {
      if (count > bestCount) {
        best = name;
        bestCount = count;
      }
    }
    names.set(key, best);
  }
  return names;
}

export function makeTermRef(kind: TaxonomyKind, name: string, canonical: ReadonlyMap<string, string>): TermRef {
  const key = termKey(name);
  const shown = canonical.get(key) ?? name;
  return { kind, key, name: shown, path: termPath(kind, shown) };
}

/**
 * Terms in reading order: most articles first, then by name. Articles keep their given order.
 * A term's address names it by its name, unless `segmentOf` gives another (an author profile's id).
 */
export function buildTerms(
  kind: TaxonomyKind,
  articles: readonly Article[],
  refsOf: (article: Article) => readonly TermRef[],
  segmentOf: (ref: TermRef) => string = (ref) => ref.name,
): Term[] {
  const byKey = new Map<string, Term>();
  for (const article of articles) {
    for (const ref of refsOf(article)) {
      const term = byKey.get(ref.key) ?? { ...ref, kind, segment: segmentOf(ref), articles: [] };
      if (!term.articles.includes(article)) term.articles.push(article);
      byKey.set(ref.key, term);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, "ja"),
  );
}
