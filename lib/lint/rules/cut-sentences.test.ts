import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { cutSentencesRule } from "./cut-sentences";

const findings = (body: string) => findingsOf(cutSentencesRule, articleFrom(withBody(body)));

describe("cut-sentence-end", () => {
  test("a paragraph that stops mid-sentence right before a separator", () => {
    const found = findings("\n投資家としては、独自の価値を生み出しているかを見極める\n\n---END---\n\nことが重要です。\n");
    assert.deepEqual(where(found), ["cut-sentence-end@6", "cut-sentence-start@10"]);
    assert.match(found[0]?.message ?? "", /「…価値を生み出しているかを見極める」で終わっています（8 行目の区切りの直前）/);
  });

  test("right before a repeated paragraph or heading, and at the very end", () => {
    const repeated = "生成AIの導入は、業務の進め方そのものを見直すきっかけになります。";
    assert.deepEqual(where(findings(`\n${repeated}\n\n途中で切れた文\n\n${repeated}\n`)), ["cut-sentence-end@8"]);
    assert.deepEqual(where(findings("\n## 展望\n\n本文。\n\n途中で切れた文\n\n## 展望\n\n本文。\n")), ["cut-sentence-end@10"]);
    assert.deepEqual(where(findings("\n本文。\n\n最後の文が途中で")), ["cut-sentence-end@8"]);
  });

  test("finished sentences before a separator, and unfinished ones elsewhere, are fine", () => {
    for (const end of ["です。", "ですか？", "「引用」", "『書名』", "（注）", "次のとおり：", "Done!"]) {
      assert.deepEqual(findings(`\n文の終わり${end}\n\n---END---\n\n次の段落です。\n`), [], end);
    }
    assert.deepEqual(findings("\n見出しのような一行\n\n次の段落です。\n"), []);
  });

  test("a paragraph that ends in an address is not cut, however the address is written", () => {
    const endings = [
      "詳しくは公式サイトを参照: https://example.com/docs",
      "詳しくは公式サイトを参照 https://example.com/docs",
      "検索結果 https://example.com/search?q=AI&page=2",
      "一覧 https://example.com/docs/",
      "解説 https://ja.wikipedia.org/wiki/%E7%94%9F%E6%88%90AI",
      "解説 https://ja.wikipedia.org/wiki/生成AI",
      "出典 www.example.com/report",
      "詳しくは公式サイト <https://example.com/docs>",
      "詳しくは公式サイト（https://example.com/docs）",
      "詳しくは公式サイト (https://example.com/docs)",
      "出典 https://example.com/docs.",
      "出典 https://example.com/docs[^1]",
      "出典 https://en.wikipedia.org/wiki/Rust_(programming_language)",
      "出典は **https://example.com/docs**",
      "詳しくは [https://example.com/docs](https://example.com/docs)",
      "詳しくは [example.com/docs](https://example.com/docs/)",
      "詳しくは [ja.wikipedia.org/wiki/生成AI](https://ja.wikipedia.org/wiki/%E7%94%9F%E6%88%90AI)",
      "詳しくは [https://example.com/docs](https://example.com/docs \"公式\")[^2]",
      "出典は <a href=\"https://example.com\">https://example.com</a>",
      "最初の行は文です。\n出典 https://example.com/docs",
    ];
    for (const end of endings) {
      assert.deepEqual(findings(`\n${end}\n\n---END---\n\n次の段落です。\n`), [], end);
      assert.deepEqual(findings(`\n本文です。\n\n${end}\n`), [], `${end}（本文の最後）`);
    }
  });

  test("a link with words for its text ends in those words, and is still checked", () => {
    for (const end of ["詳しくは[公式サイト](https://example.com)", "詳しくは[公式サイト](https://example.com)[^1]", "[https://example.com](https://example.com) で設定を確認する"]) {
      assert.deepEqual(where(findings(`\n${end}\n\n---END---\n\n次の段落です。\n`)).filter((found) => found.startsWith("cut-sentence-end")), ["cut-sentence-end@6"], end);
    }
  });
});

describe("cut-sentence-start", () => {
  test("paragraphs that start mid-clause", () => {
    for (const start of ["ことが重要です。", "し続けることこそが大切です。", "を確認します。", "が求められます。", "、そして次へ。", "ている企業が増えました。", "ですが、課題もあります。"]) {
      const found = findings(`\n前の段落です。\n\n${start}\n`);
      assert.deepEqual(where(found), ["cut-sentence-start@8"], start);
    }
  });

  test("ordinary sentence openings", () => {
    for (const start of ["では、次の論点です。", "しかし、課題もあります。", "ことばの選び方も大切です。", "ものづくりの現場では。", "もちろん例外もあります。", "とはいえ、楽観はできません。", "はじめに結論を述べます。", "できることから始めましょう。"]) {
      assert.deepEqual(findings(`\n前の段落です。\n\n${start}\n`), [], start);
    }
  });

  test("a paragraph that starts with an address: the particle after it is not a cut", () => {
    for (const start of [
      "https://example.com/docs を参照してください。",
      "<https://example.com/docs> が公式の資料です。",
      "[https://example.com/docs](https://example.com/docs) を読むと分かります。",
      "（https://example.com/）で公開されています。",
    ]) {
      assert.deepEqual(findings(`\n前の段落です。\n\n${start}\n`), [], start);
    }
    // A link with words still starts with its words.
    assert.deepEqual(where(findings("\n前の段落です。\n\n[を確認](https://example.com/) します。\n")), ["cut-sentence-start@8"]);
  });
});
