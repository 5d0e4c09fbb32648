// An excerpt for listings and descriptions when the editor wrote none.
import { plainParagraphs } from "./plain-text";

const EXCERPT_LENGTH = 120;

function sameText(a: string, b: string): boolean {
  const squash = (s: string) => s.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "");
  return squash(a) === squash(b);
}

/** First paragraph that is not the title pasted again, cut at about 120 characters. */
export function deriveExcerpt(body: string, title: string): string {
  const paragraph = plainParagraphs(body).find((p) => !sameText(p, title)) ?? "";
  const chars = Array.from(paragraph);
  if (chars.length <= EXCERPT_LENGTH) return paragraph;
  return `${chars.slice(0, EXCERPT_LENGTH).join("").trimEnd()}…`;
}

export { sameText as isSameText };
