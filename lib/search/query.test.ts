import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { SearchIndex } from "./engine";
import { ignoredTermsNotice, MAX_QUERY_CHARACTERS, MAX_QUERY_TERMS, parseQuery, tooLongMessage } from "./query";
import { searchDocument } from "../testing/search-documents";

describe("parseQuery", () => {
  test("counts characters as code points, not UTF-16 units", () => {
    const astral = "𠮷".repeat(MAX_QUERY_CHARACTERS);
    assert.equal(astral.length, 2 * MAX_QUERY_CHARACTERS);
    assert.deepEqual(parseQuery(astral), { status: "terms", terms: [astral], ignoredTerms: [] });
    assert.deepEqual(parseQuery(`${astral}😀`), { status: "too-long", characters: MAX_QUERY_CHARACTERS + 1 });
  });

  test("100 characters are searched, 101 are refused whole; surrounding spaces do not count", () => {
    const hundred = "あ".repeat(MAX_QUERY_CHARACTERS);
    assert.equal(parseQuery(`  ${hundred}\u3000`).status, "terms");
    assert.deepEqual(parseQuery(`${hundred}い`), { status: "too-long", characters: 101 });
    // Spaces between terms are characters the reader typed.
    assert.deepEqual(parseQuery("あ ".repeat(51).trim()), { status: "too-long", characters: 101 });
  });

  test("full-width input is folded by NFKC before it is split, so full-width spaces separate terms", () => {
    assert.deepEqual(parseQuery("ＡＩ\u3000生成ＡＩ　ｶﾀｶﾅ"), { status: "terms", terms: ["ai", "生成ai", "カタカナ"], ignoredTerms: [] });
    // Characters are counted as typed: a full-width letter is one character, as is ㍿ (株式会社 after NFKC).
    assert.equal(parseQuery("Ａ".repeat(MAX_QUERY_CHARACTERS)).status, "terms");
    assert.equal(parseQuery("㍿".repeat(MAX_QUERY_CHARACTERS)).status, "terms");
  });

  test("duplicates, after folding, are one term and do not use up the limit", () => {
    assert.deepEqual(parseQuery("AI ai ＡＩ Ai"), { status: "terms", terms: ["ai"], ignoredTerms: [] });
    const parsed = parseQuery("a a b c d e f g h h");
    assert.deepEqual(parsed, { status: "terms", terms: ["a", "b", "c", "d", "e", "f", "g", "h"], ignoredTerms: [] });
  });

  test("terms past the eighth are not searched, and are named", () => {
    const parsed = parseQuery("一 二 三 四 五 六 七 八 九 十 九");
    assert.deepEqual(parsed, { status: "terms", terms: ["一", "二", "三", "四", "五", "六", "七", "八"], ignoredTerms: ["九", "十"] });
    assert.equal(MAX_QUERY_TERMS, 8);
  });

  test("an empty or white-space query has no terms", () => {
    for (const query of ["", "   ", "\u3000", "\t\n"]) assert.deepEqual(parseQuery(query), { status: "empty" });
  });
});

describe("messages", () => {
  test("the too-long message gives the limit and what was typed", () => {
    assert.equal(tooLongMessage(101), "検索語は100文字までです（入力は101文字）。短くしてもう一度検索してください。");
  });

  test("the notice names every term left out", () => {
    assert.equal(ignoredTermsNotice(["九", "十"]), "検索語は8語までです。最初の8語で検索しました（「九」「十」は含めていません）。");
  });
});

describe("SearchIndex with bounded queries", () => {
  const index = new SearchIndex([searchDocument("numbers", { title: "一二三四五六七八" })]);

  test("searches the first eight terms and reports the rest", () => {
    const results = index.search("一 二 三 四 五 六 七 八 九");
    assert.deepEqual(results.terms, ["一", "二", "三", "四", "五", "六", "七", "八"]);
    assert.deepEqual(results.ignoredTerms, ["九"]);
    // 九 is in no document: had it been searched, nothing would match.
    assert.equal(results.total, 1);
  });

  test("a query over the limit searches nothing", () => {
    const query = "一 ".repeat(51).trim();
    assert.equal(Array.from(query).length, MAX_QUERY_CHARACTERS + 1);
    // Its one term, 一, is in the document: cut to the limit, the query would find it.
    const results = index.search(query);
    assert.equal(results.total, 0);
    assert.deepEqual(results.terms, []);
  });
});
