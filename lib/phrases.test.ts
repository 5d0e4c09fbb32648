import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { splitPhrases } from "./phrases";

describe("splitPhrases", () => {
  test("an empty string has no phrases", () => {
    assert.deepEqual(splitPhrases(""), []);
  });

  test("a typical Japanese title splits into several phrases", () => {
    const phrases = splitPhrases("生成AIがエンジニアの採用市場をどう変えるか");
    assert.ok(phrases.length > 1, JSON.stringify(phrases));
    assert.ok(phrases.every((phrase) => phrase.length > 0));
  });

  test("phrases join back to the input exactly", () => {
    const inputs = [
      "生成AIがエンジニアの採用市場をどう変えるか",
      "今日は天気です。",
      "【2025年版】Web3エンジニアの年収相場と、転職で失敗しないための5つのポイント",
      "Rust 入門：所有権と借用を 10 分で理解する",
      "𠮷野家の😀AI戦略👨‍👩‍👧です",
      "  前後に空白  ",
      "Hello world",
      "改行\nを含む",
      "a",
    ];
    for (const input of inputs) assert.equal(splitPhrases(input).join(""), input, input);
  });

  test("never cuts a surrogate pair (emoji, rare kanji) in half", () => {
    for (const phrase of splitPhrases("𠮷野家の😀AI戦略👨‍👩‍👧です🎉")) {
      assert.doesNotMatch(phrase, /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/, JSON.stringify(phrase));
    }
  });

  test("text without Japanese stays one phrase", () => {
    assert.deepEqual(splitPhrases("Hello world"), ["Hello world"]);
  });
});
