import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { foldKey, foldText } from "../text-fold";
import type { SearchDocument } from "./documents";
import { foldCluster, foldForIndex, SearchIndex } from "./engine";
import { matchPositions } from "./match";
import { parseQuery } from "./query";
import { termRef } from "../testing/articles";
import { searchDocument } from "../testing/search-documents";

const DOCS = [
  searchDocument("genai", { title: "生成AIの導入が進む自治体", tags: [termRef("tags", "生成AI")], body: "地方の自治体で生成ＡＩの導入が広がっています。", date: "2025-10-03T00:00:00.000Z" }),
  searchDocument("csharp", { title: "C#エンジニアの転職市場", tags: [termRef("tags", "C#")], body: "C# と .NET の求人が増えています。", date: "2025-10-02T00:00:00.000Z" }),
  searchDocument("aiml", { title: "AI/ML人材の採用", tags: [termRef("tags", "AI/ML")], body: "AI/ML の専門職は不足しています。", date: "2025-10-01T00:00:00.000Z" }),
  searchDocument("web3", { title: "Web3.0 と規制", body: "Web3.0 の規制について。メールアドレスは email で受け付けます。" }),
];

const slugs = (index: SearchIndex, query: string) => index.search(query).hits.map((hit) => hit.document.slug);

describe("SearchIndex", () => {
  const index = new SearchIndex(DOCS);

  test("finds Japanese words inside longer text, whatever the width", () => {
    assert.deepEqual(slugs(index, "自治体"), ["genai"]);
    assert.deepEqual(slugs(index, "生成ai"), ["genai"]);
    assert.deepEqual(slugs(index, "ＡＩの導入"), ["genai"]);
  });

  test("symbols are part of the term: C#, AI/ML, Web3.0", () => {
    assert.deepEqual(slugs(index, "C#"), ["csharp"]);
    assert.deepEqual(slugs(index, "ai/ml"), ["aiml"]);
    assert.deepEqual(slugs(index, "WEB3.0"), ["web3"]);
  });

  test("a Latin term must start a word: ai is not found inside email", () => {
    assert.equal(slugs(index, "ai").includes("web3"), false);
    assert.deepEqual(new Set(slugs(index, "ai")), new Set(["genai", "aiml"]));
  });

  test("every term of the query must match", () => {
    assert.deepEqual(slugs(index, "生成AI 自治体"), ["genai"]);
    assert.deepEqual(slugs(index, "生成AI 規制"), []);
  });

  test("a one-character query still matches", () => {
    assert.deepEqual(slugs(index, "規"), ["web3"]);
  });

  test("title matches rank above body matches; newer first on equal scores", () => {
    const both = new SearchIndex([
      searchDocument("body-only", { title: "別の話", body: "ブロックチェーンの話", date: "2025-12-01T00:00:00.000Z" }),
      searchDocument("in-title", { title: "ブロックチェーン入門", date: "2025-01-01T00:00:00.000Z" }),
      searchDocument("body-newer", { title: "別の話 2", body: "ブロックチェーンの話", date: "2026-01-01T00:00:00.000Z" }),
    ]);
    assert.deepEqual(slugs(both, "ブロックチェーン"), ["in-title", "body-newer", "body-only"]);
  });

  test("the snippet shows the original text around the match, the match marked", () => {
    const [hit] = index.search("生成ai").hits;
    const marked = hit?.snippet.filter((part) => part.match).map((part) => part.text);
    assert.deepEqual(marked, ["生成ＡＩ"]);
    assert.equal(hit?.snippet.map((part) => part.text).join(""), "地方の自治体で生成ＡＩの導入が広がっています。");
  });

  test("characters that fold longer (㈱, ㍿) before the match do not shift the marked text", () => {
    const body = `${"㈱テックと㍿データ。".repeat(30)}そして量子計算と量子計算。${"後書き。".repeat(60)}`;
    const snippet = new SearchIndex([searchDocument("wide", { body })]).search("量子計算").hits[0]?.snippet ?? [];
    assert.deepEqual(snippet.filter((part) => part.match).map((part) => part.text), ["量子計算", "量子計算"]);
    const shown = snippet.map((part) => part.text).join("");
    assert.ok(body.includes(shown.replace(/^…|…$/gu, "")), shown);
  });

  test("a match that ends in a character outside the BMP is marked whole", () => {
    const astral = new SearchIndex([searchDocument("astral", { body: "店の名は𠮷野家と𠮷です。" })]);
    const snippet = astral.search("と𠮷").hits[0]?.snippet ?? [];
    assert.deepEqual(snippet.filter((part) => part.match).map((part) => part.text), ["と𠮷"]);
  });

  test("a long body gets a window around the first match, with ellipses", () => {
    const long = new SearchIndex([searchDocument("long", { body: `${"前置き。".repeat(40)}ここに量子計算の話。${"後書き。".repeat(40)}` })]);
    const snippet = long.search("量子計算").hits[0]?.snippet ?? [];
    assert.equal(snippet[0]?.text, "…");
    assert.equal(snippet.at(-1)?.text, "…");
    assert.deepEqual(snippet.filter((part) => part.match).map((part) => part.text), ["量子計算"]);
  });

  test("pages of results keep the total; a page past the end is empty", () => {
    const many = new SearchIndex(Array.from({ length: 25 }, (_, i) => searchDocument(`n${i}`, { body: "半導体の需要" })));
    const second = many.search("半導体", 2);
    assert.equal(second.total, 25);
    assert.equal(second.totalPages, 3);
    assert.equal(second.hits.length, 10);
    assert.equal(many.search("半導体", 9).hits.length, 0);
    assert.equal(many.search("半導体", 9).total, 25);
  });

  test("a Greek word in capitals finds itself: a final sigma folds like any other", () => {
    const greek = new SearchIndex([searchDocument("greek", { body: "ΟΔΟΣ と書く" })]);
    assert.deepEqual(slugs(greek, "ΟΔΟΣ"), ["greek"]);
    assert.deepEqual(slugs(greek, "οδος"), ["greek"]);
  });

  test("no terms, no results", () => {
    assert.equal(index.search("   ").total, 0);
    assert.equal(index.search("存在しない言葉").total, 0);
  });
});

describe("the index folds a text as the query does", () => {
  /** Spellings of one text: in a body, each is found by every other as a query, and marked as written. */
  const SPELLINGS: readonly (readonly string[])[] = [
    // NFC, NFD and NFKC
    ["ガイド", "ガイド".normalize("NFD")],
    ["café", "cafe\u0301"],
    ["株式会社", "㍿"],
    // full and half width
    ["AI", "ＡＩ", "ai"],
    ["アイ", "ｱｲ"],
    // kana voicing marks: composed, combining, half width
    ["データ", "ﾃﾞｰﾀ", "テ\u3099ータ"],
    ["が", "か\u3099"],
    ["パ", "ﾊﾟ", "ハ\u309a"],
    // symbols
    ["C#", "Ｃ＃"],
    ["AI/ML", "ＡＩ／ＭＬ"],
    ["Web3.0", "Ｗｅｂ３．０"],
  ];

  test("every spelling of a text finds every other in a body, and the snippet marks it as written", () => {
    const documents = SPELLINGS.flatMap((spellings, group) =>
      spellings.map((spelling, at) => searchDocument(`${group}-${at}`, { body: `本文は${spelling}です。` })),
    );
    const index = new SearchIndex(documents);
    SPELLINGS.forEach((spellings, group) => {
      for (const query of spellings) {
        const hits = index.search(query, 1, documents.length).hits;
        spellings.forEach((spelling, at) => {
          const hit = hits.find((candidate) => candidate.document.slug === `${group}-${at}`);
          assert.ok(hit, `${JSON.stringify(query)} finds ${JSON.stringify(spelling)}`);
          const marked = hit.snippet.filter((part) => part.match).map((part) => part.text);
          assert.deepEqual(marked, [spelling], `${JSON.stringify(query)} marks ${JSON.stringify(spelling)}`);
        });
      }
    });
  });

  const collapsed = (text: string) => text.replace(/\s+/gu, " ").trim();

  test("every code point, after each of a few characters, folds in the index as in the query", () => {
    const before = ["a", "か", "ﾃ", "ㄱ", "가", "Σ", "e\u0301"];
    for (let code = 0; code <= 0x2fa1f; code++) {
      // Surrogates, and the CJK extensions, where nothing folds (the compatibility ideographs after them do).
      if ((code >= 0xd800 && code <= 0xdfff) || (code >= 0x20000 && code < 0x2f800)) continue;
      const char = String.fromCodePoint(code);
      const text = before.map((base) => base + char).join("");
      assert.equal(collapsed(foldForIndex(text)), foldKey(text), `U+${code.toString(16)}`);
    }
  });

  test("a text of marks, jamo, half-width kana and capitals folds in the index as in the query", () => {
    const alphabet = [..."aAΣσς ｶｷﾃﾊﾞﾟかはテe\u3099\u309a\u0301\u0323\u0308\u1100\u1161\u11a8가ㄱㅏ𠮷㈱\u3000\t"];
    let state = 7;
    const next = (below: number) => {
      state = (state * 1664525 + 1013904223) % 4294967296;
      return Math.floor((state / 4294967296) * below);
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]).join("");
      assert.equal(collapsed(foldForIndex(text)), foldKey(text), JSON.stringify(text));
    }
  });
});

describe("foldCluster", () => {
  test("the code points the index takes as they are, and ASCII, fold as the shared fold folds them", () => {
    for (const [from, to] of [[0, 0x7f], [0x3000, 0x30ff], [0x4e00, 0x9fff], [0xff00, 0xffef]] as const) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        assert.equal(foldForIndex(char), foldCluster(char), `U+${code.toString(16)}`);
        assert.equal(foldCluster(char), foldText(char).replace(/\s/gu, " "), `U+${code.toString(16)}`);
      }
    }
  });
});

describe("SearchIndex agrees with matching every term in every document", () => {
  // The reference: what the index answers, computed the slow way, by matching each term in each field.
  const weights = [10, 8, 5, 3, 1];
  function reference(documents: readonly SearchDocument[], query: string): { slug: string; score: number }[] {
    const parsed = parseQuery(query);
    if (parsed.status !== "terms") return [];
    const ranked = documents.flatMap((document, position) => {
      const fields = [
        foldKey(document.title),
        document.tags.map((tag) => foldKey(tag.name)).join("\n"),
        document.headings.map(foldKey).join("\n"),
        foldForIndex(document.excerpt),
        foldForIndex(document.body),
      ];
      let score = 0;
      for (const term of parsed.terms) {
        const best = fields.findIndex((field) => matchPositions(field, term, 1).length > 0);
        if (best === -1) return [];
        score += (weights[best] ?? 0) + matchPositions(fields[4] ?? "", term, 10).length * 0.1;
      }
      return [{ slug: document.slug, score, date: document.date, position }];
    });
    ranked.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.position - b.position);
    return ranked.map(({ slug, score }) => ({ slug, score }));
  }

  // Few characters, so that terms of one to three of them match often, in every field, and mid-word.
  const alphabet = [..."aAｂb1１ 生成ＡＩ のノﾉ#/.。、😀𠮷㈱ー"];
  let state = 12345;
  const next = (below: number) => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return Math.floor((state / 4294967296) * below);
  };
  const text = (length: number) => Array.from({ length }, () => alphabet[next(alphabet.length)]).join("");
  const documents = Array.from({ length: 120 }, (_, i) =>
    searchDocument(`d${i}`, {
      title: text(8),
      tags: [termRef("tags", text(3)), termRef("tags", text(2))],
      headings: [text(6)],
      excerpt: text(20),
      body: text(300),
      date: `2025-10-${String(1 + next(5)).padStart(2, "0")}T00:00:00.000Z`,
    }),
  );
  const index = new SearchIndex(documents);

  test("on 300 queries of one to eight terms of one to three characters", () => {
    for (let q = 0; q < 300; q++) {
      const query = Array.from({ length: 1 + next(8) }, () => text(1 + next(3)).trim() || "a").join(" ");
      const answer = index.search(query, 1, documents.length).hits.map((hit) => ({ slug: hit.document.slug, score: hit.score }));
      assert.deepEqual(answer, reference(documents, query), query);
    }
  });
});
