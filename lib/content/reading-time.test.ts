import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { countReadableUnits, readingMinutes } from "./reading-time";

/** 25 characters a reader reads (the 。 is not counted). */
const SENTENCE = "今日もエンジニアの働き方は大きく変わりつつあります。";
const japanese = (sentences: number) => Array.from({ length: sentences }, () => SENTENCE).join("");
const englishWords = (count: number) => Array.from({ length: count }, (_, i) => `word${i % 7 === 0 ? "s" : ""}`).join(" ");

describe("countReadableUnits", () => {
  test("counts kanji, hiragana and katakana, not punctuation", () => {
    assert.deepEqual(countReadableUnits(SENTENCE), { cjkChars: 25, latinWords: 0 });
    assert.equal(countReadableUnits("「テスト」、（注）。！？").cjkChars, 4);
  });

  test("a kanji outside the first plane counts once", () => {
    assert.equal(countReadableUnits("𠮷野家と𩸽").cjkChars, 5);
  });

  test("counts the long-vowel mark and 々", () => {
    assert.equal(countReadableUnits("サーバー").cjkChars, 4);
    assert.equal(countReadableUnits("人々").cjkChars, 2);
  });

  test("counts Latin words, including numbers, contractions and hyphenated words", () => {
    assert.equal(countReadableUnits("Hello world, it's 2025 and AI-driven tools.").latinWords, 7);
  });

  test("full-width Latin counts as words", () => {
    assert.equal(countReadableUnits("ＡＩ と Ｗｅｂ３").latinWords, 2);
  });

  test("fenced code (``` and ~~~) is not counted", () => {
    const body = ["本文", "", "```ts", "const 変数 = 'コードの中の日本語';", "```", "", "~~~", "コード", "~~~", "", "続き"].join("\n");
    assert.deepEqual(countReadableUnits(body), { cjkChars: 4, latinWords: 0 });
  });

  test("inline code is not counted", () => {
    assert.deepEqual(countReadableUnits("関数 `getArticles()` を呼ぶ"), { cjkChars: 5, latinWords: 0 });
  });

  test("bare URLs are not counted; link text is, link targets are not", () => {
    assert.deepEqual(countReadableUnits("詳細は https://example.com/some/long/path?query=1 を参照"), { cjkChars: 6, latinWords: 0 });
    assert.deepEqual(countReadableUnits("[公式サイト](https://example.com/docs/page)を参照"), { cjkChars: 8, latinWords: 0 });
  });

  test("HTML tags and comments are not counted, their text is", () => {
    assert.deepEqual(countReadableUnits("<span class=\"note\">注意</span><!-- 編集メモ: あとで直す -->"), { cjkChars: 2, latinWords: 0 });
  });
});

describe("readingMinutes", () => {
  test("about 500 Japanese characters is one minute", () => {
    assert.equal(readingMinutes(japanese(20)), 1);
  });

  test("1,500 characters is three minutes", () => {
    assert.equal(readingMinutes(japanese(60)), 3);
  });

  test("a partial minute rounds up", () => {
    assert.equal(readingMinutes(japanese(21)), 2);
    assert.equal(readingMinutes(japanese(61)), 4);
  });

  test("never less than one minute, even for an empty body", () => {
    assert.equal(readingMinutes(""), 1);
    assert.equal(readingMinutes("短い。"), 1);
  });

  test("Latin text is read at 200 words a minute", () => {
    assert.equal(readingMinutes(englishWords(200)), 1);
    assert.equal(readingMinutes(englishWords(400)), 2);
    assert.equal(readingMinutes(englishWords(401)), 3);
  });

  test("Japanese and Latin add up", () => {
    // 500 characters (1 min) + 200 words (1 min)
    assert.equal(readingMinutes(`${japanese(20)}\n\n${englishWords(200)}`), 2);
    // 250 characters (0.5 min) + 100 words (0.5 min)
    assert.equal(readingMinutes(`${japanese(10)}\n\n${englishWords(100)}`), 1);
  });

  test("a long code block does not make a short article long", () => {
    const code = ["```python", ...Array.from({ length: 300 }, (_, i) => `print("コード行 ${i} の説明文をここに書きます")`), "```"].join("\n");
    assert.equal(readingMinutes(`${japanese(20)}\n\n${code}\n`), 1);
  });

  test("many URLs do not add reading time", () => {
    const links = Array.from({ length: 300 }, (_, i) => `https://example.com/articles/${i}/some-long-path-name`).join("\n");
    assert.equal(readingMinutes(`${japanese(20)}\n\n${links}\n`), 1);
  });
});
