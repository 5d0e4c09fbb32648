// Whether two strings say the same thing once width, case, spacing and punctuation are ignored.
import { foldText } from "../text-fold";

/** The letters and digits of a folded text: what comparisons of wording look at. */
export function comparableText(text: string): string {
  return foldText(text).replace(/[\s\p{P}\p{S}]/gu, "");
}

export function isSameText(a: string, b: string): boolean {
  return comparableText(a) === comparableText(b);
}
