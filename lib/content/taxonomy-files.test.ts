import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { tempFiles } from "../testing/temp-files";
import type { ContentProblem } from "./problems";
import { categoryDirectory, readTaxonomy, tagDirectory } from "./taxonomy-files";

function read(files: Record<string, string>) {
  const cwd = tempFiles(files, "taxonomy-files-");
  const problems: ContentProblem[] = [];
  const taxonomy = readTaxonomy(path.join(cwd, "content"), cwd, problems);
  const byLine = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { taxonomy, problems: byLine.map((p) => `${p.file}:${p.line}: ${p.message}`) };
}

describe("categories.yml", () => {
  test("names, slugs, descriptions and the file's order, each with its line", () => {
    const { taxonomy, problems } = read({
      "content/categories.yml": "# 並び順がメニューの順\n- name: AI\n  description: 人工知能\n- name: 投資分析\n  slug: investment\n- name: 2026\n",
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      taxonomy.categories.entries.map(({ name, slug, description, order, line }) => [name, slug, description, order, line]),
      [["AI", null, "人工知能", 0, 2], ["投資分析", "investment", null, 1, 4], ["2026", null, null, 2, 6]],
    );
    assert.equal(taxonomy.categories.lastLine, 6);
    assert.equal(taxonomy.categories.file, "content/categories.yml");
    assert.equal(categoryDirectory(taxonomy.categories).entryOf("ａｉ")?.name, "AI");
  });

  test("mistakes are reported with file and line, and the good entries kept", () => {
    const { taxonomy, problems } = read({
      "content/categories.yml": "- name: AI\n- name: ai\n- name: Web3\n  slug: Web 3\n- name: 投資\n  slug: ai\n- name: 規制\n  descripton: typo\n- 社会実装\n",
    });
    assert.deepEqual(taxonomy.categories.entries.map((entry) => entry.name), ["AI"]);
    assert.equal(problems.length, 5);
    assert.match(problems[0] ?? "", /^content\/categories\.yml:2: カテゴリ「ai」は 1 行目のカテゴリ「AI」と同じです/u);
    assert.match(problems[1] ?? "", /^content\/categories\.yml:4: slug は半角英小文字/u);
    assert.match(problems[2] ?? "", /^content\/categories\.yml:6: slug「ai」は 1 行目のカテゴリ「AI」と同じです/u);
    assert.match(problems[3] ?? "", /^content\/categories\.yml:8: 使えない項目 descripton があります（name・slug・description が使えます）/u);
    assert.match(problems[4] ?? "", /^content\/categories\.yml:9: 各項目は「- name: 名前」の形で書いてください/u);
  });

  test("YAML that does not parse, and a file that is not a list", () => {
    assert.match(read({ "content/categories.yml": "- name: AI\n  description: [閉じない\n" }).problems[0] ?? "", /^content\/categories\.yml:\d+: YAML を読めません/u);
    assert.match(read({ "content/categories.yml": "AI: 人工知能\n" }).problems[0] ?? "", /^content\/categories\.yml:1: 「- name: …」の行を並べたリスト/u);
  });

  test("no file: no categories, and it says so", () => {
    const { taxonomy, problems } = read({ "content/articles/.keep": "" });
    assert.deepEqual(problems, []);
    assert.equal(taxonomy.categories.exists, false);
    assert.deepEqual(taxonomy.categories.entries, []);
  });
});

describe("tags.yml", () => {
  test("descriptions and aliases: an alias in any width or case finds its tag", () => {
    const { taxonomy, problems } = read({
      "content/tags.yml": "- name: 機械学習\n  description: 学習するモデル\n  aliases: [machine learning, ML]\n- name: LLM\n  aliases: 大規模言語モデル\n",
    });
    assert.deepEqual(problems, []);
    const tags = tagDirectory(taxonomy.tags);
    assert.equal(tags.entryOf("Machine Learning")?.name, "機械学習");
    assert.equal(tags.entryOf("ｍｌ")?.name, "機械学習");
    assert.equal(tags.entryOf("大規模言語モデル")?.name, "LLM");
    assert.equal(tags.entryOf("機械学習")?.description, "学習するモデル");
    assert.equal(tags.entryOf("AI"), undefined);
  });

  test("an alias claimed twice, or naming another tag, is a problem on its line", () => {
    const { problems } = read({ "content/tags.yml": "- name: 機械学習\n  aliases: [ML]\n- name: LLM\n  aliases: [ml, 機械学習]\n" });
    assert.equal(problems.length, 2);
    assert.match(problems[0] ?? "", /^content\/tags\.yml:4: 別名「ml」は 2 行目の別名「ML」と同じです/u);
    assert.match(problems[1] ?? "", /^content\/tags\.yml:4: 別名「機械学習」は 1 行目のタグ「機械学習」と同じです/u);
  });
});
