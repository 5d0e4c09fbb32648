import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { headingsRule } from "./headings";

describe("repeated-heading", () => {
  test("the same heading twice, whether written with ## or as a bold line", () => {
    const body = "\n**投資家が注視すべきポイント**\n\n本文。\n\n### 投資家が注視すべきポイント\n\n本文。\n";
    const findings = findingsOf(headingsRule, articleFrom(withBody(body)));
    assert.deepEqual(where(findings), ["repeated-heading@10"]);
    assert.match(findings[0]?.message ?? "", /6 行目と同じです/);
  });

  test("different headings are fine", () => {
    assert.deepEqual(findingsOf(headingsRule, articleFrom(withBody("\n## はじめに\n\n本文。\n\n## まとめ\n\n本文。\n"))), []);
  });
});

describe("continued-section", () => {
  test("a section repeated under its heading with （続き）, naming the first one", () => {
    const body = "\n## 技術者に求められるスキル\n\n本文。\n\n## 市場の展望\n\n本文。\n\n## 技術者に求められるスキル（続き）\n\n本文。\n";
    const findings = findingsOf(headingsRule, articleFrom(withBody(body)));
    assert.deepEqual(where(findings), ["continued-section@14"]);
    assert.match(findings[0]?.message ?? "", /6 行目の節の続き/);
  });

  test("(続き) in any width, even without an earlier heading", () => {
    const findings = findingsOf(headingsRule, articleFrom(withBody("\n## 展望 (続き)\n\n本文。\n")));
    assert.deepEqual(where(findings), ["continued-section@6"]);
    assert.match(findings[0]?.message ?? "", /前の節とまとめて/);
  });
});

describe("empty-final-heading", () => {
  test("a last heading followed by nothing but separators", () => {
    const findings = findingsOf(headingsRule, articleFrom(withBody("\n## はじめに\n\n本文。\n\n## 最後に\n\n---END---\n")));
    assert.deepEqual(where(findings), ["empty-final-heading@10"]);
  });

  test("a last heading with a body, a list or code under it is fine", () => {
    for (const after of ["本文。", "- 項目", "```\ncode\n```"]) {
      assert.deepEqual(findingsOf(headingsRule, articleFrom(withBody(`\n## 最後に\n\n${after}\n`))), [], after);
    }
  });
});
