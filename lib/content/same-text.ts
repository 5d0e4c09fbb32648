// Whether two strings say the same thing once width, spacing and punctuation are ignored.

/** The letters and digits of a text in NFKC: what comparisons of wording look at. */
export function comparableText(text: string): string {
  return text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
}

export function isSameText(a: string, b: string): boolean {
  return comparableText(a) === comparableText(b);
}
