// An article body as blocks (paragraphs, headings, separators…) with their file lines. A line scan
// rather than a Markdown parse: the rules need the lines and the text as the editor pasted it.
import { boldLineHeading } from "../content/bold-headings";
import { markdownToPlainText } from "../content/plain-text";
import { comparableText } from "../content/same-text";

export type BlockKind = "paragraph" | "heading" | "separator" | "break" | "list" | "quote" | "table" | "html" | "code";

export interface Block {
  kind: BlockKind;
  /** File lines (1-based) of the block's first and last line. */
  line: number;
  endLine: number;
  /** The lines as written. */
  lines: string[];
  /** What a reader sees, on one line: markup, code and URLs removed. */
  text: string;
  /** `text` without width, spacing or punctuation differences, for comparisons. */
  key: string;
  /** 1–6 for `#` headings, 0 for a whole-line `**bold**` heading, undefined otherwise. */
  depth?: number;
}

const END_WORDS = "END(?: OF [A-Z ]+)?|THE END|EOF|TO BE CONTINUED|CONTINUED|終わり|おわり|終了|ここまで|以下[、,]?\\s*(?:続き|続く|略)|続き|続く|つづく";
const RULE_CHARS = "[-=_*~#—–―─━]";
const FENCED_WORD = new RegExp(`^${RULE_CHARS}{2,}\\s*(?:${END_WORDS})\\s*${RULE_CHARS}{2,}$`, "iu");
const BRACKETED_WORD = new RegExp(`^[\\[【〔(<《«]\\s*(?:${END_WORDS})\\s*[\\]】〕)>》»]$`, "iu");
const BARE_WORD = /^(?:END|EOF)$/u;

/**
 * `---END---`, `--- END ---`, `[END]`, `（以下、続き）`: lines an AI draft leaves where it stopped
 * and was asked to go on. Width is ignored, so `［ＥＮＤ］` counts too.
 */
export function isSeparatorArtifact(line: string): boolean {
  const text = line.normalize("NFKC").trim();
  return FENCED_WORD.test(text) || BRACKETED_WORD.test(text) || BARE_WORD.test(text);
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/u;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/u;
const INDENTED = /^(?: {2,}|\t)/u;

function visible(lines: readonly string[]): string {
  return markdownToPlainText(lines.join("\n")).replace(/\s+/gu, " ").trim();
}

function makeBlock(kind: BlockKind, firstLine: number, lines: string[], depth?: number, text = visible(lines)): Block {
  return { kind, line: firstLine, endLine: firstLine + lines.length - 1, lines, text, key: comparableText(text), depth };
}

function kindOf(lines: readonly string[], previous: Block | undefined): BlockKind {
  const first = lines[0] ?? "";
  if (LIST_ITEM.test(first)) return "list";
  if (INDENTED.test(first) && previous?.kind === "list") return "list";
  if (/^ {0,3}>/u.test(first)) return "quote";
  if (/^\s*\|/u.test(first)) return "table";
  if (/^ {0,3}<[A-Za-z!/]/u.test(first)) return "html";
  return "paragraph";
}

/** Splits a body into blocks; `bodyStartLine` is the file line of the body's first line. */
export function parseBlocks(body: string, bodyStartLine: number): Block[] {
  const blocks: Block[] = [];
  const lines = body.split("\n");
  let pending: string[] = [];
  let pendingStart = 0;
  let fence: { marker: string; start: number; lines: string[] } | null = null;

  const flush = () => {
    if (pending.length === 0) return;
    const bold = pending.length === 1 ? boldLineHeading(pending[0] ?? "") : null;
    blocks.push(
      bold === null
        ? makeBlock(kindOf(pending, blocks.at(-1)), pendingStart, pending)
        : makeBlock("heading", pendingStart, pending, 0, visible([bold])),
    );
    pending = [];
  };

  for (const [index, line] of lines.entries()) {
    const fileLine = bodyStartLine + index;
    if (fence) {
      fence.lines.push(line);
      const closing = new RegExp(`^ {0,3}${fence.marker[0] === "`" ? "`" : "~"}{${fence.marker.length},}[ \\t]*$`, "u");
      if (closing.test(line)) {
        blocks.push({ kind: "code", line: fence.start, endLine: fileLine, lines: fence.lines, text: "", key: "" });
        fence = null;
      }
      continue;
    }
    const fenceMarker = FENCE_OPEN.exec(line)?.[1];
    if (fenceMarker) {
      flush();
      fence = { marker: fenceMarker, start: fileLine, lines: [line] };
      continue;
    }
    if (line.trim().length === 0) {
      flush();
      continue;
    }
    if (isSeparatorArtifact(line)) {
      flush();
      blocks.push(makeBlock("separator", fileLine, [line], undefined, line.trim()));
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push(makeBlock("heading", fileLine, [line], heading[1]?.length, visible([heading[2] ?? ""])));
      continue;
    }
    if (pending.length > 0 && SETEXT_UNDERLINE.test(line) && kindOf(pending, blocks.at(-1)) === "paragraph") {
      const depth = line.trim().startsWith("=") ? 1 : 2;
      blocks.push(makeBlock("heading", pendingStart, [...pending, line], depth, visible(pending)));
      pending = [];
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      blocks.push(makeBlock("break", fileLine, [line], undefined, ""));
      continue;
    }
    if (pending.length === 0) pendingStart = fileLine;
    pending.push(line);
  }
  flush();
  if (fence) {
    // An unclosed fence runs to the end of the body, as in Markdown.
    blocks.push({ kind: "code", line: fence.start, endLine: fence.start + fence.lines.length - 1, lines: fence.lines, text: "", key: "" });
  }
  return blocks;
}

/**
 * The body's lines with fenced and inline code blanked out (same lines and columns), for rules
 * that look for markup in prose: code shows what it shows.
 */
export function linesOutsideCode(body: string, bodyStartLine: number, blocks: readonly Block[]): string[] {
  const lines = body.split("\n");
  for (const block of blocks) {
    if (block.kind !== "code") continue;
    for (let line = block.line; line <= block.endLine; line++) lines[line - bodyStartLine] = "";
  }
  return lines.map((line) => line.replace(/(`+)[\s\S]*?\1/gu, (code) => " ".repeat(code.length)));
}

/** Blocks whose words a reader reads as running text: where repeats and cut sentences show. */
export function isProse(block: Block): boolean {
  return block.kind === "paragraph" || block.kind === "list" || block.kind === "quote";
}

/** Shortens a text for quoting in a message. */
export function quote(text: string, max = 24): string {
  const chars = [...text.trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}
