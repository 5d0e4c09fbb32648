// Whether two strings say the same thing once width, spacing and punctuation are ignored.

export function isSameText(a: string, b: string): boolean {
  const squash = (s: string) => s.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
  return squash(a) === squash(b);
}
