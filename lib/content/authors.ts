// Author profiles (content/authors/<id>.md): which article authors each one is, and the author
// terms and addresses that follow from it. Free-text authors stay terms named by their spelling.
import { termPath } from "../urls";
import { plainParagraphs } from "./plain-text";
import type { ContentProblem } from "./problems";
import type { AuthorFrontMatter } from "./schema";
import { termKey } from "./slugs";
import { buildTerms, makeTermRef } from "./taxonomy";
import type { Article, AuthorProfile, Term, TermRef } from "./types";

/** A parsed profile with what its file says about where each name was written, for messages. */
export interface ProfileEntry {
  profile: AuthorProfile;
  aliases: readonly string[];
  keyLines: ReadonlyMap<string, number>;
}

export function toAuthorProfile(id: string, sourcePath: string, fm: AuthorFrontMatter, body: string, portrait: string | null): AuthorProfile {
  const { x, site } = fm.links;
  return {
    id,
    sourcePath,
    name: fm.name,
    role: fm.role,
    bio: plainParagraphs(body),
    portrait,
    links: { x, site },
    sameAs: [x, site].filter((link) => link !== null),
    path: termPath("authors", id),
    keys: [...new Set([id, fm.name, ...fm.aliases].map(termKey))],
  };
}

/** The names a profile answers to, each with the field (and so the line) it was written in. */
function claimsOf({ profile, aliases, keyLines }: ProfileEntry) {
  return [
    { spelling: profile.id, field: undefined, line: undefined, what: "ファイル名（ID）の" },
    { spelling: profile.name, field: "name", line: keyLines.get("name"), what: "" },
    ...aliases.map((alias) => ({ spelling: alias, field: "aliases", line: keyLines.get("aliases"), what: "" })),
  ].map((claim) => ({ ...claim, key: termKey(claim.spelling) }));
}

/**
 * Every key a profile answers to → the profile. A key two profiles claim would make an article's
 * author ambiguous: each file is told, and the first file (by path) keeps the key.
 */
export function indexProfiles(entries: readonly ProfileEntry[], problems: ContentProblem[]): Map<string, AuthorProfile> {
  const filesByKey = new Map<string, string[]>();
  for (const entry of entries) {
    for (const key of entry.profile.keys) filesByKey.set(key, [...(filesByKey.get(key) ?? []), entry.profile.sourcePath]);
  }
  const byKey = new Map<string, AuthorProfile>();
  for (const entry of [...entries].sort((a, b) => a.profile.sourcePath.localeCompare(b.profile.sourcePath))) {
    const reported = new Set<string>();
    for (const claim of claimsOf(entry)) {
      const others = (filesByKey.get(claim.key) ?? []).filter((file) => file !== entry.profile.sourcePath);
      if (others.length > 0 && !reported.has(claim.key)) {
        reported.add(claim.key);
        problems.push({
          file: entry.profile.sourcePath,
          line: claim.line,
          field: claim.field,
          message: `${claim.what}「${claim.spelling}」は ${others.join(", ")} の著者にも使われていて、記事の著者がどちらか決められません。name・aliases・ファイル名（ID）はほかの著者と重ならないようにしてください`,
        });
      }
      if (!byKey.has(claim.key)) byKey.set(claim.key, entry.profile);
    }
  }
  return byKey;
}

/** A profile's author is addressed by its id, as a category by its slug. */
function profileRef(profile: AuthorProfile): TermRef {
  return makeTermRef("authors", profile.name, { entry: { key: termKey(profile.id), name: profile.name, slug: profile.id } });
}

/** An article's author: the profile's name and page when a profile answers to it, else the term of its spelling. */
export function authorRef(written: string, profiles: ReadonlyMap<string, AuthorProfile>, canonical: ReadonlyMap<string, string>): TermRef {
  const profile = profiles.get(termKey(written));
  return profile ? profileRef(profile) : makeTermRef("authors", written, { canonical });
}

/**
 * Author terms, most articles first. A profile's term is addressed by its id, and is listed even
 * before its first article is out: the page then shows the profile alone, so a link to a new
 * writer's page works from the day their profile is written.
 */
export function authorTerms(articles: readonly Article[], profiles: readonly AuthorProfile[]): Term[] {
  const byKey = new Map(profiles.map((profile) => [termKey(profile.id), profile]));
  const terms = buildTerms("authors", articles, (article) => (article.author ? [article.author] : []));
  const listed = new Set(terms.map((term) => term.key));
  const waiting = [...byKey.values()]
    .filter((profile) => !listed.has(termKey(profile.id)))
    .map((profile): Term => ({ ...profileRef(profile), description: null, articles: [] }))
    .sort((a, b) => a.name.localeCompare(b.name, "ja"));
  return [...terms, ...waiting];
}
