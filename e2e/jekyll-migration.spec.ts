// A Jekyll site moved over as an editor would: `npm run import:jekyll` of a site with loops,
// includes, post_url, link, raw, highlight, images and old URLs, into a folder of the test's own,
// then the build with its content check.
// Readers see no Liquid, and every address the old site had leads to its article.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { parse } from "yaml";
import { onceOnly } from "./helpers";
import { startServer, type ServerInstance } from "./server-instance";

const run = promisify(execFile);
const SITE = "e2e/fixtures/jekyll-site";
// Listed in tsconfig.json, so the build does not rewrite it.
const DIST = ".next-jekyll";
// The importer copies pictures where the old site served them (/assets/…), under public/.
const PICTURES = "public/assets";

interface Outcome {
  code: number;
  output: string;
}

async function command(file: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(file, args, { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, maxBuffer: 50 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** The page as a reader sees it: its text, without code blocks (a raw block may show template code there). */
function visibleProse(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gu, "")
    .replace(/<pre[\s\S]*?<\/pre>/gu, "")
    .replace(/<code[\s\S]*?<\/code>/gu, "")
    .replace(/<[^>]+>/gu, " ");
}

function frontMatterOf(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/u.exec(fs.readFileSync(file, "utf8"));
  return (parse(match?.[1] ?? "") ?? {}) as Record<string, unknown>;
}

test("an imported Jekyll site passes the check and the build, shows no Liquid, and answers every old URL", async ({}, testInfo) => {
  onceOnly(testInfo.project.name);
  test.setTimeout(600_000);
  if (fs.existsSync(PICTURES)) throw new Error(`${PICTURES} exists: this test copies the imported pictures there and removes them after`);
  // The test's own site: a folder of its own for the imported articles, and its own categories.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "jekyll-migration-"));
  const target = fs.mkdtempSync(path.join(root, "imported-"));
  fs.mkdirSync(path.join(target, "articles"));
  fs.writeFileSync(path.join(target, "categories.yml"), "- name: 生成AI\n- name: Web3\n- name: 市場\n");
  let server: ServerInstance | null = null;
  try {
    const imported = await command("npx", ["tsx", "scripts/import-jekyll.ts", SITE, "--category-map", "Crypto=Web3"], { CONTENT_DIR: target });
    expect(imported.code, imported.output).toBe(0);
    // A plugin tag this site cannot run is named with its file and line, and left out.
    expect(imported.output).toMatch(/_posts\/\S+:\d+.*youtube/u);

    const articles = fs.readdirSync(path.join(target, "articles"), { recursive: true, encoding: "utf8" }).filter((file) => /\.mdx?$/u.test(file));
    const posts = fs.readdirSync(path.join(SITE, "_posts"), { recursive: true, encoding: "utf8" }).filter((file) => /\.(md|markdown)$/u.test(file));
    expect(posts.length).toBeGreaterThanOrEqual(30);
    expect(articles).toHaveLength(posts.length);
    // A category the site did not have was added for the editors; the mapped one was not.
    const categories = fs.readFileSync(path.join(target, "categories.yml"), "utf8");
    expect(categories).not.toMatch(/name: Crypto/u);
    for (const added of ["AI", "投資分析", "開発ツール"]) expect(categories).toContain(`- name: ${added}\n`);

    // The build runs the content check first and prints it: not one error or warning.
    const built = await command("npm", ["run", "build"], { CONTENT_DIR: target, NEXT_DIST_DIR: DIST, DATA_DIR: fs.mkdtempSync(path.join(root, "data-")) });
    expect(built.code, built.output.slice(-4000)).toBe(0);
    expect(built.output).toMatch(/コンテンツに問題はありません（\d+ ファイルを確認）/u);

    server = await startServer({ CONTENT_DIR: target, NEXT_DIST_DIR: DIST, DATA_DIR: fs.mkdtempSync(path.join(root, "serve-")) });
    const redirects: [string, string][] = [];
    for (const file of articles) {
      const fm = frontMatterOf(path.join(target, "articles", file));
      const slug = typeof fm.slug === "string" ? fm.slug : path.basename(file).replace(/\.mdx?$/u, "").replace(/^\d{4}-\d{1,2}-\d{1,2}-/u, "");
      const articlePath = `/articles/${encodeURIComponent(slug.normalize("NFC"))}`;
      const page = await fetch(`${server.url}${articlePath}`);
      expect(page.status, articlePath).toBe(200);
      const prose = visibleProse(await page.text());
      expect(prose, `${file} shows Liquid`).not.toMatch(/\{%|%\}|\{\{|\}\}/u);
      for (const old of [fm.redirect_from ?? []].flat()) redirects.push([String(old), articlePath]);
    }
    expect(redirects.length).toBeGreaterThanOrEqual(articles.length);

    for (const [old, target] of redirects) {
      const first = await fetch(`${server.url}${encodeURI(old)}`, { redirect: "manual" });
      expect(first.status, old).toBe(308);
      const landed = await fetch(`${server.url}${encodeURI(old)}`);
      expect(landed.status, old).toBe(200);
      expect(new URL(landed.url).pathname, old).toBe(target);
    }
  } finally {
    await server?.stop();
    fs.rmSync(PICTURES, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  }
});
