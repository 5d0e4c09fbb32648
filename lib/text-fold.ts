// Text folding: the one rule for when two spellings are the same text, for tag keys, search and
// title comparison alike.

/**
 * Width, case and how a character is composed never tell two texts apart: NFKC (ＡＩ → AI,
 * ｶﾀｶﾅ → カタカナ, ﾃﾞ and テ + U+3099 → デ), then lower case. White space is left as written.
 */
export function foldText(text: string): string {
  // Lower case makes Σ a ς at the end of a word and a σ elsewhere; ς → σ (as Unicode case folding
  // does) makes a word fold alike alone and inside a text, which is how the search index folds it.
  return text.normalize("NFKC").toLowerCase().replace(/ς/gu, "σ");
}

/** `foldText`, with runs of white space as one space and none at either end: keys and search terms. */
export function foldKey(text: string): string {
  return foldText(text).replace(/\s+/gu, " ").trim();
}

/** Folded, a combining mark (か + U+3099 → が, ﾃ + ﾞ → デ) or a Hangul vowel or final joins what precedes it. */
const JOINS_PREVIOUS = /^[\p{M}\u1160-\u11ff\ud7b0-\ud7ff]/u;
const boundaries = new Map<number, boolean>();

/**
 * Whether a text may be cut just before this code point and folded in pieces, the folds of the
 * pieces joined being the fold of the whole. Not before anything that composes with, or is
 * reordered around, the character before it once folded: a combining mark, the half-width voicing
 * marks ﾞ and ﾟ, a Hangul vowel or final consonant.
 */
export function isFoldBoundary(code: number): boolean {
  if (code < 0x300) return true;
  let boundary = boundaries.get(code);
  if (boundary === undefined) {
    boundary = !JOINS_PREVIOUS.test(String.fromCodePoint(code).normalize("NFKC"));
    boundaries.set(code, boundary);
  }
  return boundary;
}
