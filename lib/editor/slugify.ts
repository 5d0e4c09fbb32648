// Readable ASCII slugs for new articles: the Latin words of a title, or the editor's own choice.

/** Names whose punctuation carries meaning: keep it in words rather than lose it. */
const SPELLED_OUT: readonly [RegExp, string][] = [
  [/c#/giu, " csharp "],
  [/f#/giu, " fsharp "],
  [/c\+\+/giu, " cpp "],
  [/\.net\b/giu, " dotnet "],
  [/\b([a-z]+)\.js\b/giu, " $1js "],
];

const MAX_LENGTH = 60;

/** Lower-case ASCII words and digits joined by hyphens, cut at a word boundary; "" if none. */
export function asciiSlug(text: string): string {
  let normalised = text.normalize("NFKC").toLowerCase().replace(/['’]/gu, "");
  for (const [pattern, replacement] of SPELLED_OUT) normalised = normalised.replace(pattern, replacement);
  const words = normalised.match(/[a-z0-9]+/gu) ?? [];
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_LENGTH) break;
    slug = next;
  }
  return slug;
}

/**
 * A slug from the title's Latin words, or null when they would not say what the article is
 * about: a title in Japanese only, or one where a word like "AI" is a small part of it
 * (「生成AIと著作権の最前線」 → "ai" would name nothing). The editor chooses then.
 */
export function slugFromTitle(title: string): string | null {
  const characters = [...title.normalize("NFKC")].filter((char) => /[\p{L}\p{N}]/u.test(char));
  const latin = characters.filter((char) => /[A-Za-z0-9]/u.test(char));
  if (latin.length * 3 < characters.length) return null;
  const slug = asciiSlug(title);
  return (slug.match(/[a-z]/gu)?.length ?? 0) >= 3 ? slug : null;
}

/** The slug an editor typed, normalised; null when nothing ASCII is left of it. */
export function normaliseSlug(input: string): string | null {
  const slug = asciiSlug(input);
  return slug.length > 0 ? slug : null;
}

/** `slug`, or `slug-2`, `slug-3`… : the first that `taken` does not hold. */
export function uniqueSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
