// An excerpt for listings and descriptions when the editor wrote none.
import { bodyForDisplay } from "./body";
import { plainParagraphs } from "./plain-text";

const EXCERPT_LENGTH = 120;

/** First paragraph that is not the title pasted again, cut at about 120 characters. */
export function deriveExcerpt(body: string, title: string): string {
  const paragraph = plainParagraphs(bodyForDisplay(body, title))[0] ?? "";
  const chars = Array.from(paragraph);
  if (chars.length <= EXCERPT_LENGTH) return paragraph;
  return `${chars.slice(0, EXCERPT_LENGTH).join("").trimEnd()}…`;
}
