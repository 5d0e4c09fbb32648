// What of an article body is shown: Jekyll editors often paste the title again as the first line.
import { isSameText } from "./same-text";

const MARKUP_AROUND_LINE = /^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(.*?)(?:\*\*|__)?\s*$/u;

/** Blanks a first line that repeats the title; blanking (not removing) keeps error line numbers true. */
export function bodyForDisplay(body: string, title: string): string {
  const lines = body.split("\n");
  const first = lines.findIndex((line) => line.trim().length > 0);
  if (first === -1) return body;
  const text = MARKUP_AROUND_LINE.exec(lines[first] ?? "")?.[1] ?? "";
  if (!isSameText(text, title)) return body;
  lines[first] = "";
  return lines.join("\n");
}
