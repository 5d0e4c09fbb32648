// Headings an AI draft repeated: the same heading twice, a section again as「…（続き）」, a last
// heading it never wrote a body for.
import { comparableText } from "../../content/same-text";
import { quote, type Block } from "../blocks";
import { defineRule } from "../define-rule";

const CONTINUED = /\s*[(（]\s*(?:続き|つづき|続)\s*[)）]\s*$/u;

export interface RepeatedHeading {
  index: number;
  block: Block;
  /** The earlier heading with the same words, if any. */
  of?: Block;
  continued: boolean;
}

/** Headings that repeat an earlier one, or carry a （続き） suffix. */
export function findRepeatedHeadings(blocks: readonly Block[]): RepeatedHeading[] {
  const seen = new Map<string, Block>();
  const repeats: RepeatedHeading[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== "heading") return;
    const continued = CONTINUED.test(block.text.normalize("NFKC"));
    const key = comparableText(block.text.normalize("NFKC").replace(CONTINUED, ""));
    const of = seen.get(key);
    if (continued || of) repeats.push({ index, block, of, continued });
    if (!of && key.length > 0) seen.set(key, block);
  });
  return repeats;
}

const CONTENT_KINDS = new Set<Block["kind"]>(["paragraph", "list", "quote", "table", "html", "code"]);

export const headingsRule = defineRule(
  {
    "repeated-heading": { severity: "warning", description: "同じ見出しの繰り返し（## と **太字** の見出しも同じものとして比べる）" },
    "continued-section": { severity: "warning", description: "「（続き）」の付いた見出しで繰り返された節" },
    "empty-final-heading": { severity: "warning", description: "本文のない最後の見出し" },
  },
  (article, _site, report) => {
    for (const { block, of, continued } of findRepeatedHeadings(article.blocks)) {
      const heading = `見出し「${quote(block.text, 40)}」`;
      if (continued) {
        report(
          "continued-section",
          block.line,
          of
            ? `${heading}は ${of.line} 行目の節の続きとして繰り返されています。AI 下書きの継ぎ目なので、${of.line} 行目の節とまとめ、重なる段落を消してください`
            : `${heading}に「（続き）」が付いています。AI 下書きの継ぎ目なので、前の節とまとめてください`,
        );
      } else if (of) {
        report("repeated-heading", block.line, `${heading}は ${of.line} 行目と同じです。片方を消すか、節をまとめてください`);
      }
    }

    const lastHeading = article.blocks.findLastIndex((block) => block.kind === "heading");
    const last = article.blocks[lastHeading];
    if (last && !article.blocks.slice(lastHeading + 1).some((block) => CONTENT_KINDS.has(block.kind))) {
      report("empty-final-heading", last.line, `最後の見出し「${quote(last.text, 40)}」の後に本文がありません。書き足すか、見出しを消してください`);
    }
  },
);
