import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, taxonomyOf, where } from "../testing";
import { taxonomyRule } from "./taxonomy";

const post = (name: string, tags: string, category = "AI") =>
  articleFrom(`---\ntitle: ${name}\ndate: 2025-10-08\ncategory: ${category}\ntags: ${tags}\n---\n\n本文。\n`, `content/articles/${name}.md`);

describe("tag-variant", () => {
  test("spellings that differ only in case or width: the less used ones are told to follow", () => {
    const a = post("a", "[AI, Web3]");
    const b = post("b", "[AI, Web3]");
    const c = post("c", "[ai, Web3]");
    const d = post("d", "[ＡＩ, Web3]");
    assert.deepEqual(findingsOf(taxonomyRule, a, [b, c, d]), []);
    const findings = findingsOf(taxonomyRule, c, [a, b, d]);
    assert.deepEqual(where(findings), ["tag-variant@5"]);
    assert.match(findings[0]?.message ?? "", /タグ「ai」は「AI」（2 記事）と同じタグとして扱われます/);
    assert.match(findingsOf(taxonomyRule, d, [a, b, c])[0]?.message ?? "", /タグ「ＡＩ」は「AI」/);
  });

  test("spellings that differ only in spacing split the tag page", () => {
    const findings = findingsOf(taxonomyRule, post("a", "[Web 3]"), [post("b", "[Web3]"), post("c", "[Web3]")]);
    assert.deepEqual(where(findings), ["tag-variant@5"]);
    assert.match(findings[0]?.message ?? "", /別のタグとして一覧が分かれます/);
  });
});

describe("tag-single-use", () => {
  const others = ["b", "c", "d", "e"].map((name) => post(name, "[AI]"));

  test("a tag no other article uses", () => {
    const findings = findingsOf(taxonomyRule, post("a", "[AI, 量子]"), others);
    assert.deepEqual(where(findings), ["tag-single-use@5"]);
    assert.match(findings[0]?.message ?? "", /「量子」/);
    assert.equal(findings[0]?.severity, "warning");
  });

  test("not on a site too small for every tag to have company", () => {
    assert.deepEqual(findingsOf(taxonomyRule, post("a", "[AI, 量子]"), others.slice(0, 3)), []);
  });
});

describe("tags.yml aliases", () => {
  const taxonomy = taxonomyOf(["AI"], [{ name: "機械学習", aliases: ["machine learning"] }]);

  test("spellings declared one tag are neither variants of each other nor single uses", () => {
    const others = ["b", "c", "d", "e"].map((name) => post(name, "[AI, 機械学習]"));
    assert.deepEqual(findingsOf(taxonomyRule, post("a", "[AI, machine learning]"), others, { taxonomy }), []);
  });

  test("a listed tag only this article uses is still a single use", () => {
    const others = ["b", "c", "d", "e"].map((name) => post(name, "[AI]"));
    assert.deepEqual(where(findingsOf(taxonomyRule, post("a", "[AI, machine learning]"), others, { taxonomy })), ["tag-single-use@5"]);
  });
});

describe("unknown-category", () => {
  test("a category not in categories.yml is an error on its line, naming the file and where to add it", () => {
    const findings = findingsOf(taxonomyRule, post("a", "[AI]", "社会実装"), [post("b", "[AI]")]);
    assert.deepEqual(where(findings), ["unknown-category@4"]);
    assert.equal(findings[0]?.severity, "error");
    assert.match(
      findings[0]?.message ?? "",
      /カテゴリ「社会実装」は content\/categories\.yml にありません（使えるもの: AI, Web3, 投資分析, キャリア, テクノロジー）。.*content\/categories\.yml の最後（5 行目の後）に「- name: 社会実装」を加えてください/,
    );
  });

  test("known categories in any case or width, and Jekyll's categories list", () => {
    assert.deepEqual(findingsOf(taxonomyRule, post("a", "[AI]", "ｗｅｂ３"), [post("b", "[AI]")]), []);
    const jekyll = articleFrom("---\ntitle: j\ndate: 2025-10-08\ncategories: [投資分析, 雑記]\ntags: [AI]\n---\n", "content/articles/j.md");
    assert.deepEqual(where(findingsOf(taxonomyRule, jekyll, [post("b", "[AI]")])), ["unknown-category@4"]);
    assert.deepEqual(findingsOf(taxonomyRule, jekyll, [post("b", "[AI]")], { taxonomy: taxonomyOf(["投資分析", "雑記"]) }), []);
  });

  test("without categories.yml every category is reported, saying to create the file", () => {
    const findings = findingsOf(taxonomyRule, post("a", "[AI]"), [post("b", "[AI]")], { taxonomy: taxonomyOf(null) });
    assert.deepEqual(where(findings), ["unknown-category@4"]);
    assert.match(findings[0]?.message ?? "", /このファイルを作り、「- name: AI」の行を加えてください/);
  });
});
