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

export const cutSentencesRule = defineRule(
  {
    "cut-sentence-end": { severity: "warning", description: "区切りや繰り返しの直前で、文の途中で終わっている段落" },
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
      if (beforeBreak && UNFINISHED.test(end)) {
        const where = !next ? "本文の最後" : next.kind === "separator" ? `${next.line} 行目の区切りの直前` : `${next.line} 行目の繰り返しの直前`;
        report(
          "cut-sentence-end",
          block.endLine,
          `段落が「…${[...end].slice(-16).join("")}」で終わっています（${where}）。文が途中で切れていないか確かめてください`,
        );
      }
      const start = block.text.normalize("NFKC");
      if (MID_CLAUSE.test(start)) {
        report(
          "cut-sentence-start",
          block.line,
          `段落が「${quote(block.text, 16)}」と文の途中から始まっています。前の段落で切れた文とつなげてください`,
        );
      }
    });
  },
);
