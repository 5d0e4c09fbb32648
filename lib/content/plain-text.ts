// Visible text of a Markdown/MDX body, for reading time and excerpts.
import { boldLineHeading } from "./bold-headings";

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gmu;
const HTML_COMMENT = /<!--[\s\S]*?-->/gu;
const HTML_TAG = /<\/?[A-Za-z][^>]*>/gu;
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/gu;
const LINK = /\[([^\]]*)\]\([^)]*\)/gu;
const AUTOLINK = /<https?:\/\/[^\s<>]*>/gu;
const URL = /\bhttps?:\/\/[^\s)）」<>]+/gu;
const INLINE_CODE = /`[^`\n]*`/gu;

/** Removes code, markup and URLs but keeps the words a reader reads, paragraph breaks included. */
export function markdownToPlainText(body: string): string {
  return body
    .replace(FENCED_CODE, "")
    .replace(HTML_COMMENT, "")
    .replace(IMAGE, "$1")
    .replace(LINK, "$1")
    .replace(AUTOLINK, "")
    .replace(URL, "")
    .replace(INLINE_CODE, "")
    .replace(HTML_TAG, "")
    .replace(/^\s{0,3}#{1,6}\s+/gmu, "")
    .replace(/^\s{0,3}>\s?/gmu, "")
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gmu, "")
    .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/gmu, "")
    .replace(/\|/gu, " ")
    .replace(/(\*\*|__|~~)(.+?)\1/gu, "$2")
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_]/gu, "$1$2")
    .replace(/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/gmu, "")
    .replace(/[ \t]+/gu, " ");
}

/** Paragraphs of visible text, skipping headings, bold-line headings included (a bold ※ note stays). */
export function plainParagraphs(body: string): string[] {
  const withoutHeadings = body
    .replace(FENCED_CODE, "")
    .replace(/^\s{0,3}#{1,6}\s+.*$/gmu, "")
    .split("\n")
    .map((line) => (boldLineHeading(line) === null ? line : ""))
    .join("\n");
  return markdownToPlainText(withoutHeadings)
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/gu, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}
