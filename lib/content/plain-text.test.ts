import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { markdownToPlainText, plainParagraphs } from "./plain-text";

describe("markdownToPlainText", () => {
  test("keeps link and image text, drops their targets", () => {
    const text = markdownToPlainText("[公式ブログ](https://example.com/blog) と ![図1](/images/a.png)");
    assert.equal(text, "公式ブログ と 図1");
  });

  test("drops bare URLs", () => {
    assert.equal(markdownToPlainText("出典: https://example.com/x （英語）"), "出典: （英語）");
    assert.equal(markdownToPlainText("（https://example.com/x）"), "（）");
  });

  test("drops autolinks whole, brackets included", () => {
    assert.equal(markdownToPlainText("詳しくは <https://example.com/docs?q=1> を参照。"), "詳しくは を参照。");
  });

  test("drops heading, quote and list markers", () => {
    assert.equal(markdownToPlainText("## 見出し\n> 引用\n- 項目\n1. 番号"), "見出し\n引用\n項目\n番号");
  });

  test("drops emphasis markers", () => {
    assert.equal(markdownToPlainText("**太字** と _斜体_ と ~~取り消し~~"), "太字 と 斜体 と 取り消し");
  });

  test("does not eat snake_case words", () => {
    assert.equal(markdownToPlainText("変数 user_id と max_value"), "変数 user_id と max_value");
  });

  test("drops code, HTML tags and comments", () => {
    const text = markdownToPlainText("前\n\n```js\nalert(1)\n```\n\n後<br>`code`<!-- メモ -->");
    assert.doesNotMatch(text, /alert|code|メモ|<br>/);
    assert.match(text, /前/);
    assert.match(text, /後/);
  });

  test("table pipes and separator rows are not text", () => {
    const text = markdownToPlainText("| 職種 | 年収 |\n|---|---|\n| AI | 800万 |");
    assert.doesNotMatch(text, /[|-]{2,}|\|/);
    assert.match(text, /職種\s+年収/);
  });
});

describe("plainParagraphs", () => {
  test("splits on blank lines and joins soft line breaks", () => {
    assert.deepEqual(plainParagraphs("一行目\n二行目\n\n次の段落"), ["一行目 二行目", "次の段落"]);
  });

  test("skips headings and bold-only heading lines", () => {
    assert.deepEqual(plainParagraphs("# タイトル\n\n**はじめに**\n\n本文です。\n\n## 見出し\n\n続き"), ["本文です。", "続き"]);
  });

  test("a bold ※ note or bold sentence is a paragraph, not a heading", () => {
    assert.deepEqual(plainParagraphs("**※投資助言ではありません**\n\n__はじめに__\n\n**これは文です。**"), ["※投資助言ではありません", "これは文です。"]);
  });

  test("skips code blocks entirely", () => {
    assert.deepEqual(plainParagraphs("```\nコード\n\nもっとコード\n```\n\n本文"), ["本文"]);
  });

  test("a body with only markup has no paragraphs", () => {
    assert.deepEqual(plainParagraphs("# 見出し\n\n---\n\n<!-- メモ -->\n"), []);
  });
});
