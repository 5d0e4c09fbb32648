import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { tempDir, writeFiles } from "../testing/temp-files";
import { ContentError } from "./problems";

// The content folder is read from CONTENT_DIR once per process (lib/config.ts), so it is set
// before the content API is loaded; the store caches only a successful load. Each test file runs
// in its own process, so this file owns both.
const root = tempDir("content-index-test-");
process.env.CONTENT_DIR = root;
const { contentRoot, getArticle, getArticles, getAuthorProfile, getJobs, getOpenJobs, getTerm, getTerms } = await import("./index");

const write = (files: Record<string, string>) => writeFiles(root, files);

const post = (title: string, date: string, tags: string, extra = "") =>
  `---\ntitle: ${title}\ndate: ${date}\ntags: ${tags}\n${extra}---\n\n${title}の本文です。\n`;

const job = (posted: string, expires: string | null) =>
  [
    "---",
    "title: 求人",
    "company: 株式会社テスト",
    "location: 東京",
    "employment: 正社員",
    "url: https://example.com/apply",
    `posted: ${posted}`,
    ...(expires ? [`expires: ${expires}`] : []),
    "---",
    "",
  ].join("\n");

describe("content API", () => {
  test("broken content throws one ContentError listing every problem", () => {
    write({
      "articles/bad.md": "---\ntitle: 記事\ndate: 2025-02-30\n---\n",
      "jobs/bad.md": job("2025-10-01", "2025-09-01"),
    });
    assert.throws(getArticles, (error: unknown) => {
      assert.ok(error instanceof ContentError);
      assert.equal(error.problems.length, 2);
      assert.match(error.message, /articles\/bad\.md:3: date: "2025-02-30" は存在しない日付です/);
      assert.match(error.message, /jobs\/bad\.md:8: expires: /);
      return true;
    });
  });

  test("after the content is fixed, it loads", () => {
    fs.rmSync(path.join(root, "articles/bad.md"));
    fs.rmSync(path.join(root, "jobs/bad.md"));
    write({
      "articles/2025-10-08-genai.md": post("生成AI", "2025-10-08", "[AI, C#, machine learning]", "author: 佐藤美咲\n"),
      "articles/生成AIガイド.mdx": post("著作権", "2025-10-09", "[ai, AI/ML]", "category: 法律\nauthor: 編集部\n"),
      "authors/misaki-sato.md": "---\nname: 佐藤 美咲\naliases: 佐藤美咲\n---\n\nAI 担当の記者です。\n",
      "articles/2099-01-01-future.md": post("未来", "2099-01-01", "[ＡＩ]"),
      "jobs/open.md": job("2025-10-01", null),
      "jobs/closed.md": job("2025-01-01", "2025-02-01"),
    });
    assert.equal(contentRoot(), path.resolve(root));
    assert.deepEqual(getArticles().map((a) => a.slug), ["生成AIガイド", "genai"]);
  });

  test("getArticle finds a slug raw, percent-encoded or NFD, and nothing else", () => {
    assert.equal(getArticle("genai")?.title, "生成AI");
    assert.equal(getArticle("生成AIガイド")?.title, "著作権");
    assert.equal(getArticle(encodeURIComponent("生成AIガイド"))?.title, "著作権");
    assert.notEqual("生成AIガイド".normalize("NFD"), "生成AIガイド", "fixture: the NFD form differs");
    assert.equal(getArticle("生成AIガイド".normalize("NFD"))?.title, "著作権");
    assert.equal(getArticle(encodeURIComponent("生成AIガイド".normalize("NFD")))?.title, "著作権");
    assert.equal(getArticle("future"), undefined, "scheduled articles are not served");
    assert.equal(getArticle("missing"), undefined);
    assert.equal(getArticle("%E0%A4%A"), undefined);
  });

  test("getTerm finds a tag in any case, width or encoding", () => {
    for (const segment of ["AI", "ai", "ＡＩ", "Ai"]) {
      assert.equal(getTerm("tags", segment)?.articles.length, 2, segment);
    }
    assert.equal(getTerm("tags", "C%23")?.name, "C#");
    assert.equal(getTerm("tags", "C#")?.name, "C#");
    assert.equal(getTerm("tags", "C"), undefined);
    assert.equal(getTerm("tags", "machine%20learning")?.name, "machine learning");
    assert.equal(getTerm("tags", "machine  learning")?.name, "machine learning");
    assert.equal(getTerm("tags", "100%"), undefined);
  });

  test("a tag with a slash is found encoded or raw", () => {
    assert.deepEqual(getTerm("tags", "AI%2FML")?.articles.map((a) => a.slug), ["生成AIガイド"]);
    assert.deepEqual(getTerm("tags", "AI/ML")?.articles.map((a) => a.slug), ["生成AIガイド"]);
    assert.equal(getTerm("tags", "nothing"), undefined);
  });

  test("terms list only published articles", () => {
    assert.deepEqual(getTerm("tags", "ＡＩ")?.articles.map((a) => a.slug), ["生成AIガイド", "genai"], "not the scheduled one");
    assert.equal(getTerms("tags")[0]?.key, "ai");
    assert.deepEqual(getTerms("categories").map((t) => t.name), ["法律"]);
    assert.equal(getTerm("categories", encodeURIComponent("法律"))?.articles.length, 1);
  });

  test("an author with a profile is found by its id, name or alias; a free-text one by its name", () => {
    for (const segment of ["misaki-sato", "Misaki-Sato", encodeURIComponent("佐藤 美咲"), "佐藤美咲"]) {
      const term = getTerm("authors", segment);
      assert.equal(term?.segment, "misaki-sato", segment);
      assert.deepEqual(term?.articles.map((a) => a.slug), ["genai"], segment);
    }
    assert.equal(getTerm("authors", "編集部")?.segment, "編集部");
    assert.equal(getTerm("authors", "佐藤"), undefined);
  });

  test("getAuthorProfile: the profile of an article's author or an author term, else nothing", () => {
    assert.equal(getAuthorProfile(getArticle("genai")?.author ?? null)?.bio[0], "AI 担当の記者です。");
    assert.equal(getAuthorProfile(getTerm("authors", "佐藤美咲") ?? null)?.id, "misaki-sato");
    assert.equal(getAuthorProfile(getArticle("生成AIガイド")?.author ?? null), undefined);
    assert.equal(getAuthorProfile(getTerm("tags", "AI") ?? null), undefined);
    assert.equal(getAuthorProfile(null), undefined);
  });

  test("jobs: all of them, and only the open ones", () => {
    assert.deepEqual(getJobs().map((j) => j.id), ["open", "closed"]);
    assert.deepEqual(getOpenJobs().map((j) => j.id), ["open"]);
  });
});
