// Where a search term matches in a text, both folded by lib/text-fold.ts.

/** a-z and 0-9 by UTF-16 unit: a Latin term starting with one must start a word. */
export function isAsciiWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39);
}

/**
 * Positions where `term` occurs in `text` as a reader would count it: anywhere for Japanese,
 * but a Latin term must start a word ("ai" matches "生成ai" and "ai/ml", not "email").
 */
export function matchPositions(text: string, term: string, limit = Number.POSITIVE_INFINITY): number[] {
  const positions: number[] = [];
  const wordStart = isAsciiWordUnit(term.charCodeAt(0));
  let from = 0;
  for (;;) {
    const index = text.indexOf(term, from);
    if (index === -1) return positions;
    if (!wordStart || index === 0 || !isAsciiWordUnit(text.charCodeAt(index - 1))) {
      positions.push(index);
      if (positions.length >= limit) return positions;
    }
    from = index + 1;
  }
}
