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

/** What an editors' list (categories.yml, tags.yml) says about a term. */
export interface TermEntry {
  key: string;
  name: string;
  slug?: string | null;
  order?: number;
  description?: string | null;
}

/**
 * The reference for a written name: the listed entry's key, name and slug when it has one,
 * else the name's own key with the spelling `canonical` picked for it.
 */
export function makeTermRef(
  kind: TaxonomyKind,
  name: string,
  naming: { canonical?: ReadonlyMap<string, string>; entry?: TermEntry | undefined } = {},
): TermRef {
  const { entry } = naming;
  if (entry) {
    const segment = entry.slug ?? entry.name;
    return { kind, key: entry.key, name: entry.name, segment, path: termPath(kind, segment), order: entry.order ?? null };
  }
  const key = termKey(name);
  const shown = naming.canonical?.get(key) ?? name;
  return { kind, key, name: shown, segment: shown, path: termPath(kind, shown), order: null };
}

/**
 * Terms in reading order: the editors' order first (categories.yml), then most articles first,
 * then by name. Articles keep their given order.
 */
export function buildTerms(
  kind: TaxonomyKind,
  articles: readonly Article[],
  refsOf: (article: Article) => readonly TermRef[],
  describe: (key: string) => string | null = () => null,
): Term[] {
  const byKey = new Map<string, Term>();
  for (const article of articles) {
    for (const ref of refsOf(article)) {
      const term = byKey.get(ref.key) ?? { ...ref, kind, description: describe(ref.key), articles: [] };
      if (!term.articles.includes(article)) term.articles.push(article);
      byKey.set(ref.key, term);
    }
  }
  const place = (term: Term) => term.order ?? Number.POSITIVE_INFINITY;
  return [...byKey.values()].sort(
    (a, b) => place(a) - place(b) || b.articles.length - a.articles.length || a.name.localeCompare(b.name, "ja"),
  );
}
