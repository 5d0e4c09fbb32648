import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { expectedToc, type ContentArticle } from "../../e2e/content";
import { parseBlocks } from "../lint/blocks";
import { boldLineHeading, isBoldHeadingText } from "./bold-headings";
import { extractToc, headingTextsForSearch } from "./headings";
import { plainParagraphs } from "./plain-text";

/** Paragraphs of one line, and the heading text a reader sees when the line is a heading. */
const CASES: { line: string; heading: string | null }[] = [
  { line: "**見出し**", heading: "見出し" },
  { line: "__見出し__", heading: "見出し" },
  { line: "   **字下げした見出し**", heading: "字下げした見出し" },
  { line: "**後ろに空白** ", heading: "後ろに空白" },
  { line: "**Q. よくある質問**", heading: "Q. よくある質問" },
  { line: "**※本記事は投資助言ではありません**", heading: null },
  { line: "**※ 注記**", heading: null },
  { line: "**これは強調した文です。**", heading: null },
  { line: "**本当に必要？**", heading: null },
  { line: "**Really!**", heading: null },
  { line: "**前半** と **後半**", heading: null },
  { line: "**注意**：ここは本文です", heading: null },
  { line: "文中の**太字**です", heading: null },
  { line: "*斜体だけの行*", heading: null },
];

const E2E_ARTICLE: ContentArticle = {
  file: "post.md",
  slug: "post",
  title: "記事のタイトル",
  date: "2026-01-15",
  updated: null,
  category: null,
  categories: [],
  tags: [],
  author: null,
  excerpt: null,
  readingTime: null,
  draft: false,
  image: null,
  body: "",
};

describe("isBoldHeadingText", () => {
  test("a ※ note, a full sentence or nothing is not a heading", () => {
    assert.equal(isBoldHeadingText("見出し"), true);
    for (const text of ["", "※注記", "文です。", "文です．", "本当？", "本当!", "Really?"]) assert.equal(isBoldHeadingText(text), false, text);
  });
});

describe("every user of the bold-line heading rule agrees", () => {
  for (const { line, heading } of CASES) {
    test(JSON.stringify(line), () => {
      const body = `${line}\n`;
      assert.equal(boldLineHeading(line), heading, "boldLineHeading");
      for (const format of ["md", "mdx"] as const) {
        assert.deepEqual(
          extractToc(body, format).map((entry) => entry.text),
          heading === null ? [] : [heading],
          `目次 and rendered headings (${format})`,
        );
      }
      assert.deepEqual(headingTextsForSearch(body), heading === null ? [] : [heading], "search");
      const [block] = parseBlocks(body, 1);
      assert.equal(block?.kind, heading === null ? "paragraph" : "heading", "linter");
      assert.equal(plainParagraphs(body).length, heading === null ? 1 : 0, "excerpts skip headings only");
      assert.deepEqual(expectedToc({ ...E2E_ARTICLE, body }), heading === null ? [] : [heading], "e2e 目次 expectations");
    });
  }
});
