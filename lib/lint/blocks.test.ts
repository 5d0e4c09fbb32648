import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { isSeparatorArtifact, linesOutsideCode, parseBlocks } from "./blocks";

const kinds = (body: string, start = 1) => parseBlocks(body, start).map((block) => `${block.kind}@${block.line}`);

describe("parseBlocks", () => {
  test("paragraphs, headings and separators with their file lines", () => {
    const body = ["", "段落の一行目", "二行目", "", "## 見出し", "本文", "", "---END---", "", "**太字の見出し**", "", "---", ""].join("\n");
    assert.deepEqual(kinds(body, 11), ["paragraph@12", "heading@15", "paragraph@16", "separator@18", "heading@20", "break@22"]);
    const [paragraph] = parseBlocks(body, 11);
    assert.equal(paragraph?.endLine, 13);
    assert.equal(paragraph?.text, "段落の一行目 二行目");
  });

  test("a bold sentence or ※ note is a paragraph, not a heading", () => {
    assert.deepEqual(kinds("**これは強調した文です。**\n\n**※ 注記**"), ["paragraph@1", "paragraph@3"]);
  });

  test("setext headings, lists, quotes, tables and HTML", () => {
    const body = "見出し\n---\n\n- 項目\n  続き\n\n    インデントした続き\n\n> 引用\n\n| a | b |\n\n<div>x</div>";
    assert.deepEqual(kinds(body), ["heading@1", "list@4", "list@7", "quote@9", "table@11", "html@13"]);
  });

  test("fenced code is one block, whatever it holds", () => {
    const body = "```md\n---END---\n\n## 見出し\n```\n\n~~~\n閉じていない";
    assert.deepEqual(kinds(body), ["code@1", "code@7"]);
    assert.equal(parseBlocks(body, 1)[1]?.endLine, 8);
  });

  test("keys ignore width, spacing and punctuation", () => {
    const [a, b] = parseBlocks("ＡＩの時代、 来る。\n\nAIの時代来る", 1);
    assert.equal(a?.key, b?.key);
  });
});

describe("isSeparatorArtifact", () => {
  test("END lines in their usual disguises", () => {
    for (const line of ["---END---", "--- END ---", "===END===", "***END***", "[END]", "［ＥＮＤ］", "【END】", "（以下、続き）", "(続く)", "-- end --", "END"]) {
      assert.ok(isSeparatorArtifact(line), line);
    }
  });

  test("ordinary lines", () => {
    for (const line of ["---", "END に向けて準備します。", "以下、続きを読む", "[END](https://example.com)", "（注）", "end"]) {
      assert.ok(!isSeparatorArtifact(line), line);
    }
  });
});

describe("linesOutsideCode", () => {
  test("blanks fenced and inline code, keeping lines and columns", () => {
    const body = "a `{x}` b\n```\n{y}\n```\nc";
    assert.deepEqual(linesOutsideCode(body, 1, parseBlocks(body, 1)), ["a       b", "", "", "", "c"]);
  });
});
