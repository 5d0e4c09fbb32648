import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { TermRef } from "../content/types";
import type { SearchDocument } from "./documents";
import { normalizeChar, normalizeText, SearchIndex } from "./engine";
import { matchPositions, normalizeForSearch } from "./normalize";
import { parseQuery } from "./query";

function tag(name: string): TermRef {
  return { kind: "tags", name, key: name.toLowerCase(), path: `/tags/${encodeURIComponent(name)}` };
}

function doc(slug: string, fields: Partial<SearchDocument> = {}): SearchDocument {
  return {
    slug,
    path: `/articles/${slug}`,
    title: `記事 ${slug}`,
    excerpt: "",
    date: "2025-10-01T00:00:00.000Z",
    category: null,
    tags: [],
    headings: [],
    body: "",
    ...fields,
  };
}

const DOCS = [
  doc("genai", { title: "生成AIの導入が進む自治体", tags: [tag("生成AI")], body: "地方の自治体で生成ＡＩの導入が広がっています。", date: "2025-10-03T00:00:00.000Z" }),
  doc("csharp", { title: "C#エンジニアの転職市場", tags: [tag("C#")], body: "C# と .NET の求人が増えています。", date: "2025-10-02T00:00:00.000Z" }),
  doc("aiml", { title: "AI/ML人材の採用", tags: [tag("AI/ML")], body: "AI/ML の専門職は不足しています。", date: "2025-10-01T00:00:00.000Z" }),
  doc("web3", { title: "Web3.0 と規制", body: "Web3.0 の規制について。メールアドレスは email で受け付けます。" }),
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
      doc("body-only", { title: "別の話", body: "ブロックチェーンの話", date: "2025-12-01T00:00:00.000Z" }),
      doc("in-title", { title: "ブロックチェーン入門", date: "2025-01-01T00:00:00.000Z" }),
      doc("body-newer", { title: "別の話 2", body: "ブロックチェーンの話", date: "2026-01-01T00:00:00.000Z" }),
    ]);
    assert.deepEqual(slugs(both, "ブロックチェーン"), ["in-title", "body-newer", "body-only"]);
  });

  test("the snippet shows the original text around the match, the match marked", () => {
    const [hit] = index.search("生成ai").hits;
    const marked = hit?.snippet.filter((part) => part.match).map((part) => part.text);
    assert.deepEqual(marked, ["生成ＡＩ"]);
    assert.equal(hit?.snippet.map((part) => part.text).join(""), "地方の自治体で生成ＡＩの導入が広がっています。");
  });

  test("characters that normalise longer (㈱, ㍿) before the match do not shift the marked text", () => {
    const body = `${"㈱テックと㍿データ。".repeat(30)}そして量子計算と量子計算。${"後書き。".repeat(60)}`;
    const snippet = new SearchIndex([doc("wide", { body })]).search("量子計算").hits[0]?.snippet ?? [];
    assert.deepEqual(snippet.filter((part) => part.match).map((part) => part.text), ["量子計算", "量子計算"]);
    const shown = snippet.map((part) => part.text).join("");
    assert.ok(body.includes(shown.replace(/^…|…$/gu, "")), shown);
  });

  test("a long body gets a window around the first match, with ellipses", () => {
    const long = new SearchIndex([doc("long", { body: `${"前置き。".repeat(40)}ここに量子計算の話。${"後書き。".repeat(40)}` })]);
    const snippet = long.search("量子計算").hits[0]?.snippet ?? [];
    assert.equal(snippet[0]?.text, "…");
    assert.equal(snippet.at(-1)?.text, "…");
    assert.deepEqual(snippet.filter((part) => part.match).map((part) => part.text), ["量子計算"]);
  });

  test("pages of results keep the total; a page past the end is empty", () => {
    const many = new SearchIndex(Array.from({ length: 25 }, (_, i) => doc(`n${i}`, { body: "半導体の需要" })));
    const second = many.search("半導体", 2);
    assert.equal(second.total, 25);
    assert.equal(second.totalPages, 3);
    assert.equal(second.hits.length, 10);
    assert.equal(many.search("半導体", 9).hits.length, 0);
    assert.equal(many.search("半導体", 9).total, 25);
  });

  test("no terms, no results", () => {
    assert.equal(index.search("   ").total, 0);
    assert.equal(index.search("存在しない言葉").total, 0);
  });
});

describe("normalizeChar", () => {
  test("its fast path for ASCII, kana and kanji agrees with NFKC + lower case on every code point", () => {
    const slow = (char: string) => char.normalize("NFKC").toLowerCase().replace(/\s/gu, " ");
    for (const [from, to] of [[0, 0x7f], [0x3000, 0x30ff], [0x4e00, 0x9fff], [0xff00, 0xffef]] as const) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        assert.equal(normalizeChar(char), slow(char), `U+${code.toString(16)}`);
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
        normalizeForSearch(document.title),
        document.tags.map((tag) => normalizeForSearch(tag.name)).join("\n"),
        document.headings.map(normalizeForSearch).join("\n"),
        normalizeText(document.excerpt),
        normalizeText(document.body),
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
    doc(`d${i}`, {
      title: text(8),
      tags: [tag(text(3)), tag(text(2))],
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
