// Jekyll editors' way of writing a heading: a paragraph that is nothing but bold text. The
// renderer, the 目次, search, excerpts, the linter and the e2e tests all decide with this module.

const SENTENCE_END = /[。．！？!?]$/u;
const BOLD_LINE = /^ {0,3}(?:\*\*|__)(.+)(?:\*\*|__)[ \t]*$/u;

/** Whether the text of a bold-only paragraph reads as a heading: a ※ note or a full sentence is emphasis. */
export function isBoldHeadingText(text: string): boolean {
  return text.length > 0 && !text.startsWith("※") && !SENTENCE_END.test(text);
}

/**
 * The heading text of a source line that is all bold (`**見出し**`, `__見出し__`), or null. For
 * line scans that cannot afford a Markdown parse; the text keeps any inline markup inside the bold.
 */
export function boldLineHeading(line: string): string | null {
  const bold = BOLD_LINE.exec(line)?.[1]?.trim();
  // `**a** と **b**` is two bold runs in a sentence, not one.
  if (!bold || bold.includes("**") || !isBoldHeadingText(bold)) return null;
  return bold;
}
