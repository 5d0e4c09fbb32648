// Sentences an AI draft cut off: a paragraph that stops mid-sentence where the draft broke off,
// and the paragraph that picks the sentence up again mid-clause.
import { quote, type Block } from "../blocks";
import { defineRule } from "../define-rule";
import { findRepeatedHeadings } from "./headings";
import { findRepeatedProse } from "./repeats";

/** A word, a number or a comma last: the sentence stops before its end (。！？」』) or a colon would). */
const UNFINISHED = /[\p{L}\p{N}、，,]$/u;

/** Words that continue a clause and never open a Japanese sentence. */
const MID_CLAUSE = new RegExp(
  `^(?:${[
    "[、。，．,]",
    "こと(?:[がはをにでもこ]|だ|です|でしょう)",
    "もの(?:[がはをにで]|です)",
    "[をがへ]",
    "し(?:続け|始め|終え|ており|ている|ていく|ています|ました|ます)",
    "[てで](?:いる|いく|います|おり|きた|きます|しまう)",
    "(?:です|ます|でした|ました|でしょう|である)",
    "(?:られ|させ|され)(?:る|た|て|ます)",
    "ため(?:に|の|です)",
    "の(?:です|でしょう|だ)",
  ].join("|")})`,
  "u",
);

function visibleEnd(block: Block): string {
  return block.text.replace(/\[\^[^\]]*\]$/u, "").trim();
}

const SCHEME = String.raw`[a-z][a-z\d+.-]*:\/\/`;
/**
 * Up to the next space, as GFM links a bare URL (so a Japanese path too); a quote or an angle
 * bracket ends it, so `<a href="https://…">公式サイト</a>` does not read as a URL at its end.
 */
const URL_CHARS = String.raw`[^\s<>"'\u0060]+`;
const URL_ONLY = new RegExp(`^(?:${SCHEME}|www\\.)${URL_CHARS}$`, "iu");
const URL_AT_END = new RegExp(`\\b(?:${SCHEME}|www\\.)${URL_CHARS}$`, "iu");
/** Brackets and emphasis opening before a URL that starts a paragraph. */
const URL_AT_START = new RegExp(`^[\\s(（「『【<*_~]*(?:${SCHEME}|www\\.)${URL_CHARS}`, "iu");
const LEADING_SCHEME = new RegExp(`^${SCHEME}`, "iu");
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?([^\s)>]*)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/gu;
/** What may follow a URL at the end: brackets and emphasis closing around it, a footnote, a period. */
const AFTER_URL = /(?:\[\^[^\]\s]+\]|<\/[a-z][\w-]*\s*>|[\s)）\]」』】〕>》*_~.,;:!?！？])+$/iu;

/** A link's address as its text would show it: decoded (a Japanese path), without scheme or final slash. */
function shownAddress(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape: compare the address as written.
  }
  return decoded.replace(LEADING_SCHEME, "").replace(/\/$/u, "");
}

/** `[https://example.com/a](…)`, or the link's own address without its scheme (`[example.com/a](https://example.com/a)`). */
function isUrlText(text: string, href: string): boolean {
  const shown = text.trim().replace(/^`|`$/gu, "");
  return URL_ONLY.test(shown) || (shown.length > 0 && shownAddress(shown) === shownAddress(href));
}

/**
 * Whether the paragraph, as written, ends in an address: `参照: https://…`, `<https://…>`,
 * `（https://…）`, a URL then a footnote, or a link whose text is the URL. The visible text has the
 * URL removed (lib/content/plain-text.ts), so what stood before it looks like a cut sentence.
 * A link with words for its text (`[公式サイト](…)`) ends in those words and is still checked.
 */
function endsInUrl(block: Block): boolean {
  return URL_AT_END.test(linksAsShown(block).replace(AFTER_URL, ""));
}

/** The paragraph as written, each link replaced by what it shows (its address when that is its text). */
function linksAsShown(block: Block): string {
  return block.lines.join("\n").replace(MARKDOWN_LINK, (_link, text: string, href: string) => (isUrlText(text, href) ? href : text));
}

/** `https://… を参照してください。`: the visible text starts at the particle after the URL. */
function startsWithUrl(block: Block): boolean {
  return URL_AT_START.test(linksAsShown(block));
}

export const cutSentencesRule = defineRule(
  {
    "cut-sentence-end": { severity: "warning", description: "区切りや繰り返しの直前で、文の途中で終わっている段落（URL で終わる段落は除く）" },
    "cut-sentence-start": { severity: "warning", description: "「ことが」「し続け」「を」など、文の途中から始まる段落" },
  },
  (article, _site, report) => {
    const { blocks } = article;
    const repeatedStarts = new Set([
      ...findRepeatedProse(blocks).map((repeat) => repeat.index),
      ...findRepeatedHeadings(blocks).map((repeat) => repeat.index),
    ]);
    blocks.forEach((block, index) => {
      if (block.kind !== "paragraph") return;
      const next = blocks[index + 1];
      const beforeBreak = !next || next.kind === "separator" || repeatedStarts.has(index + 1);
      const end = visibleEnd(block);
      if (beforeBreak && UNFINISHED.test(end) && !endsInUrl(block)) {
        const where = !next ? "本文の最後" : next.kind === "separator" ? `${next.line} 行目の区切りの直前` : `${next.line} 行目の繰り返しの直前`;
        report(
          "cut-sentence-end",
          block.endLine,
          `段落が「…${[...end].slice(-16).join("")}」で終わっています（${where}）。文が途中で切れていないか確かめてください`,
        );
      }
      const start = block.text.normalize("NFKC");
      if (MID_CLAUSE.test(start) && !startsWithUrl(block)) {
        report(
          "cut-sentence-start",
          block.line,
          `段落が「${quote(block.text, 16)}」と文の途中から始まっています。前の段落で切れた文とつなげてください`,
        );
      }
    });
  },
);
