import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { buildTerms, canonicalNames, makeTermRef } from "./taxonomy";
import { termKey } from "./slugs";
import { testArticle } from "../testing/articles";

describe("canonicalNames", () => {
  test("the spelling most articles use wins, wherever it appears", () => {
    const names = canonicalNames(["ai", "AI", "ＡＩ", "AI", "Rust"]);
    assert.equal(names.get(termKey("ai")), "AI");
    assert.equal(names.get(termKey("Rust")), "Rust");
    assert.equal(names.size, 2);
  });

  test("a majority that appears late still wins", () => {
    assert.equal(canonicalNames(["ai", "AI", "AI"]).get("ai"), "AI");
  });

  test("on a tie, the newest article's spelling (met first) wins", () => {
    assert.equal(canonicalNames(["ai", "AI"]).get("ai"), "ai");
    assert.equal(canonicalNames(["AI", "ai"]).get("ai"), "AI");
  });

  test("names that are different terms stay apart", () => {
    const names = canonicalNames(["C#", "C", "c#"]);
    assert.equal(names.get(termKey("C#")), "C#");
    assert.equal(names.get(termKey("C")), "C");
  });

  test("nothing in, nothing out", () => {
    assert.equal(canonicalNames([]).size, 0);
  });
});

describe("makeTermRef", () => {
  test("uses the canonical spelling for the name and the path", () => {
    const canonical = canonicalNames(["AI", "AI", "ai"]);
    const ref = makeTermRef("tags", "ＡＩ", { canonical });
    assert.deepEqual(ref, { kind: "tags", key: "ai", name: "AI", segment: "AI", path: "/tags/AI", order: null });
  });

  test("falls back to the given spelling, encoded in the path", () => {
    const ref = makeTermRef("categories", "C#");
    assert.deepEqual(ref, { kind: "categories", key: "c#", name: "C#", segment: "C#", path: "/categories/C%23", order: null });
  });

  test("a listed entry gives its name, its slug for the address and its place", () => {
    const entry = { key: "投資分析", name: "投資分析", slug: "investment", order: 2 };
    const ref = makeTermRef("categories", "投資分析", { canonical: canonicalNames(["投資分析"]), entry });
    assert.deepEqual(ref, { kind: "categories", key: "投資分析", name: "投資分析", segment: "investment", path: "/categories/investment", order: 2 });
    const alias = makeTermRef("tags", "machine learning", { entry: { key: "機械学習", name: "機械学習" } });
    assert.deepEqual([alias.key, alias.name, alias.path], ["機械学習", "機械学習", `/tags/${encodeURIComponent("機械学習")}`]);
  });
});

describe("buildTerms", () => {
  const canonical = canonicalNames(["AI", "ai", "AI", "Rust", "キャリア", "Go"]);
  const ref = (name: string) => makeTermRef("tags", name, { canonical });

  const a1 = testArticle("a1", { tags: [ref("AI"), ref("Rust")] });
  const a2 = testArticle("a2", { tags: [ref("ai"), ref("キャリア")] });
  const a3 = testArticle("a3", { tags: [ref("ＡＩ"), ref("Rust"), ref("Go")] });

  test("counts each term's articles, most used first, then by name", () => {
    const terms = buildTerms("tags", [a1, a2, a3], (a) => a.tags);
    assert.deepEqual(
      terms.map((t) => [t.name, t.articles.length]),
      [
        ["AI", 3],
        ["Rust", 2],
        ["Go", 1],
        ["キャリア", 1],
      ],
    );
  });

  test("articles keep the given order (newest first)", () => {
    const terms = buildTerms("tags", [a3, a2, a1], (a) => a.tags);
    assert.deepEqual(terms[0]?.articles.map((a) => a.slug), ["a3", "a2", "a1"]);
  });

  test("an article listing the same term twice is counted once", () => {
    const twice = testArticle("twice", { tags: [ref("AI"), ref("ai")] });
    const terms = buildTerms("tags", [twice], (a) => a.tags);
    assert.equal(terms.length, 1);
    assert.equal(terms[0]?.articles.length, 1);
  });

  test("terms carry kind, key, name and path", () => {
    const [first] = buildTerms("tags", [a1], (a) => a.tags);
    assert.ok(first);
    assert.equal(first.kind, "tags");
    assert.equal(first.key, "ai");
    assert.equal(first.path, "/tags/AI");
  });

  test("no articles, no terms", () => {
    assert.deepEqual(buildTerms("tags", [], (a) => a.tags), []);
  });
});
