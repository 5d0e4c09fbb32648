// The importer against a Jekyll site that looks like a real one (e2e/fixtures/jekyll-site): 32 posts
// with loops over _data, includes, post_url and link, raw and highlight blocks, images, plugin tags,
// permalinks of the site and of posts, redirect_from, and categories the site does not know yet.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { splitFrontMatter } from "../content/front-matter";
import { checkSite } from "../lint/run";
import { readCategoriesFile } from "./categories-file";
import { importJekyll, type PostReport } from "./import";
import { tempDir, writeFiles } from "../testing/temp-files";

const FIXTURE = path.resolve("e2e/fixtures/jekyll-site");
const CATEGORIES = "# ナビゲーションの順に並べます\n- name: AI\n  slug: ai   # URL に使う\n- name: Web3\n- name: 投資分析\n- name: キャリア\n- name: テクノロジー\n";

interface Imported {
  project: string;
  content: string;
  publicDir: string;
  posts: PostReport[];
}

function importFixture(): Imported {
  const project = tempDir("jekyll-fixture-test-");
  writeFiles(project, { "content/categories.yml": CATEGORIES, "public/.keep": "" });
  const content = path.join(project, "content");
  const publicDir = path.join(project, "public");
  const report = importJekyll({
    source: FIXTURE,
    contentRoot: content,
    publicDir,
    cwd: project,
    categoryMap: new Map([["crypto", "Web3"]]),
    now: new Date("2025-12-01T00:00:00Z"),
  });
  if (!report.ok) assert.fail(report.message);
  return { project, content, publicDir, posts: report.posts };
}

let imported: Imported;
before(() => {
  imported = importFixture();
});

/** An imported article's front matter and body, by the name of its Jekyll file without date. */
function article(slug: string): { data: Record<string, unknown>; body: string; report: PostReport } {
  const report = imported.posts.find((post) => post.destination?.replace(/\.md$/u, "").endsWith(`-${slug}`));
  assert.ok(report?.destination, `no article for ${slug}`);
  const split = splitFrontMatter(fs.readFileSync(path.join(imported.project, report.destination), "utf8"));
  assert.ok(split.ok);
  return { data: split.file.data, body: split.file.body, report };
}

const notes = (notes: readonly { line: number; message: string }[]) => notes.map((note) => `${note.line}: ${note.message}`);

describe("importing the fixture Jekyll site", () => {
  test("every post is imported", () => {
    const sources = fs.readdirSync(path.join(FIXTURE, "_posts"), { recursive: true }).map(String).filter((name) => /\.(?:md|markdown)$/u.test(name));
    assert.ok(sources.length >= 30);
    assert.equal(imported.posts.length, sources.length);
    assert.deepEqual(imported.posts.filter((post) => post.status !== "imported"), []);
  });

  test("no Liquid is left in any body except what {% raw %} kept, inside code blocks, exactly as written", () => {
    const kept: Record<string, string> = {
      "prompt-review-checklist": "あなたは {{ role }} です。次の文章を {{ length }} 字以内で要約してください。\n{% if tone %}口調は {{ tone }} にしてください。{% endif %}",
      "static-site-migration": '[前の記事]({% post_url 2025-04-14-llm-evaluation-basics %})\n{{ "/assets/images/chart.png" | relative_url }}',
    };
    for (const post of imported.posts) {
      const body = fs.readFileSync(path.join(imported.project, post.destination ?? ""), "utf8");
      const slug = Object.keys(kept).find((name) => post.destination?.endsWith(`-${name}.md`));
      const rest = slug ? body.replace(`\`\`\`liquid\n${kept[slug]}\n\`\`\``, "") : body;
      if (slug) assert.notEqual(rest, body, `${slug} keeps its raw block as a code block`);
      assert.doesNotMatch(rest, /\{%|%\}|\{\{|\}\}/u, post.destination ?? "");
    }
  });

  test("loops over _data, assigns, captures, filters and site values become the text Jekyll made", () => {
    const welcome = article("welcome").body;
    assert.match(welcome, /^テックキャリア・ノートは、AI、Web3、テック投資、キャリアを実務の目線で書き留めるノートです。編集長の佐藤 美咲が/mu);
    assert.match(welcome, /\n- AI\n- Web3\n- 投資分析\n- キャリア\n- このノートについて\n\nどの記事も/u);
    assert.match(welcome, /毎週金曜日にまとめて.*\[@techcareer_jp\]\(https:\/\/x\.com\/techcareer_jp\)/u);

    const glossary = article("web3-glossary").body;
    assert.match(glossary, /- \*\*ウォレット\*\*: 秘密鍵を管理し.*\n- \*\*ガス代\*\*: .*\n- \*\*ステーブルコイン\*\*: .*\n- \*\*スマートコントラクト\*\*: .*\n\nここに挙げた 4 語/u);

    assert.match(article("prompt-review-checklist").body, /\n1\. 役割と目的が一文で書かれているか\n2\. 出力の形式が例で示されているか\n3\. 禁止事項が理由とともに書かれているか\n/u);
    assert.match(article("portfolio-for-ml-engineers").body, /- \[機械学習の公開講座まとめ\]\(https:\/\/learn\.example\.org\/ml\)\n- \[オープンデータカタログ\]\(https:\/\/data\.example\.org\/\)\n/u);
    assert.match(article("saas-metrics-for-investors").body, /この記事で一番伝えたいのは「ARR の伸びと NRR の水準を同時に見る」ということです。/u);
    assert.match(article("salary-negotiation").body, /2025 年の読者調査（回答 1240 人）では、求められるスキルの上位は Python、SQL、クラウド設計 でした。/u);
    assert.match(article("salary-negotiation").body, /希望額は “根拠” とセットで伝える – これだけで話し合いの雰囲気は変わります…/u);
    assert.match(article("remote-interview-tips").body, /```json\n\{"github":"example","mastodon":"https:\/\/mastodon\.example\/@techcareer"\}\n```/u);
    assert.match(article("ai-product-metrics").body, /^この記事は、AI 機能をすでに一つ以上公開しているチーム向けの中級編です。$/mu);
    assert.match(article("onchain-data-analysis").body, /これまでに Web3 のカテゴリで公開した記事は 7 本です。/u);
    assert.match(article("editor-setup-2025").body, /\[GitHub\]\(https:\/\/github\.com\/example\/tech-career-notes\)/u);
    assert.match(article("llm-evaluation-basics").body, /この記事のタグは LLM、評価 です。/u);
  });

  test("includes are expanded with their parameters, and highlight blocks are code blocks", () => {
    assert.match(article("llm-evaluation-basics").body, /<div class="note"><strong>ポイント<\/strong>: 評価セットは本番データから作り、個人情報は必ず伏せてから保存します。<\/div>/u);
    assert.match(article("reading-tech-earnings").body, /\*\*週刊テックキャリア\*\* は毎週金曜日に届くメールマガジンです。次号では「決算の読み方」を詳しく取り上げます。/u);
    assert.match(article("ipo-checklist").body, /\*\*週刊テックキャリア\*\* は毎週金曜日に届くメールマガジンです。\n/u);
    assert.match(article("engineer-to-pm").body, /<p class="author-box">この記事を書いた人: 佐藤 美咲（編集長）。元バックエンドエンジニア。/u);
    assert.match(article("nft-after-the-boom").body, /```solidity\nfunction isMember\(address account\) external view returns \(bool\) \{\n/u);
    assert.match(article("local-llm-on-laptop").body, /```shell\ndf -h ~\n```/u);
  });

  test("post_url and link to posts become /articles/<slug>; a page and a missing post go to the old site, reported", () => {
    assert.match(article("rag-design-notes").body, /\[前回の記事\]\(\/articles\/llm-evaluation-basics\)/u);
    assert.match(article("ai-capex-and-valuation").body, /\(\/articles\/semiconductor-cycle\).*\(\/articles\/ai-team-structure\)/u);
    assert.match(article("learning-plan-2025h2").body, /\[ローカル LLM の記事\]\(\/articles\/local-llm-on-laptop\)/u);
    assert.match(article("ai-team-structure").body, /\(\/articles\/engineer-to-pm\)/u);

    const welcome = article("welcome");
    assert.match(welcome.body, /\[このノートについて\]\(https:\/\/notes\.example\.jp\/about\/\)/u);
    assert.ok(notes(welcome.report.changed).includes("24: {% link about.md %} は記事ではないので、旧サイトの https://notes.example.jp/about/ にしました"));

    const migration = article("static-site-migration");
    assert.match(migration.body, /\[準備の記録\]\(https:\/\/notes\.example\.jp\/2024\/12\/01\/old-blog-setup\/\)/u);
    assert.equal(migration.report.unconverted.length, 1);
    assert.match(notes(migration.report.unconverted)[0] ?? "", /^24: \{% post_url 2024-12-01-old-blog-setup %\} のリンク先は取り込む記事の中にないので、旧サイトの https:\/\/notes\.example\.jp\/2024\/12\/01\/old-blog-setup\/ にしました/u);
  });

  test("an unknown plugin tag is reported on its file line and left out of the body", () => {
    const agent = article("ai-agent-operations");
    assert.deepEqual(notes(agent.report.unconverted), [
      "11: {% youtube abc123xyz %} は Jekyll のプラグインか、Jekyll にないタグで、ここでは評価できないので本文から外しました（必要なら Markdown で書き直してください）",
    ]);
    assert.doesNotMatch(agent.body, /youtube|abc123xyz/u);
    assert.match(agent.body, /かかっています。\n\n\n\n## 想定外だったこと/u);
  });

  test("redirect_from lists each post's Jekyll addresses, worked out by hand from Jekyll's rules", () => {
    const redirects = (slug: string) => article(slug).data.redirect_from;
    // permalink: /:categories/:year/:month/:day/:title/ ; categories as written, lowercased.
    assert.deepEqual(redirects("welcome"), ["/キャリア/2025/04/07/welcome/", "/blog/welcome.html"]);
    assert.deepEqual(redirects("llm-evaluation-basics"), ["/ai/2025/04/14/llm-evaluation-basics/"]);
    assert.deepEqual(redirects("生成aiと著作権"), ["/ai/2025/05/20/生成aiと著作権/"]);
    // Both of Jekyll's categories, though Crypto is Web3 on the new site.
    assert.deepEqual(redirects("dao-governance-lessons"), ["/web3/crypto/2025/07/01/dao-governance-lessons/"]);
    assert.deepEqual(redirects("career-in-web3"), ["/キャリア/web3/2025/10/27/career-in-web3/"]);
    // 18:00 UTC is the next morning in the site's zone (timezone: Asia/Tokyo), so the next day's folder.
    assert.deepEqual(redirects("prompt-review-checklist"), ["/ai/2025/06/03/prompt-review-checklist/"]);
    // A post's own permalink, with placeholders; redirect_from merged, percent-encoding decoded.
    assert.deepEqual(redirects("rag-design-notes"), ["/ai/rag-notes/", "/2025/04/rag.html"]);
    assert.deepEqual(redirects("semiconductor-cycle"), ["/investing/2025/semiconductor-cycle.html"]);
    assert.deepEqual(redirects("stablecoin-regulation-2025"), [
      "/web3/2025/06/16/stablecoin-regulation-2025/",
      "/web3/stablecoin/",
      "/規制/stablecoin-2025/",
      "/旧ブログ/ステーブルコイン規制/",
    ]);
    // No date in the front matter: the file name's, as Jekyll takes it.
    assert.deepEqual(redirects("ブロックチェーンと会計"), ["/web3/2025/10/20/ブロックチェーンと会計/"]);
    assert.equal(article("rag-design-notes").data.permalink, undefined);
  });

  test("categories.yml gains the unknown category after the editors' entries; the mapped one is not added", () => {
    const text = fs.readFileSync(path.join(imported.content, "categories.yml"), "utf8");
    assert.equal(text, `${CATEGORIES}- name: 開発ツール\n`);
    assert.deepEqual(parse(text).map((item: { name: string }) => item.name), ["AI", "Web3", "投資分析", "キャリア", "テクノロジー", "開発ツール"]);
    const editor = article("editor-setup-2025");
    assert.ok(notes(editor.report.changed).includes("5: カテゴリ「開発ツール」を content/categories.yml に加えました。説明と並び順を確かめてください"));
    assert.equal(article("typescript-strict-migration").report.changed.some((note) => note.message.includes("categories.yml")), false, "added once");

    const wallet = article("wallet-security-basics");
    assert.deepEqual(wallet.data.categories, ["Web3"]);
    assert.ok(notes(wallet.report.changed).includes("5: カテゴリ「Crypto」を --category-map のとおり「Web3」にしました"));
    assert.deepEqual(article("dao-governance-lessons").data.categories, ["Web3"]);
  });

  test("dates Jekyll read are written in ISO 8601 with their offset, and the change is reported", () => {
    const team = article("ai-team-structure");
    assert.equal(team.data.date, "2025-10-08T09:05:00+09:00");
    assert.ok(notes(team.report.changed).includes("4: date「2025-10-8 9:05」を Jekyll が読んだとおりの 2025-10-08T09:05:00+09:00 にしました"));
    assert.equal(article("local-llm-on-laptop").data.date, "2025-08-21T00:00:00+09:00");
    assert.equal(article("prompt-review-checklist").data.date, "2025-06-02T18:00:00+00:00");
    assert.equal(article("ブロックチェーンと会計").data.date, "2025-10-20T00:00:00+09:00");
    const agent = article("ai-agent-operations");
    assert.equal(agent.data.date, "2025-07-14T10:30:00+09:00");
    assert.equal(agent.report.changed.some((note) => note.message.startsWith("date")), false, "already ISO 8601: nothing to report");
  });

  test("the images the posts use are copied, and what was imported passes the content check", async () => {
    assert.deepEqual(fs.readdirSync(path.join(imported.publicDir, "assets", "images")).sort(), [
      "cover-welcome.png",
      "earnings-chart.png",
      "learning-plan.png",
      "local-llm.png",
      "onchain-dashboard.png",
    ]);
    const categories = readCategoriesFile(imported.content);
    assert.ok(categories.ok);
    const check = await checkSite({ root: imported.content, cwd: imported.project, settings: { publicDir: imported.publicDir } });
    assert.deepEqual(check.problems.map((problem) => `${problem.file}:${problem.line ?? ""} ${problem.rule}: ${problem.message}`), []);
  });
});

describe("npm run import:jekyll on the fixture", () => {
  test("--category-map maps a category; the command succeeds and prints every note with its file and line", async () => {
    const project = tempDir("jekyll-fixture-cli-test-");
    writeFiles(project, { "content/categories.yml": CATEGORIES, "public/.keep": "" });
    const env = { ...process.env };
    delete env.CONTENT_DIR;
    const { stdout } = await promisify(execFile)(
      path.resolve("node_modules/.bin/tsx"),
      [path.resolve("scripts/import-jekyll.ts"), FIXTURE, "--category-map", "Crypto=Web3"],
      { cwd: project, env },
    );
    assert.match(stdout, /取り込み 32 件・スキップ 0 件・要確認 2 件/u);
    assert.match(stdout, /要確認 .*_posts\/2025-07-14-ai-agent-operations\.md:11: \{% youtube abc123xyz %\}/u);
    assert.match(stdout, /変更 .*_posts\/2025-05-12-wallet-security-basics\.md:5: カテゴリ「Crypto」を --category-map のとおり「Web3」にしました/u);
    assert.equal(fs.readFileSync(path.join(project, "content", "categories.yml"), "utf8"), `${CATEGORIES}- name: 開発ツール\n`);
  });

  test("a --category-map without = is refused", async () => {
    const run = promisify(execFile)(path.resolve("node_modules/.bin/tsx"), [path.resolve("scripts/import-jekyll.ts"), FIXTURE, "--category-map", "Crypto"], { cwd: tempDir("jekyll-fixture-cli-test-") });
    const failure: unknown = await run.then(() => null, (error: unknown) => error);
    assert.ok(failure instanceof Error && "code" in failure && failure.code === 2 && "stderr" in failure);
    assert.match(String(failure.stderr), /--category-map は「旧カテゴリ=新カテゴリ」の形で書いてください/u);
  });
});
