import { after, before, describe, mock, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "content-dev-test-"));
after(() => fs.rmSync(root, { recursive: true, force: true }));

// `next dev` behaviour: this file runs in its own process, so it may switch NODE_ENV for all of it.
// Set before the content API is loaded, as lib/config.ts reads the environment once.
Object.assign(process.env, { NODE_ENV: "development", CONTENT_DIR: root });
const { getArticle, getArticles, getBrokenArticleSlugs, getContentProblems, getProblemsForSlug } = await import("./index");

function write(relative: string, text: string): void {
  const absolute = path.join(root, relative);
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  fs.writeFileSync(absolute, text);
}

const post = (title: string, date: string, extra = "") => `---\ntitle: ${title}\ndate: ${date}\n${extra}---\n\n${title}の本文です。\n`;

describe("content API in next dev", () => {
  before(() => {
    mock.method(console, "error", () => undefined);
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
    assert.ok(getContentProblems().length >= 4);
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
});
