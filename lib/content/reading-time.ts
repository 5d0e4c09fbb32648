// Reading time the way Japanese readers read: characters for CJK text, words for Latin text.
import { markdownToPlainText } from "./plain-text";

const CJK_CHARS_PER_MINUTE = 500;
const LATIN_WORDS_PER_MINUTE = 200;

// Counted by removing everything else: matching each character allocated one string per
// character (6,000 per article), which made reading times most of the cost of loading content.
const NOT_CJK = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;
const LATIN_WORD = /[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}'’.\-]*/gu;

export function countReadableUnits(body: string): { cjkChars: number; latinWords: number } {
  const text = markdownToPlainText(body);
  const cjk = text.replace(NOT_CJK, "");
  // Characters outside the first plane (rare kanji) are two UTF-16 units but one character.
  const cjkChars = cjk.length - (cjk.match(HIGH_SURROGATE)?.length ?? 0);
  const latinWords = text.normalize("NFKC").match(LATIN_WORD)?.length ?? 0;
  return { cjkChars, latinWords };
}

/** Whole minutes, at least 1. */
export function readingMinutes(body: string): number {
  const { cjkChars, latinWords } = countReadableUnits(body);
  const minutes = cjkChars / CJK_CHARS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}
