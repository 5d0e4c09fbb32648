// Publishing into a built site: a rebuild after editors add and change articles serves exactly
// what a cold build of the same content serves, on every address of the sitemap, and nothing stale.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { startServer, type ServerInstance } from "./server-instance";

const run = promisify(execFile);
// Both are listed in tsconfig.json, so the builds do not rewrite it.
const REBUILT = ".next-rebuild";
const COLD = ".next-rebuild-cold";

function article(title: string, date: string, category: string, tags: string[], body: string): string {
  return `---\ntitle: "${title}"\ndate: ${date}\ncategory: ${category}\ntags: [${tags.join(", ")}]\nauthor: 編集部\n---\n\n## 概要\n\n${body}\n`;
}

function contentTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rebuild-content-"));
  fs.mkdirSync(path.join(root, "articles"));
  fs.mkdirSync(path.join(root, "jobs"));
  fs.writeFileSync(path.join(root, "categories.yml"), "- name: AI\n- name: Web3\n  slug: web3\n  description: 分散型の技術と市場。\n");
  for (let day = 1; day <= 14; day += 1) {
    const tags = day % 2 === 0 ? ["AI", "LLM"] : ["Web3.0", "AI"];
    fs.writeFileSync(
      path.join(root, "articles", `story-${day}.md`),
      article(`記事その${day}：市場の動き`, `2026-10-${String(day).padStart(2, "0")}T09:00:00+09:00`, day % 3 === 0 ? "Web3" : "AI", tags, `第${day}回の本文です。生成AIとブロックチェーンの動向を読み解きます。`),
    );
  }
  fs.writeFileSync(
    path.join(root, "jobs", "engineer.md"),
    "---\ntitle: 機械学習エンジニア\ncompany: 例示株式会社\nlocation: 東京\nemployment: 正社員\ntags: [AI]\nurl: https://example.com/jobs/ml\nposted: 2026-10-01\nexpires: 2099-01-01\n---\n\n仕事の内容です。\n",
  );
  return root;
}

async function build(contentDir: string, distDir: string): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rebuild-data-"));
  try {
    const { stdout, stderr } = await run("npm", ["run", "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, DATA_DIR: dataDir, PRERENDER_ARTICLES: "2" },
      maxBuffer: 50 * 1024 * 1024,
    });
    return stdout + stderr;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Each build has an id of its own in asset paths and the page payload; nothing else may differ. */
function comparable(body: string, buildId: string): string {
  return body.split(buildId).join("BUILD_ID");
}

async function sitemapPaths(server: ServerInstance): Promise<string[]> {
  const xml = await (await fetch(`${server.url}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname).sort();
}

test("a rebuild after adding and editing articles serves what a cold build serves, on every sitemap address", async () => {
  test.setTimeout(900_000); // three builds and a crawl of two servers
  const content = contentTree();
  const servers: ServerInstance[] = [];
  try {
    const first = await build(content, REBUILT);
    expect(first).not.toContain("コンパイル結果を再利用");

    // An editor publishes a new article and rewrites an old one (its title and body).
    fs.writeFileSync(
      path.join(content, "articles", "breaking.md"),
      article("速報：新しい規制案が公表", "2026-11-20T08:00:00+09:00", "Web3", ["規制", "Web3.0"], "公表されたばかりの規制案の要点です。"),
    );
    const editedFile = path.join(content, "articles", "story-3.md");
    fs.writeFileSync(editedFile, fs.readFileSync(editedFile, "utf8").replace("記事その3：市場の動き", "記事その3：改題した見出し").replace("第3回の本文です。", "第3回の本文を書き直しました。"));

    const second = await build(content, REBUILT);
    expect(second).toContain("コンパイル結果を再利用");
    await build(content, COLD);

    const rebuiltId = fs.readFileSync(path.join(REBUILT, "BUILD_ID"), "utf8").trim();
    const coldId = fs.readFileSync(path.join(COLD, "BUILD_ID"), "utf8").trim();
    const rebuilt = await startServer({ CONTENT_DIR: content, NEXT_DIST_DIR: REBUILT, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "rebuild-serve-")) });
    servers.push(rebuilt);
    const cold = await startServer({ CONTENT_DIR: content, NEXT_DIST_DIR: COLD, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "rebuild-serve-")) });
    servers.push(cold);

    const paths = await sitemapPaths(rebuilt);
    expect(paths).toEqual(await sitemapPaths(cold));
    expect(paths).toContain("/articles/breaking");
    // Feeds and search are not in the sitemap; readers reach them all the same.
    const addresses = [...paths, "/feed.xml", "/atom.xml", `/search?q=${encodeURIComponent("規制案")}`];
    let pagesWithNewArticle = 0;
    for (const address of addresses) {
      const [mine, theirs] = await Promise.all([fetch(`${rebuilt.url}${address}`), fetch(`${cold.url}${address}`)]);
      expect(mine.status, address).toBe(200);
      expect(theirs.status, address).toBe(200);
      const body = await mine.text();
      expect(comparable(body, rebuiltId), address).toBe(comparable(await theirs.text(), coldId));
      expect(body, `${address} still shows the old title`).not.toContain("記事その3：市場の動き");
      if (body.includes("速報：新しい規制案が公表")) pagesWithNewArticle += 1;
    }
    // The new article reaches the front page, its tags, category and author, feeds, search and 関連記事.
    for (const address of ["/", "/tags/Web3.0", "/tags/規制", "/categories/Web3", "/authors/編集部", "/feed.xml", "/search?q=規制案"]) {
      const body = await (await fetch(`${rebuilt.url}${encodeURI(address)}`)).text();
      expect(body, address).toContain("速報：新しい規制案が公表");
    }
    expect(pagesWithNewArticle).toBeGreaterThan(7);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    fs.rmSync(content, { recursive: true, force: true });
    for (const dist of [REBUILT, COLD]) fs.rmSync(dist, { recursive: true, force: true });
  }
});
