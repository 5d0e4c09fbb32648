import { test } from "node:test";
import assert from "node:assert/strict";
import { isSameText } from "./content/same-text";
import { termKey } from "./content/slugs";
import { SearchIndex } from "./search/engine";
import { parseQuery } from "./search/query";
import { isNearDuplicateTitle } from "./related-articles";
import { searchDocument } from "./testing/search-documents";

/** Spellings every user of the fold must take as one text. */
const SAME: readonly (readonly string[])[] = [
  ["ガイド", "ガイド".normalize("NFD"), "ｶﾞｲﾄﾞ"],
  ["データ", "ﾃﾞｰﾀ", "テ\u3099ータ"],
  ["パソコン", "ﾊﾟｿｺﾝ", "ハ\u309aソコン"],
  ["生成AI", "生成ＡＩ", "生成ai"],
  ["アイ", "ｱｲ"],
  ["C#", "Ｃ＃", "c#"],
  ["AI/ML", "ＡＩ／ＭＬ"],
  ["Web3.0", "Ｗｅｂ３．０", "WEB3.0"],
  ["株式会社", "㍿"],
  ["ΟΔΟΣ", "οδος", "οδοσ"],
  ["machine learning", "Machine  Learning", "machine\u3000learning"],
];

test("termKey, search, related articles and the title check take every spelling of a text as one", () => {
  for (const spellings of SAME) {
    const index = new SearchIndex(spellings.map((spelling, at) => searchDocument(String(at), { title: "記事", body: `本文は${spelling}です。` })));
    const everyDocument = spellings.map((_, at) => String(at));
    for (const a of spellings) {
      for (const b of spellings) {
        const pair = `${JSON.stringify(a)} and ${JSON.stringify(b)}`;
        assert.equal(termKey(a), termKey(b), `termKey: ${pair}`);
        assert.deepEqual(parseQuery(a), parseQuery(b), `search query: ${pair}`);
        assert.deepEqual(index.search(a).hits.map((hit) => hit.document.slug).sort(), everyDocument, `search index: ${pair}`);
        assert.equal(isNearDuplicateTitle(`${a}の記事です`, `${b}の記事です`), true, `related articles: ${pair}`);
        assert.equal(isSameText(a, b), true, `isSameText: ${pair}`);
      }
    }
  }
});
