import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent, listContentFiles, type LoadedContent, type LoadOptions } from "./load";
import { formatProblem, type ContentProblem } from "./problems";
import { termLookups } from "./term-lookups";
import { png } from "../testing/png";
import { tempDir, tempFiles, writeFiles } from "../testing/temp-files";

/** A content folder in a temp dir: keys are paths under it (`articles/foo.md`), values the file text. */
function fixture(files: Record<string, string>): string {
  const root = tempFiles(files, "content-load-test-");
  for (const folder of ["articles", "jobs"]) fs.mkdirSync(path.join(root, folder), { recursive: true });
  return root;
}

/** Now: 2026-01-01 12:00 JST. */
const NOW = new Date("2026-01-01T03:00:00Z");

function load(files: Record<string, string>, options: Partial<LoadOptions> = {}): LoadedContent {
  const root = fixture(files);
  return loadContent({ root, includeDrafts: false, now: NOW, cwd: root, imageHosts: [], ...options });
}

/** A file from front matter lines and a body. */
function md(frontMatter: string[], body = "本文です。\n"): string {
  return ["---", ...frontMatter, "---", body].join("\n");
}

function post(title: string, date = "2025-10-08", extra: string[] = [], body?: string): string {
  return md([`title: ${title}`, `date: ${date}`, ...extra], body);
}

function jobFile(extra: string[], overrides: Record<string, string> = {}): string {
  const fields: Record<string, string> = {
    title: "AIエンジニア",
    company: "株式会社テスト",
    location: "東京都",
    employment: "正社員",
    url: "https://example.com/apply",
    posted: "2025-10-01",
    ...overrides,
  };
  return md([...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), ...extra], "仕事内容です。\n");
}

function problemsFor(loaded: LoadedContent, file: string): ContentProblem[] {
  return loaded.problems.filter((p) => p.file === file);
}

describe("loadContent: a Jekyll-style post", () => {
  const loaded = load({
    "articles/2025-10-08-genai-funding.md": [
      "---",
      "layout: post",
      'title: "生成AIスタートアップの資金調達動向"',
      "date: 2025-10-08 02:01:53 +0000",
      "categories: [AI, 投資]",
      "tags: [生成AI, スタートアップ]",
      "author: 編集部",
      "---",
      "生成AIスタートアップの資金調達動向",
      "",
      "2025年に入り、生成AIを手がけるスタートアップへの投資が続いています。",
      "",
    ].join("\n"),
  });
  const article = loaded.articles[0];

  test("builds without problems", () => {
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.articles.length, 1);
    assert.equal(loaded.fileCount, 1);
  });

  test("slug and path come from the file name without the date prefix", () => {
    assert.equal(article?.slug, "genai-funding");
    assert.equal(article?.path, "/articles/genai-funding");
    assert.equal(article?.sourcePath, "articles/2025-10-08-genai-funding.md");
    assert.equal(article?.format, "md");
  });

  test("fields are read and normalised", () => {
    assert.equal(article?.title, "生成AIスタートアップの資金調達動向");
    assert.equal(article?.date.toISOString(), "2025-10-08T02:01:53.000Z");
    assert.equal(article?.updated, null);
    assert.equal(article?.author?.name, "編集部");
    assert.equal(article?.author?.path, "/authors/%E7%B7%A8%E9%9B%86%E9%83%A8");
    assert.equal(article?.draft, false);
    assert.deepEqual(article?.categories.map((c) => c.name), ["AI", "投資"]);
    assert.equal(article?.category?.name, "AI", "the first Jekyll category is the primary one");
    assert.equal(article?.category?.path, "/categories/AI");
    assert.deepEqual(article?.tags.map((t) => t.name), ["生成AI", "スタートアップ"]);
  });

  test("the excerpt skips the title pasted as the first line", () => {
    assert.equal(article?.excerpt, "2025年に入り、生成AIを手がけるスタートアップへの投資が続いています。");
  });

  test("body and the file line where it starts", () => {
    assert.equal(article?.bodyStartLine, 9);
    assert.match(article?.body ?? "", /^生成AIスタートアップの資金調達動向\n/);
    assert.equal(article?.readingMinutes, 1);
  });

  test("tags and categories lists are built", () => {
    assert.deepEqual(loaded.tags.map((t) => [t.name, t.articles.length]), [["スタートアップ", 1], ["生成AI", 1]]);
    assert.deepEqual(loaded.categories.map((t) => t.name).sort(), ["AI", "投資"]);
  });
});

describe("loadContent: slugs", () => {
  test("front matter slug wins over the file name", () => {
    const loaded = load({ "articles/2025-10-08-長い日本語のファイル名.md": post("記事", "2025-10-08", ["slug: short-slug"]) });
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.articles[0]?.slug, "short-slug");
    assert.equal(loaded.articles[0]?.path, "/articles/short-slug");
  });

  test("file name, with .mdx and in a year folder", () => {
    const loaded = load({ "articles/2026/llm-inference-cost.mdx": post("LLM推論コスト") });
    assert.equal(loaded.articles[0]?.slug, "llm-inference-cost");
    assert.equal(loaded.articles[0]?.format, "mdx");
    assert.equal(loaded.articles[0]?.sourcePath, "articles/2026/llm-inference-cost.mdx");
  });

  test("a Japanese file name gives an encoded path; an NFD (macOS) name gives an NFC slug", () => {
    const name = "ガイドブック";
    const loaded = load({ [`articles/${name.normalize("NFD")}.md`]: post("ガイド") });
    assert.equal(loaded.articles[0]?.slug, name);
    assert.equal(loaded.articles[0]?.path, `/articles/${encodeURIComponent(name)}`);
  });

  test("a file name that cannot be a slug asks for a slug", () => {
    const loaded = load({ "articles/my first post.md": post("記事") });
    assert.equal(loaded.articles.length, 0);
    const [problem] = problemsFor(loaded, "articles/my first post.md");
    assert.equal(problem?.field, "slug");
    assert.match(problem?.message ?? "", /slug を指定してください/);
  });

  test("the same slug from two file names is reported on both files, naming the other", () => {
    const loaded = load({
      "articles/2025-10-08-ai-news.md": post("一つ目"),
      "articles/2026/ai-news.mdx": post("二つ目", "2025-11-01"),
    });
    const first = problemsFor(loaded, "articles/2025-10-08-ai-news.md");
    const second = problemsFor(loaded, "articles/2026/ai-news.mdx");
    assert.equal(first.length, 1);
    assert.equal(second.length, 1);
    assert.equal(first[0]?.field, "slug");
    assert.match(first[0]?.message ?? "", /"ai-news"/);
    assert.ok(first[0]?.message.includes("articles/2026/ai-news.mdx"), first[0]?.message);
    assert.ok(second[0]?.message.includes("articles/2025-10-08-ai-news.md"), second[0]?.message);
  });

  test("a front-matter slug that collides with a file name points at the slug: line", () => {
    const loaded = load({
      "articles/a.md": post("A", "2025-10-08", ["tags: [AI]", "slug: b"]),
      "articles/b.md": post("B"),
    });
    const a = problemsFor(loaded, "articles/a.md");
    const b = problemsFor(loaded, "articles/b.md");
    assert.equal(a[0]?.line, 5);
    assert.ok(a[0]?.message.includes("articles/b.md"));
    assert.ok(b[0]?.message.includes("articles/a.md"));
  });

  test("a draft still claims its slug", () => {
    const loaded = load({
      "articles/x.md": post("公開", "2025-10-08"),
      "articles/2025-01-01-x.md": post("下書き", "2025-01-01", ["draft: true"]),
    });
    assert.equal(loaded.problems.length, 2);
  });
});

describe("loadContent: what is published", () => {
  const files = {
    "articles/published.md": post("公開済み", "2025-12-01"),
    "articles/draft.md": post("下書き", "2025-12-02", ["draft: true"]),
    "articles/draft-yes.md": post("下書き2", "2025-12-03", ["draft: yes"]),
    "articles/tomorrow.md": post("明日の記事", "2026-01-02"),
  };

  test("drafts are excluded unless includeDrafts", () => {
    assert.deepEqual(load(files).articles.map((a) => a.slug), ["published"]);
    const withDrafts = load(files, { includeDrafts: true });
    assert.deepEqual(withDrafts.articles.map((a) => a.slug), ["draft-yes", "draft", "published"]);
    assert.equal(withDrafts.articles.find((a) => a.slug === "draft")?.draft, true);
  });

  test("a future-dated article is not published, but is still checked", () => {
    const loaded = load(files, { includeDrafts: true });
    assert.ok(!loaded.articles.some((a) => a.slug === "tomorrow"));
    assert.ok(loaded.sources.some((s) => s.slug === "tomorrow"));
    assert.equal(loaded.sources.length, 4);
  });

  test("an article dated today (JST) is published from JST midnight", () => {
    const today = { "articles/today.md": post("今日", "2026-01-02") };
    // 2026-01-01T14:59:59Z is 23:59:59 on Jan 1 in Japan; 15:00Z is midnight Jan 2.
    assert.equal(load(today, { now: new Date("2026-01-01T14:59:59Z") }).articles.length, 0);
    assert.equal(load(today, { now: new Date("2026-01-01T15:00:00Z") }).articles.length, 1);
  });

  test("articles are newest first; ties by slug", () => {
    const loaded = load({
      "articles/b.md": post("B", "2025-10-08"),
      "articles/a.md": post("A", "2025-10-08"),
      "articles/new.md": post("New", "2025-10-08T10:00:00+09:00"),
      "articles/old.md": post("Old", "2024-01-01"),
    });
    assert.deepEqual(loaded.articles.map((a) => a.slug), ["new", "a", "b", "old"]);
  });

  test("only .md/.mdx files count; dotfiles and other files are ignored", () => {
    const loaded = load({
      "articles/ok.md": post("OK"),
      "articles/notes.txt": "メモ",
      "articles/.hidden.md": "not a post",
      "articles/image.png": "x",
    });
    assert.equal(loaded.fileCount, 1);
    assert.deepEqual(loaded.problems, []);
  });

  test("missing articles/ and jobs/ folders give empty content", () => {
    const root = tempDir("content-load-empty-");
    const loaded = loadContent({ root, includeDrafts: false, now: NOW, cwd: root, imageHosts: [] });
    assert.deepEqual([loaded.articles, loaded.jobs, loaded.problems, loaded.fileCount], [[], [], [], 0]);
  });
});

describe("loadContent: tags and categories", () => {
  const loaded = load({
    "articles/one.md": post("1", "2025-10-01", ["tags: [AI, Rust]"]),
    "articles/two.md": post("2", "2025-10-02", ["tags: ai"]),
    "articles/three.md": post("3", "2025-10-03", ["tags: [ai, ai]"]),
    "articles/four.md": post("4", "2025-10-04", ["tags: [ＡＩ]", "category: キャリア", "categories: [ｷｬﾘｱ, 投資]"]),
  });

  test("AI, ai and ＡＩ are one tag with every article counted once", () => {
    const ai = loaded.tags.filter((t) => t.key === "ai");
    assert.equal(ai.length, 1);
    assert.equal(ai[0]?.articles.length, 4);
    assert.deepEqual(ai[0]?.articles.map((a) => a.slug), ["four", "three", "two", "one"]);
    assert.deepEqual(loaded.tags.map((t) => [t.key, t.articles.length]), [["ai", 4], ["rust", 1]]);
  });

  test("every article shows the majority spelling (ai), even the newest that wrote ＡＩ", () => {
    const spellings = new Set(loaded.articles.flatMap((a) => a.tags.filter((t) => t.key === "ai").map((t) => t.name)));
    assert.deepEqual([...spellings], ["ai"]);
    assert.equal(loaded.tags[0]?.path, "/tags/ai");
  });

  test("an article listing one tag twice shows it once", () => {
    assert.equal(loaded.articles.find((a) => a.slug === "three")?.tags.length, 1);
  });

  test("category and categories merge without duplicates", () => {
    const four = loaded.articles.find((a) => a.slug === "four");
    assert.deepEqual(four?.categories.map((c) => c.key), ["キャリア", "投資"]);
    assert.equal(four?.category?.name, "キャリア");
  });

  test("terms only count published articles", () => {
    const withFuture = load({
      "articles/now.md": post("今", "2025-10-01", ["tags: [Rust]"]),
      "articles/later.md": post("後", "2030-01-01", ["tags: [Go]"]),
    });
    assert.deepEqual(withFuture.tags.map((t) => t.name), ["Rust"]);
  });
});

describe("loadContent: front matter values", () => {
  test("excerpt, description, summary, then derived", () => {
    const loaded = load({
      "articles/a.md": post("A", "2025-10-04", ["excerpt: 抜粋", "description: 説明"]),
      "articles/b.md": post("B", "2025-10-03", ["description: 説明", "summary: 要約"]),
      "articles/c.md": post("C", "2025-10-02", ["summary: 要約"]),
      "articles/d.md": post("D", "2025-10-01", [], "## 見出し\n\n本文から。\n"),
    });
    assert.deepEqual(loaded.articles.map((a) => a.excerpt), ["抜粋", "説明", "要約", "本文から。"]);
  });

  test("reading_time from front matter wins over the computed one", () => {
    const long = "あ".repeat(2000);
    const loaded = load({
      "articles/given.md": post("A", "2025-10-02", ["reading_time: 8"], long),
      "articles/computed.md": post("B", "2025-10-01", [], long),
    });
    assert.deepEqual(loaded.articles.map((a) => a.readingMinutes), [8, 4]);
  });
});

describe("loadContent: problems carry file, line and field", () => {
  test("an impossible date points at the date: line", () => {
    const loaded = load({ "articles/bad-date.md": md(["title: 記事", "tags: [AI]", "date: 2025-02-30"]) });
    assert.deepEqual(loaded.problems, [
      { file: "articles/bad-date.md", line: 4, field: "date", message: '"2025-02-30" は存在しない日付です' },
    ]);
    assert.equal(formatProblem(loaded.problems[0]!), 'articles/bad-date.md:4: date: "2025-02-30" は存在しない日付です');
    assert.equal(loaded.articles.length, 0);
  });

  test("a missing title points at the front matter's first line", () => {
    const loaded = load({ "articles/no-title.md": md(["date: 2025-10-08"]) });
    assert.deepEqual(loaded.problems, [{ file: "articles/no-title.md", line: 1, field: "title", message: "必須です" }]);
  });

  test("tags of the wrong type point at the tags: line", () => {
    const loaded = load({ "articles/bad-tags.md": md(["title: 記事", "date: 2025-10-08", "", "tags:", "  AI: true"]) });
    const [problem] = loaded.problems;
    assert.equal(problem?.line, 5);
    assert.equal(problem?.field, "tags");
    assert.match(problem?.message ?? "", /文字列か文字列の配列/);
  });

  test("a file without front matter, an unclosed one, an empty one", () => {
    const loaded = load({
      "articles/plain.md": "# タイトル\n\n本文\n",
      "articles/unclosed.md": "---\ntitle: a\n\n本文\n",
      "articles/empty.md": "",
    });
    assert.equal(loaded.fileCount, 3);
    assert.equal(loaded.articles.length, 0);
    assert.equal(problemsFor(loaded, "articles/plain.md")[0]?.line, 1);
    assert.match(problemsFor(loaded, "articles/unclosed.md")[0]?.message ?? "", /閉じられていません/);
    assert.match(problemsFor(loaded, "articles/empty.md")[0]?.message ?? "", /空/);
  });

  test("broken YAML is reported", () => {
    const loaded = load({ "articles/yaml.md": md(["title: a", "date: 2025-10-08", "tags: [AI, Rust"]) });
    assert.match(loaded.problems[0]?.message ?? "", /YAML/);
  });

  test("one problem per field, all in one run, each formatted path:line: field: message", () => {
    const loaded = load({
      "articles/many.md": md(["title: ''", "date: 2025-13-01", "reading_time: たくさん", "draft: maybe", "slug: a/b"]),
      "jobs/bad-url.md": jobFile([], { url: "javascript:alert(1)" }),
      "jobs/ftp.md": jobFile([], { url: "ftp://example.com/job" }),
      "jobs/bad-expiry.md": jobFile(["expires: 2026-02-30"]),
      "jobs/reversed.md": jobFile(["expires: 2025-09-30"]),
    });
    const formatted = loaded.problems.map(formatProblem).sort();
    assert.deepEqual(formatted.length, 9, formatted.join("\n"));
    for (const line of formatted) assert.match(line, /^(articles|jobs)\/[\w-]+\.md:\d+: [a-z_]+: \S/u, line);
    assert.deepEqual(
      loaded.problems.filter((p) => p.file === "articles/many.md").map((p) => [p.line, p.field]).sort(),
      [[2, "title"], [3, "date"], [4, "reading_time"], [5, "draft"], [6, "slug"]],
    );
    assert.deepEqual(
      loaded.problems.filter((p) => p.file.startsWith("jobs/")).map((p) => [p.file, p.line, p.field]).sort(),
      [
        ["jobs/bad-expiry.md", 8, "expires"],
        ["jobs/bad-url.md", 6, "url"],
        ["jobs/ftp.md", 6, "url"],
        ["jobs/reversed.md", 8, "expires"],
      ],
    );
    assert.equal(loaded.jobs.length, 0);
  });
});

describe("loadContent: article images", () => {
  /** Content in `content/`, public files in `public/`, both below the folder messages are relative to. */
  function loadWithPublic(files: Record<string, string>, imageHosts: string[] = []): LoadedContent {
    const cwd = tempDir("content-image-test-");
    writeFiles(cwd, {
      ...Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/${name}`, text])),
      "public/images/cover.png": png(1600, 900),
      "public/images/図 1.png": png(800, 600),
    });
    return loadContent({ root: path.join(cwd, "content"), includeDrafts: false, now: NOW, cwd, imageHosts });
  }

  test("a local image gets its size from public/, raw or percent-encoded names", () => {
    const loaded = loadWithPublic({
      "articles/a.md": post("A", "2025-10-08", ["image: /images/cover.png", "image_alt: 表紙", "image_caption: 筆者撮影"]),
      "articles/b.md": post("B", "2025-10-07", ["header:", "  image: /images/%E5%9B%B3%201.png"]),
      "articles/c.md": post("C", "2025-10-06"),
    });
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(
      loaded.articles.map((article) => article.image),
      [
        { src: "/images/cover.png", alt: "表紙", caption: "筆者撮影", width: 1600, height: 900 },
        { src: "/images/%E5%9B%B3%201.png", alt: "", caption: null, width: 800, height: 600 },
        null,
      ],
    );
  });

  test("a remote image on an allowed host has no size", () => {
    const loaded = loadWithPublic(
      { "articles/a.md": post("A", "2025-10-08", ["image:", "  path: https://Images.Example.com/a.jpg", "  alt: 図"]) },
      ["images.example.com"],
    );
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.articles[0]?.image, { src: "https://Images.Example.com/a.jpg", alt: "図", caption: null, width: null, height: null });
  });

  test("a remote image on any other host is an error naming the host and IMAGE_HOSTS, drafts too", () => {
    const loaded = loadWithPublic(
      {
        "articles/a.md": post("A", "2025-10-08", ["header:", "  teaser: /images/cover.png", "  image: https://cdn.example.net/a.jpg"]),
        "articles/b.md": post("B", "2025-10-08", ["draft: true", "image: https://images.example.com.evil.test/b.jpg"]),
      },
      ["images.example.com"],
    );
    assert.deepEqual(loaded.articles, []);
    assert.deepEqual(loaded.sources, []);
    assert.deepEqual(loaded.problems.map(formatProblem), [
      "content/articles/a.md:6: header.image: 画像のホスト cdn.example.net は許可されていません。public/ に画像を置くか、サイトの設定 IMAGE_HOSTS に cdn.example.net を加えてください",
      "content/articles/b.md:5: image: 画像のホスト images.example.com.evil.test は許可されていません。public/ に画像を置くか、サイトの設定 IMAGE_HOSTS に images.example.com.evil.test を加えてください",
    ]);
  });

  test("an http image is refused by the schema, on its line", () => {
    const loaded = loadWithPublic({ "articles/a.md": post("A", "2025-10-08", ["image:", "  path: http://images.example.com/a.jpg"]) }, ["images.example.com"]);
    assert.deepEqual(loaded.problems.map(formatProblem), [
      'content/articles/a.md:5: image.path: 画像は https の URL にしてください（"http://images.example.com/a.jpg" は http です）',
    ]);
  });
});

describe("loadContent: jobs", () => {
  test("a valid job", () => {
    const loaded = load({ "jobs/ai-engineer.md": jobFile(["tags: [AI, ＬＬＭ]", "category: テクノロジー", "salary: 年収800万円〜"]) });
    assert.deepEqual(loaded.problems, []);
    const [job] = loaded.jobs;
    assert.equal(job?.id, "ai-engineer");
    assert.equal(job?.sourcePath, "jobs/ai-engineer.md");
    assert.equal(job?.company, "株式会社テスト");
    assert.equal(job?.salary, "年収800万円〜");
    assert.deepEqual(job?.tags, ["AI", "ＬＬＭ"]);
    assert.deepEqual([...(job?.tagKeys ?? [])], ["ai", "llm"]);
    assert.equal(job?.categoryKey, "テクノロジー");
    assert.equal(job?.posted.toISOString(), "2025-09-30T15:00:00.000Z");
    assert.equal(job?.expires, null);
    assert.equal(job?.isOpen, true, "no expiry: open");
    assert.equal(job?.body, "仕事内容です。\n");
  });

  test("jobs are newest first and include closed ones", () => {
    const loaded = load({
      "jobs/old.md": jobFile([], { posted: "2025-01-01" }),
      "jobs/new.md": jobFile([], { posted: "2025-12-01" }),
      "jobs/closed.md": jobFile(["expires: 2025-06-30"], { posted: "2025-06-01" }),
    });
    assert.deepEqual(loaded.jobs.map((j) => [j.id, j.isOpen]), [["new", true], ["closed", false], ["old", true]]);
  });

  test("the expires day counts as open through 23:59:59 JST", () => {
    const files = { "jobs/ends-today.md": jobFile(["expires: 2025-10-08"]) };
    const isOpenAt = (iso: string) => load(files, { now: new Date(iso) }).jobs[0]?.isOpen;
    assert.equal(isOpenAt("2025-10-08T03:00:00Z"), true, "noon JST on the day");
    assert.equal(isOpenAt("2025-10-08T14:59:59.999Z"), true, "23:59:59.999 JST on the day");
    assert.equal(isOpenAt("2025-10-08T15:00:00Z"), false, "midnight JST the next day");
    assert.equal(isOpenAt("2025-10-09T03:00:00Z"), false);
  });

  test("expires before posted is an error on the expires: line and the job is left out", () => {
    const loaded = load({ "jobs/reversed.md": jobFile(["expires: 2025-09-30"]) });
    assert.equal(loaded.jobs.length, 0);
    const [problem] = loaded.problems;
    assert.equal(problem?.field, "expires");
    assert.equal(problem?.line, 8);
    assert.match(problem?.message ?? "", /posted/);
  });

  test("expires on the posted day is fine", () => {
    const loaded = load({ "jobs/one-day.md": jobFile(["expires: 2025-10-01"]) });
    assert.deepEqual(loaded.problems, []);
  });

  test("the same job id in two folders is reported on both", () => {
    const loaded = load({ "jobs/2025/dev.md": jobFile([]), "jobs/2026/dev.md": jobFile([]) });
    assert.equal(loaded.problems.length, 2);
    assert.ok(loaded.problems.every((p) => p.field === "id"));
    assert.ok(problemsFor(loaded, "jobs/2025/dev.md")[0]?.message.includes("jobs/2026/dev.md"));
    assert.ok(problemsFor(loaded, "jobs/2026/dev.md")[0]?.message.includes("jobs/2025/dev.md"));
  });

  test("a job file name that cannot be an id", () => {
    const loaded = load({ "jobs/AI engineer.md": jobFile([]) });
    assert.equal(loaded.jobs.length, 0);
    assert.match(problemsFor(loaded, "jobs/AI engineer.md")[0]?.message ?? "", /求人 ID/);
  });
});

describe("listContentFiles", () => {
  test("recursive, sorted, .md/.mdx only", () => {
    const root = fixture({ "articles/b.md": "", "articles/2026/a.mdx": "", "articles/x.MD": "", "articles/y.txt": "" });
    const files = listContentFiles(path.join(root, "articles")).map((f) => path.relative(root, f).split(path.sep).join("/"));
    assert.deepEqual(files, ["articles/2026/a.mdx", "articles/b.md", "articles/x.MD"]);
  });

  test("a missing folder is empty", () => {
    assert.deepEqual(listContentFiles(path.join(os.tmpdir(), "definitely-missing-content-folder")), []);
  });
});

describe("the editors' lists", () => {
  const lists = {
    "categories.yml": "- name: Web3\n- name: 投資分析\n  slug: investment\n  description: 投資の記事\n- name: AI\n",
    "tags.yml": "- name: 機械学習\n  description: 学習の記事\n  aliases: [machine learning]\n",
  };

  test("categories come in the file's order with their slug's address and description", () => {
    const loaded = load({
      ...lists,
      "articles/a.md": post("A", "2025-10-08", ["category: AI"]),
      "articles/b.md": post("B", "2025-10-09", ["category: AI"]),
      "articles/c.md": post("C", "2025-10-10", ["category: 投資分析"]),
    });
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual(loaded.categories.map((term) => [term.name, term.path, term.order, term.description]), [
      ["投資分析", "/categories/investment", 1, "投資の記事"],
      ["AI", "/categories/AI", 2, null],
    ]);
    assert.equal(loaded.articles.find((article) => article.title === "C")?.category?.segment, "investment");
    assert.equal(termLookups(loaded).categories.get("investment")?.name, "投資分析", "the slug reaches the category");
  });

  test("an alias files articles and jobs under its tag, shown with the tag's name", () => {
    const loaded = load({
      ...lists,
      "articles/a.md": post("A", "2025-10-08", ["tags: [machine learning, 機械学習]"]),
      "articles/b.md": post("B", "2025-10-09", ["tags: [Machine Learning]"]),
      "jobs/ml.md": jobFile(["tags: [machine learning]"]),
    });
    assert.deepEqual(loaded.tags.map((term) => [term.name, term.key, term.description, term.articles.length]), [["機械学習", "機械学習", "学習の記事", 2]]);
    assert.deepEqual(loaded.articles.find((article) => article.title === "A")?.tags.map((tag) => tag.name), ["機械学習"]);
    assert.equal(termLookups(loaded).tags.get("machine learning")?.name, "機械学習", "the alias reaches the tag");
    assert.deepEqual([...(loaded.jobs[0]?.tagKeys ?? [])], ["machine learning", "機械学習"], "the job filter's spelling and the tag's");
  });

  test("a broken list fails the load with its file and line", () => {
    const loaded = load({ "categories.yml": "- name: AI\n- title: Web3\n", "articles/a.md": post("A") });
    assert.deepEqual(loaded.problems.map((problem) => `${path.basename(problem.file)}:${problem.line}`), ["categories.yml:2", "categories.yml:2"]);
  });
});

describe("redirect_from", () => {
  test("old addresses of published articles lead to them, in the form they are compared", () => {
    const loaded = load({
      "articles/2025-10-08-a.md": post("A", "2025-10-08", ["redirect_from: [/2025/10/08/a/, /old/a.html]"]),
      "articles/b.md": post("B", "2025-10-09", ["redirect_from: /blog/ビー/"]),
      "articles/draft.md": post("D", "2025-10-09", ["draft: true", "redirect_from: /blog/draft/"]),
    });
    assert.deepEqual(loaded.problems, []);
    assert.deepEqual([...loaded.redirects], [
      ["/2025/10/08/a", "/articles/a"],
      ["/old/a.html", "/articles/a"],
      ["/blog/ビー", "/articles/b"],
    ]);
  });

  test("one old address claimed by two articles, and a path of this site, are problems on the field's line", () => {
    const loaded = load({
      "articles/a.md": post("A", "2025-10-08", ["redirect_from: /2025/a/"]),
      "articles/b.md": post("B", "2025-10-09", ["redirect_from: [/2025/a]"]),
      "articles/c.md": post("C", "2025-10-10", ["redirect_from: /tags/AI"]),
    });
    const lines = loaded.problems.map(formatProblem).map((line) => line.replace(/^.*articles\//u, "")).sort();
    assert.equal(lines.length, 2);
    assert.equal(
      lines[1],
      "c.md:4: redirect_from: 「/tags/AI」はこのサイト自身のページ（/tags/…）と重なるため転送できません。記事の slug を旧 URL に合わせるか、この行を消してください",
    );
    assert.match(loaded.problems.map(formatProblem).find((line) => line.includes("b.md")) ?? "", /b\.md:4: redirect_from: 旧 URL「\/2025\/a」は .*articles\/a\.md も使っています/u);
  });
});
