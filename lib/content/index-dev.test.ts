import { before, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import { tempDir, writeFiles } from "../testing/temp-files";

const root = tempDir("content-dev-test-");

// `next dev` behaviour: this file runs in its own process, so it may switch NODE_ENV for all of it.
// Set before the content API is loaded, as lib/config.ts reads the environment once.
Object.assign(process.env, { NODE_ENV: "development", CONTENT_DIR: root });
const { getArticle, getArticles, getAuthorProfile, getBrokenArticleSlugs, getProblemsForSlug } = await import("./index");

const write = (relative: string, text: string) => writeFiles(root, { [relative]: text });

const post = (title: string, date: string, extra = "") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${title}の本文です。\n`;

let errors: ReturnType<typeof mock.method<Console, "error">> | undefined;

describe("content API in next dev", () => {
  before(() => {
    errors = mock.method(console, "error", () => undefined);
    write("articles/good.md", post("良い記事", "2025-10-08"));
    write("articles/draft.md", post("下書き", "2025-10-09", "draft: true\n"));
    write("articles/bad-date.md", post("日付が壊れた記事", "2025-02-30"));
    write("articles/生成AI.md", "---\ntitle: [閉じていない\n---\n");
    write("articles/named.md", post("名前つき", "2025-13-01", "slug: custom-name\n"));
    write("jobs/bad.md", "---\ntitle: 求人\n---\n");
  });

  test("a broken file does not take the site down: good files and drafts are served", () => {
    assert.deepEqual(getArticles().map((article) => article.slug), ["draft", "good"]);
    assert.equal(getArticle("bad-date"), undefined);
  });

  test("every problem is kept, and each broken article's are found by its slug", () => {
    getArticles();
    const printed = String(errors?.mock.calls.at(-1)?.arguments[0]);
    for (const file of ["bad-date.md", "生成AI.md", "named.md", "jobs/bad.md"]) assert.ok(printed.includes(file), `${file} reported`);
    const [dateProblem] = getProblemsForSlug("bad-date");
    assert.equal(dateProblem?.line, 3);
    assert.equal(dateProblem?.field, "date");
    assert.match(dateProblem?.message ?? "", /存在しない日付です/);
    assert.match(dateProblem?.file ?? "", /articles\/bad-date\.md$/);
    assert.match(getProblemsForSlug(encodeURIComponent("生成AI"))[0]?.message ?? "", /YAML/);
    assert.equal(getProblemsForSlug("custom-name").length, 1, "a slug written in a broken file still names its page");
    assert.deepEqual(getProblemsForSlug("good"), []);
    assert.deepEqual(getBrokenArticleSlugs().sort(), ["bad-date", "custom-name", "生成AI"].sort());
  });

  test("fixing the file brings the article back without a restart", () => {
    write("articles/bad-date.md", post("直した記事", "2025-02-28"));
    assert.equal(getArticle("bad-date")?.title, "直した記事");
    assert.deepEqual(getProblemsForSlug("bad-date"), []);
  });

  test("a file added while running shows up", () => {
    write("articles/added.md", post("追加した記事", "2025-10-10"));
    assert.equal(getArticle("added")?.title, "追加した記事");
  });

  test("an author profile saved while running shows up on its author's articles", () => {
    write("articles/by-sato.md", post("佐藤さんの記事", "2025-10-11", "author: 佐藤 美咲\n"));
    assert.equal(getArticle("by-sato")?.author?.path, `/authors/${encodeURIComponent("佐藤 美咲")}`);
    write("authors/misaki-sato.md", "---\nname: 佐藤 美咲\nrole: 記者\n---\n");
    assert.equal(getArticle("by-sato")?.author?.path, "/authors/misaki-sato");
    assert.equal(getAuthorProfile(getArticle("by-sato")?.author ?? null)?.role, "記者");
  });
});
