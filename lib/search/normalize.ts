// One normalisation for indexing and querying: width, case and spacing never decide a match.

/** NFKC (ＡＩ → AI, ｶﾀｶﾅ → カタカナ), lower case, runs of white space → one space. */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

const ASCII_WORD_CHAR = /[a-z0-9]/;

/**
 * Positions where `term` occurs in `text` as a reader would count it: anywhere for Japanese,
 * but a Latin term must start a word ("ai" matches "生成ai" and "ai/ml", not "email").
 */
export function matchPositions(text: string, term: string, limit = Number.POSITIVE_INFINITY): number[] {
  const positions: number[] = [];
  const wordStart = ASCII_WORD_CHAR.test(term[0] ?? "");
  let from = 0;
  for (;;) {
    const index = text.indexOf(term, from);
    if (index === -1) return positions;
    if (!wordStart || index === 0 || !ASCII_WORD_CHAR.test(text[index - 1] ?? "")) {
      positions.push(index);
      if (positions.length >= limit) return positions;
    }
    from = index + 1;
  }
}
