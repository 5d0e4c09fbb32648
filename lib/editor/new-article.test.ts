import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { splitFrontMatter } from "../content/front-matter";
import { articleFrontMatterSchema } from "../content/schema";
import { checkSite } from "../lint/run";
import { chooseSlug, newArticleText, takenSlugs, writeNewArticle } from "./new-article";
import { tempDir } from "../testing/temp-files";

describe("newArticleText", () => {
  test("front matter the schema accepts: the title, the date now in JST, a draft", () => {
    const now = new Date("2025-10-08T02:01:53Z");
    const text = newArticleText({ title: '「AI」と "Web3"：次の10年 #1', date: now, tags: ["AI", "Web3"] });
    assert.match(text, /^date: 2025-10-08T11:01:53\+09:00$/mu);
    const split = splitFrontMatter(text);
    assert.ok(split.ok);
    const parsed = articleFrontMatterSchema.parse(split.file.data);
    assert.equal(parsed.title, '「AI」と "Web3"：次の10年 #1');
    assert.equal(parsed.date?.getTime(), now.getTime());
    assert.equal(parsed.draft, true);
    assert.deepEqual(parsed.tags, ["AI", "Web3"]);
    assert.equal(parsed.author, "編集部");
    assert.equal(parsed.category, null);
  });
});

describe("chooseSlug", () => {
  const taken = new Set(["llm-cost", "existing"]);

  test("from the title, numbered when taken", () => {
    assert.deepEqual(chooseSlug("LLM Costの話", undefined, taken), { ok: true, slug: "llm-cost-2" });
  });

  test("the editor's slug, normalised, or refused when taken or not ASCII", () => {
    assert.deepEqual(chooseSlug("LLMの推論コスト", "LLM Inference", taken), { ok: true, slug: "llm-inference" });
    assert.equal(chooseSlug("x", "existing", taken).ok, false);
    const invalid = chooseSlug("x", "推論", taken);
    assert.ok(!invalid.ok && invalid.reason === "invalid");
  });

  test("a Japanese-only title needs a slug", () => {
    const choice = chooseSlug("機械学習エンジニアへのキャリアチェンジ", undefined, taken);
    assert.ok(!choice.ok && choice.reason === "needs-slug");
    assert.match(choice.message, /--slug/u);
  });
});

describe("writeNewArticle", () => {
  test("writes a draft that passes the content check, sees every slug in use, and never overwrites", async () => {
    const cwd = tempDir("new-article-test-");
    const root = path.join(cwd, "content");
    fs.mkdirSync(path.join(root, "articles"), { recursive: true });
    fs.writeFileSync(path.join(root, "categories.yml"), "- name: AI\n- name: 投資分析\n");
    fs.writeFileSync(path.join(root, "articles", "2025-10-08-llm.md"), "---\ntitle: 既存\ndate: 2025-10-08\n---\n\n本文。\n");
    fs.writeFileSync(path.join(root, "articles", "named.md"), "---\ntitle: 名前\ndate: 2025-10-08\nslug: custom\n---\n\n本文。\n");
    assert.deepEqual([...takenSlugs(root)].sort(), ["custom", "llm", "named"]);

    const file = writeNewArticle(root, "llm-cost", { title: "LLMのコスト", date: new Date(), category: "AI" });
    assert.equal(file, path.join(root, "articles", "llm-cost.mdx"));
    const check = await checkSite({ root, cwd, target: file });
    assert.deepEqual(check.problems.filter((problem) => (problem.severity ?? "error") === "error"), []);
    assert.throws(() => writeNewArticle(root, "llm-cost", { title: "別", date: new Date() }), /EEXIST/u);
  });
});

describe("npm run new", () => {
  const run = promisify(execFile);
  const tsx = path.resolve("node_modules/.bin/tsx");
  const script = path.resolve("scripts/new-article.ts");

  async function cli(args: string[], cwd: string): Promise<{ code: number; output: string }> {
    const env = { ...process.env };
    delete env.CONTENT_DIR;
    try {
      const { stdout, stderr } = await run(tsx, [script, ...args], { cwd, env });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string; stderr?: string };
      return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
    }
  }

  test("from a clean folder: writes content/articles/<slug>.mdx, or asks for --slug when not interactive", async () => {
    const cwd = tempDir("new-article-test-");
    const made = await cli(["Rust導入の現場から", "--tags", "Rust, セキュリティ"], cwd);
    assert.equal(made.code, 0, made.output);
    assert.match(made.output, /content\/articles\/rust\.mdx を作りました/u);
    const text = fs.readFileSync(path.join(cwd, "content", "articles", "rust.mdx"), "utf8");
    assert.match(text, /^title: "Rust導入の現場から"$/mu);
    assert.match(text, /^tags: \["Rust", "セキュリティ"\]$/mu);
    assert.match(text, /^date: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/mu);

    const again = await cli(["Rust導入の現場から"], cwd);
    assert.equal(again.code, 0, again.output);
    assert.ok(fs.existsSync(path.join(cwd, "content", "articles", "rust-2.mdx")));

    const japanese = await cli(["機械学習エンジニアへのキャリアチェンジ"], cwd);
    assert.equal(japanese.code, 1);
    assert.match(japanese.output, /--slug で指定してください/u);

    const named = await cli(["機械学習エンジニアへのキャリアチェンジ", "--slug", "ml-career-change"], cwd);
    assert.equal(named.code, 0, named.output);
    assert.ok(fs.existsSync(path.join(cwd, "content", "articles", "ml-career-change.mdx")));
  });
});
