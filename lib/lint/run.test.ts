import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { formatProblem } from "../content/problems";
import { ruleCatalog } from "./registry";
import { exitCode, reportJson, reportLines, summaryLine } from "./report";
import { fileBodyCheckCache, fileProblemCache } from "../content/problem-cache";
import { articleOnlyInputs, checkSite } from "./run";
import { png } from "../testing/png";
import { tempFiles } from "../testing/temp-files";

function fixture(files: Record<string, string>): string {
  return tempFiles(files, "lint-run-test-");
}

const SITE = {
  "content/categories.yml": "- name: AI\n",
  "content/articles/good.mdx": "---\ntitle: 良い記事\ndate: 2025-10-08\ncategory: AI\ntags: [AI]\n---\n\n本文です。\n",
  "content/articles/artifacts.md":
    "---\ntitle: 継ぎ目のある記事\ndate: 2025-10-09\ncategory: AI\ntags: [AI]\n---\n\n[前の記事](/articles/good)を読んでください。\n\n---END---\n",
  "content/articles/links.md": "---\ntitle: リンク切れ\ndate: 2025-10-10\ncategory: AI\ntags: [AI]\n---\n\n[前回](/articles/nothing-here)です。\n",
  "content/articles/bad-date.md": "---\ntitle: 日付が壊れた記事\ndate: 2025-02-30\n---\n\n本文\n",
  "content/jobs/ok.md":
    "---\ntitle: 求人\ncompany: 株式会社テスト\nlocation: 東京\nemployment: 正社員\nurl: https://example.com/apply\nposted: 2025-10-01\n---\n",
};

const settings = { publicDir: "/nonexistent", now: new Date("2026-01-01T00:00:00Z") };

describe("checkSite", () => {
  test("schema errors, compile errors and lint findings in one sorted list, each with its severity", async () => {
    const root = fixture(SITE);
    const check = await checkSite({ root: path.join(root, "content"), cwd: root, settings });
    assert.equal(check.files, 5, "articles and jobs; categories.yml is read beside them");
    assert.deepEqual(check.problems.map(formatProblem).map((line) => line.replace(/^(\S+:\d+: \S+:) .*$/u, "$1")), [
      "content/articles/artifacts.md:10: separator:",
      "content/articles/bad-date.md:3: date:",
      "content/articles/links.md:8: broken-link:",
    ]);
    assert.deepEqual(check.problems.map((problem) => problem.severity ?? "error"), ["error", "error", "error"]);
  });

  test("article images: a host outside IMAGE_HOSTS and a missing file are errors, no alt and a small file warnings", async () => {
    const article = (name: string, image: string) => [`content/articles/${name}.md`, `---\ntitle: ${name}\ndate: 2025-10-08\ncategory: AI\n${image}---\n\n本文です。\n`];
    const root = tempFiles({
      ...Object.fromEntries([
        article("remote", "image: https://cdn.example.net/a.jpg\nimage_alt: 図\n"),
        article("allowed", "image: https://images.example.com/a.jpg\nimage_alt: 図\n"),
        article("missing", "header:\n  image: /images/missing.png\n  image_description: 図\n"),
        article("small", "image: /images/small.png\n"),
        article("wide", "image: /images/wide.png\nimage_alt: 図\n"),
      ]),
      "content/categories.yml": "- name: AI\n",
      "public/images/small.png": png(640, 360),
      "public/images/wide.png": png(1200, 630),
    }, "lint-run-images-");
    const check = await checkSite({
      root: path.join(root, "content"),
      cwd: root,
      settings: { ...settings, publicDir: path.join(root, "public"), imageHosts: ["images.example.com"] },
    });
    assert.deepEqual(reportLines(check), [
      "エラー（2 件）",
      "content/articles/missing.md:6: missing-image: 画像「/images/missing.png」がありません。public/images/missing.png に置くか、パスを直してください",
      "content/articles/remote.md:5: image: 画像のホスト cdn.example.net は許可されていません。public/ に画像を置くか、サイトの設定 IMAGE_HOSTS に cdn.example.net を加えてください",
      "",
      "警告（2 件）",
      "content/articles/small.md:5: image-alt: アイキャッチ画像（image）に代替テキストがありません。image_alt に画像の内容を書いてください",
      "content/articles/small.md:5: small-image: アイキャッチ画像「/images/small.png」は幅 640 px で、共有カードに使うには小さすぎます（幅 1200 px 以上にしてください）",
      "",
      "エラー 2 件・警告 2 件（5 ファイルを確認）",
    ]);
    const warningsOnly = { ...check, problems: check.problems.filter((problem) => problem.severity === "warning") };
    assert.equal(exitCode(warningsOnly, false), 0);
    assert.equal(exitCode(warningsOnly, true), 1);
  });

  test("a file or folder target narrows the report but links are still judged against the whole site", async () => {
    const root = fixture(SITE);
    const content = path.join(root, "content");
    const one = await checkSite({ root: content, cwd: root, target: "content/articles/artifacts.md", settings });
    assert.equal(one.files, 1);
    assert.deepEqual(one.problems.map((problem) => problem.rule), ["separator"]);
    const jobs = await checkSite({ root: content, cwd: root, target: path.join(content, "jobs"), settings });
    assert.deepEqual(jobs, { files: 1, problems: [] });
  });

  test("an author profile is checked as a content file of its own", async () => {
    const root = fixture({ ...SITE, "content/authors/sato.md": "---\nname: 佐藤\nportrait: /images/none.png\n---\n" });
    const check = await checkSite({ root: path.join(root, "content"), cwd: root, target: "content/authors/sato.md", settings });
    assert.equal(check.files, 1);
    assert.deepEqual(check.problems.map(formatProblem), [
      "content/authors/sato.md:3: portrait: 画像「/images/none.png」がありません。public/images/none.png に置くか、パスを直してください",
    ]);
  });

  test("every body is compiled, published or not; a cache skips the bodies it knows until their text or code changes", async () => {
    const broken = (extra: string) => `---\ntitle: 壊れた本文\ndate: 2025-10-11\n${extra}---\n\n<div>閉じていないタグ\n`;
    const root = fixture({
      "content/articles/published.mdx": broken(""),
      "content/articles/draft.mdx": broken("draft: true\n"),
      "content/articles/scheduled.mdx": broken("").replace("2025-10-11", "2030-01-01"),
      "content/articles/fine.mdx": "---\ntitle: 正しい本文\ndate: 2025-10-11\n---\n\n本文です。\n",
    });
    const content = path.join(root, "content");
    // The compiler's finding (field 本文); the lint rule for unclosed tags runs in any case.
    const compiled = (check: { problems: { file: string; field?: string }[] }) =>
      check.problems.filter((problem) => problem.field === "本文").map((problem) => problem.file);
    const all = ["content/articles/draft.mdx", "content/articles/published.mdx", "content/articles/scheduled.mdx"];
    const full = await checkSite({ root: content, cwd: root, settings });
    assert.deepEqual(compiled(full), all);

    const cacheFile = path.join(root, "cache", "bodies.json");
    const first = fileBodyCheckCache(cacheFile, "code-1");
    assert.deepEqual(await checkSite({ root: content, cwd: root, settings, bodyCache: first }), full);
    first.save();

    // The same bodies again: every result comes from the cache, so none is compiled.
    const again = fileBodyCheckCache(cacheFile, "code-1");
    let asked = 0;
    const counting = { ...again, get: (body: Parameters<typeof again.get>[0]) => { asked += 1; const found = again.get(body); assert.ok(found, body.file); return found; } };
    assert.deepEqual(await checkSite({ root: content, cwd: root, settings, bodyCache: counting }), full);
    assert.equal(asked, 4);
    again.save();

    // A fixed body is compiled again, and found fine.
    fs.writeFileSync(path.join(content, "articles", "published.mdx"), broken("").replace("<div>閉じていないタグ", "閉じたタグ"));
    const edited = fileBodyCheckCache(cacheFile, "code-1");
    assert.deepEqual(compiled(await checkSite({ root: content, cwd: root, settings, bodyCache: edited })), ["content/articles/draft.mdx", "content/articles/scheduled.mdx"]);

    // Other code: the cache is not trusted, and a stale result cannot survive.
    fs.writeFileSync(path.join(content, "articles", "published.mdx"), broken(""));
    const stale = fileBodyCheckCache(cacheFile, "code-2");
    assert.equal(stale.get({ file: "content/articles/fine.mdx", body: "\n本文です。\n", bodyStartLine: 4, format: "mdx" }), undefined);
    assert.deepEqual(compiled(await checkSite({ root: content, cwd: root, settings, bodyCache: stale })), all);
  });
});

describe("checkSite with a lint cache", () => {
  test("article-only findings come from the cache until the file changes; links are judged afresh every time", async () => {
    const root = fixture(SITE);
    const content = path.join(root, "content");
    const cacheFile = path.join(root, "cache", "lint.json");
    const full = await checkSite({ root: content, cwd: root, settings });

    const first = fileProblemCache(cacheFile, "code-1", articleOnlyInputs);
    assert.deepEqual(await checkSite({ root: content, cwd: root, settings, lintCache: first }), full);
    first.save();

    // Nothing changed: every article's own findings come from the cache.
    const again = fileProblemCache(cacheFile, "code-1", articleOnlyInputs);
    let hits = 0;
    const counting = { ...again, get: (article: Parameters<typeof again.get>[0]) => { const found = again.get(article); if (found) hits += 1; return found; } };
    assert.deepEqual(await checkSite({ root: content, cwd: root, settings, lintCache: counting }), full);
    assert.equal(hits, 3, "the three articles that parse");
    again.save();

    // The article a link pointed nowhere now exists: the link finding goes although links.md is unchanged.
    fs.writeFileSync(path.join(content, "articles", "nothing-here.md"), "---\ntitle: 新しい記事\ndate: 2025-10-12\ncategory: AI\ntags: [AI]\n---\n\n本文です。\n");
    // The separator is removed from artifacts.md: its own finding goes too.
    fs.writeFileSync(path.join(content, "articles", "artifacts.md"), SITE["content/articles/artifacts.md"].replace("\n---END---\n", "\n"));
    const edited = await checkSite({ root: content, cwd: root, settings, lintCache: fileProblemCache(cacheFile, "code-1", articleOnlyInputs) });
    assert.deepEqual(edited, await checkSite({ root: content, cwd: root, settings }));
    assert.deepEqual(edited.problems.map((problem) => problem.rule).filter((rule) => rule === "separator" || rule === "broken-link"), []);
  });
});

describe("report", () => {
  const check = {
    files: 18,
    problems: [
      { file: "a.md", line: 3, field: "date", message: "存在しない日付です" },
      { file: "a.md", line: 9, rule: "repeated-heading", severity: "warning" as const, message: "見出しの繰り返し" },
      { file: "b.md", line: 2, rule: "broken-link", severity: "error" as const, message: "ありません" },
    ],
  };

  test("errors and warnings apart, then the summary", () => {
    assert.deepEqual(reportLines(check), [
      "エラー（2 件）",
      "a.md:3: date: 存在しない日付です",
      "b.md:2: broken-link: ありません",
      "",
      "警告（1 件）",
      "a.md:9: repeated-heading: 見出しの繰り返し",
      "",
      "エラー 2 件・警告 1 件（18 ファイルを確認）",
    ]);
    assert.equal(summaryLine({ files: 3, problems: [] }), "コンテンツに問題はありません（3 ファイルを確認）");
  });

  test("fails on errors, and on warnings only when strict", () => {
    assert.equal(exitCode(check, false), 1);
    const warningsOnly = { files: 1, problems: check.problems.filter((problem) => problem.severity === "warning") };
    assert.equal(exitCode(warningsOnly, false), 0);
    assert.equal(exitCode(warningsOnly, true), 1);
    assert.equal(exitCode({ files: 1, problems: [] }, true), 0);
  });

  test("JSON for tools", () => {
    const json: unknown = JSON.parse(reportJson(check));
    assert.deepEqual(json, {
      files: 18,
      errors: 2,
      warnings: 1,
      problems: [
        { file: "a.md", line: 3, rule: null, field: "date", severity: "error", message: "存在しない日付です" },
        { file: "a.md", line: 9, rule: "repeated-heading", field: null, severity: "warning", message: "見出しの繰り返し" },
        { file: "b.md", line: 2, rule: "broken-link", field: null, severity: "error", message: "ありません" },
      ],
    });
  });

  test("every rule id is unique, with a severity and a Japanese description", () => {
    const catalog = ruleCatalog();
    assert.equal(new Set(catalog.map((rule) => rule.id)).size, catalog.length);
    assert.ok(catalog.length >= 20);
    for (const rule of catalog) assert.match(rule.description, /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u, rule.id);
  });

  test("the editors' guide (content/README.md) explains every rule", () => {
    const guide = fs.readFileSync(path.resolve("content/README.md"), "utf8");
    for (const rule of ruleCatalog()) {
      const row = guide.split("\n").find((line) => line.startsWith(`| \`${rule.id}\` |`));
      assert.ok(row, rule.id);
      assert.ok(row.includes(rule.severity === "error" ? "| エラー |" : "| 警告 |"), `${rule.id} is documented with its severity`);
    }
  });
});

describe("npm run check:content", () => {
  const run = promisify(execFile);
  const script = path.resolve("scripts/check-content.ts");
  const tsx = path.resolve("node_modules/.bin/tsx");

  async function cli(args: string[], contentDir: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const { stdout, stderr } = await run(tsx, [script, ...args], { env: { ...process.env, CONTENT_DIR: contentDir, ...env } });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
    }
  }

  test("fails on errors with file:line; prints warnings without failing, and --strict fails on them; --json and a path argument", async () => {
    const root = fixture({
      "content/categories.yml": "- name: AI\n",
      "content/articles/artifacts.md": SITE["content/articles/artifacts.md"].replace("[前の記事](/articles/good)を", "前の記事を").replace("tags: [AI]\n", ""),
      "content/articles/unfinished.md": "---\ntitle: 書きかけの記事\ndate: 2025-10-10\ncategory: AI\n---\n\n本文が途中で\n",
    });
    const content = path.join(root, "content");
    const unfinished = path.join(content, "articles", "unfinished.md");

    const all = await cli([], content);
    assert.equal(all.code, 1);
    assert.match(all.stderr, /^エラー（1 件）\n.*artifacts\.md:9: separator: 区切りの残骸「---END---」があります。この行を消し/mu);
    assert.match(all.stderr, /^警告（1 件）\n.*unfinished\.md:7: cut-sentence-end:/mu);
    assert.match(all.stderr, /エラー 1 件・警告 1 件（2 ファイルを確認）/u);

    const warned = await cli([unfinished], content);
    assert.equal(warned.code, 0);
    assert.match(warned.stdout, /エラー 0 件・警告 1 件（1 ファイルを確認）/u);
    assert.equal((await cli(["--strict", unfinished], content)).code, 1);

    const json = await cli(["--json"], content);
    const parsed: unknown = JSON.parse(json.stdout);
    assert.ok(typeof parsed === "object" && parsed !== null && "errors" in parsed && "warnings" in parsed && "files" in parsed);
    assert.deepEqual([parsed.errors, parsed.warnings, parsed.files], [1, 1, 2]);

    // An operator's old setting is named, and changes nothing: categories come from categories.yml.
    const retired = await cli([], content, { SITE_CATEGORIES: "AI,雑記" });
    assert.equal(retired.code, 1);
    assert.match(retired.stderr, /^注意: SITE_CATEGORIES は使われなくなりました。.*content\/categories\.yml/mu);

    const missing = await cli([path.join(root, "nothing.md")], content);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /が見つかりません/u);
  });
});
