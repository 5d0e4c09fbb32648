import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { deriveExcerpt } from "./excerpt";
import { isSameText } from "./same-text";

const TITLE = "生成AIスタートアップの資金調達動向";

describe("deriveExcerpt", () => {
  test("the first paragraph", () => {
    assert.equal(deriveExcerpt("最初の段落です。\n\n二番目の段落です。", TITLE), "最初の段落です。");
  });

  test("skips the title pasted again as the first line", () => {
    assert.equal(deriveExcerpt(`${TITLE}\n\n本文の最初の段落です。`, TITLE), "本文の最初の段落です。");
  });

  test("skips the pasted title even with different punctuation, spacing or width", () => {
    assert.equal(deriveExcerpt("生成ＡＩ スタートアップの資金調達動向！\n\n本文です。", TITLE), "本文です。");
    assert.equal(deriveExcerpt(`**${TITLE}**\n\n本文です。`, TITLE), "本文です。");
  });

  test("skips headings", () => {
    assert.equal(deriveExcerpt(`# ${TITLE}\n\n## はじめに\n\n本文です。`, TITLE), "本文です。");
  });

  test("does not skip a paragraph that merely starts with the title", () => {
    assert.equal(deriveExcerpt(`${TITLE}について解説します。`, TITLE), `${TITLE}について解説します。`);
  });

  test("plain text: markup and link targets are gone", () => {
    assert.equal(
      deriveExcerpt("**重要**: [調査レポート](https://example.com/report)によると、投資額は増加した。", TITLE),
      "重要: 調査レポートによると、投資額は増加した。",
    );
  });

  test("120 characters or fewer are kept whole, without …", () => {
    const exactly120 = "あ".repeat(120);
    assert.equal(deriveExcerpt(exactly120, TITLE), exactly120);
  });

  test("longer paragraphs are cut at 120 characters with …", () => {
    const long = "い".repeat(119) + "うえお";
    const excerpt = deriveExcerpt(long, TITLE);
    assert.equal(excerpt, `${"い".repeat(119)}う…`);
    assert.equal(Array.from(excerpt).length, 121);
  });

  test("counts characters, not UTF-16 units (emoji and rare kanji are not split)", () => {
    const long = "𠮷".repeat(130);
    const excerpt = deriveExcerpt(long, TITLE);
    assert.equal(excerpt, `${"𠮷".repeat(120)}…`);
    assert.doesNotMatch(excerpt, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u);
  });

  test("no trailing space before the …", () => {
    const long = `${"あ".repeat(119)} ${"い".repeat(10)}`;
    assert.equal(deriveExcerpt(long, TITLE), `${"あ".repeat(119)}…`);
  });

  test("an empty body, or one that is only the title, gives an empty excerpt", () => {
    assert.equal(deriveExcerpt("", TITLE), "");
    assert.equal(deriveExcerpt(TITLE, TITLE), "");
  });

  test("skips a title on the first line when text follows without a blank line", () => {
    assert.equal(deriveExcerpt(`${TITLE}\n本文の最初の段落です。`, TITLE), "本文の最初の段落です。");
  });
});

describe("isSameText", () => {
  test("ignores width, case of width forms, spaces and punctuation", () => {
    assert.ok(isSameText("ＡＩ 時代の、キャリア！", "AI時代のキャリア"));
    assert.ok(!isSameText("AI時代のキャリア", "AI時代の投資"));
  });

  test("ignores case and how a kana is composed", () => {
    assert.ok(isSameText("Rust入門ガイド", "rust入門ｶﾞｲﾄﾞ"));
    assert.ok(isSameText("AI時代のデータ", "ai時代のテ\u3099ータ"));
  });
});
