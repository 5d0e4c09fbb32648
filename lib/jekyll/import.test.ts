import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { splitFrontMatter } from "../content/front-matter";
import { severityOf } from "../content/problems";
import { checkSite } from "../lint/run";
import { formatImportReport, importJekyll, type ImportReport, type PostReport } from "./import";
import { IMAGE_SAMPLES } from "./testing";
import { tempDir, writeFiles } from "../testing/temp-files";

interface Folders {
  root: string;
  /** The Jekyll site: `blog/`. */
  jekyll: string;
  /** The project it is imported into: `site/`, with `site/content` and `site/public`. */
  project: string;
  content: string;
  publicDir: string;
  /** Beside both, for what must not be read or written: `outside/`. */
  outside: string;
}

/** Where each case lays out its Jekyll site and project, in a new temporary folder. */
function folders(prefix: string): Folders {
  const root = tempDir(prefix);
  const project = path.join(root, "site");
  return {
    root,
    jekyll: path.join(root, "blog"),
    project,
    content: path.join(project, "content"),
    publicDir: path.join(project, "public"),
    outside: path.join(root, "outside"),
  };
}

/** A small Jekyll blog beside an empty project (content/ with one article, public/). */
function sampleProject(): Folders {
  const layout = folders("jekyll-import-test-");
  const { jekyll, project } = layout;
  writeFiles(jekyll, {
    "_config.yml": "title: My Blog\nbaseurl: /blog\n",
    "_posts/2025-10-01-first-post.md": [
      "---",
      "layout: post",
      'title: "はじめての投稿"',
      "date: 2025-10-01 09:00:00 +0900",
      "categories: AI Web3",
      "tags: [AI, Ruby]",
      "---",
      "",
      "![グラフ]({{ site.baseurl }}/assets/img/chart.png)",
      "",
      "{% highlight ruby linenos %}",
      "puts \"{{ not liquid here }}\"",
      "{% endhighlight %}",
      "",
      "{% raw %}テンプレートでは {{ page.title }} と書きます。{% endraw %}",
      "",
      "続きは[次の記事]({% post_url 2025-10-08-second %})で。",
      "",
    ].join("\n"),
    "_posts/2025-10-08-second.markdown": [
      "---",
      "title: 二本目",
      "published: false",
      "category: AI",
      "tags: [AI]",
      "author:",
      "  name: 山田 花子",
      "---",
      "",
      "* TOC",
      "{:toc}",
      "",
      "{% include cta.html %}",
      "",
      "本文です。",
      "",
    ].join("\n"),
    "_posts/2025/2025-08-01-nested.md": "---\ntitle: 入れ子\ndate: 2025-08-01\ncategory: Web3\ntags: [Ruby]\npermalink: /2025/nested/\nimage:\n  path: /assets/img/chart.png\n---\n\n本文です。\n",
    "_posts/2025-07-01-genai.md": "---\ntitle: 衝突\ndate: 2025-07-01\ncategory: AI\n---\n\n本文です。\n",
    "_posts/2025-09-01-old.html": "---\ntitle: HTML\n---\n<p>x</p>\n",
    "_drafts/idea.md": "---\ntitle: 案\n---\n",
    "assets/img/chart.png": IMAGE_SAMPLES.png,
  });
  writeFiles(project, {
    "content/articles/genai.md": "---\ntitle: 既存\ndate: 2025-01-01\ncategory: AI\ntags: [AI]\n---\n\n本文です。\n",
    "content/categories.yml": "- name: AI\n- name: Web3\n",
    "public/.keep": "",
  });
  return layout;
}

function posts(report: ImportReport): PostReport[] {
  if (!report.ok) assert.fail(report.message);
  return report.posts;
}

const read = (file: string) => fs.readFileSync(file, "utf8");

describe("importJekyll", () => {
  test("copies Markdown posts with Jekyll's front matter meaning and converted Liquid, and reports it all", async () => {
    const { project, jekyll, content, publicDir } = sampleProject();
    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project });
    const byName = new Map(posts(report).map((post) => [path.basename(post.source), post]));

    const first = byName.get("2025-10-01-first-post.md");
    assert.equal(first?.status, "imported");
    assert.equal(first?.destination, "content/articles/2025-10-01-first-post.md");
    const firstText = read(path.join(content, "articles", "2025-10-01-first-post.md"));
    assert.match(firstText, /^layout: post$/mu, "keys this site ignores are kept");
    assert.match(firstText, /^categories: \[ AI, Web3 \]$/mu);
    assert.match(firstText, /!\[グラフ\]\(\/assets\/img\/chart\.png\)/u);
    assert.match(firstText, /```ruby\nputs "\{\{ not liquid here \}\}"\n```/u);
    assert.match(firstText, /テンプレートでは \{\{ page\.title \}\} と書きます。/u);
    assert.match(firstText, /\[次の記事\]\(\/articles\/second\)/u);
    assert.match(firstText, /^date: 2025-10-01T09:00:00\+09:00$/mu);
    assert.match(firstText, /^redirect_from:\n {2}- \/blog\/ai\/web3\/2025\/10\/01\/first-post\.html$/mu);
    assert.deepEqual(first?.changed.map((note) => note.line), [1, 4, 5, 9, 11, 15, 17]);

    const second = byName.get("2025-10-08-second.markdown");
    assert.equal(second?.destination, "content/articles/2025-10-08-second.md");
    const secondFile = splitFrontMatter(read(path.join(content, "articles", "2025-10-08-second.md")));
    assert.ok(secondFile.ok);
    assert.equal(secondFile.file.data.draft, true);
    assert.equal(secondFile.file.data.published, undefined);
    assert.equal(secondFile.file.data.date, "2025-10-08T00:00:00+09:00");
    assert.equal(secondFile.file.data.author, "山田 花子");
    assert.doesNotMatch(secondFile.file.body, /TOC|\{:toc\}/u);
    assert.deepEqual(second?.unconverted.map((note) => note.line), [13]);
    assert.match(second?.unconverted[0]?.message ?? "", /\{% include cta\.html %\}/u);

    const nested = byName.get("2025-08-01-nested.md");
    assert.equal(nested?.destination, "content/articles/2025/2025-08-01-nested.md");
    // jekyll-seo-tag's image map is read as it is, so its alt and caption come along.
    assert.match(read(path.join(content, "articles", "2025", "2025-08-01-nested.md")), /^image:\n {2}path: \/assets\/img\/chart\.png$/mu);
    // Its own permalink is where the old site had it: now a redirect, and the key is gone.
    const nestedText = read(path.join(content, "articles", "2025", "2025-08-01-nested.md"));
    assert.match(nestedText, /^redirect_from:\n {2}- \/blog\/2025\/nested\/$/mu);
    assert.doesNotMatch(nestedText, /^permalink:/mu);
    assert.ok(nested?.changed.some((note) => note.line === 6 && note.message.startsWith("permalink（/2025/nested/）を外しました")));

    assert.equal(byName.get("2025-07-01-genai.md")?.status, "skipped");
    assert.match(byName.get("2025-07-01-genai.md")?.reason ?? "", /スラッグ「genai」は content\/articles\/genai\.md と同じ/u);
    assert.equal(read(path.join(content, "articles", "genai.md")).includes("既存"), true);
    assert.match(byName.get("2025-09-01-old.html")?.reason ?? "", /\.html の記事は取り込めません/u);

    assert.ok(report.ok);
    assert.deepEqual(
      report.images.map((image) => `${image.path} ${image.status}`),
      ["/assets/img/chart.png copied"],
    );
    assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(publicDir, "assets", "img", "chart.png"))), IMAGE_SAMPLES.png);
    assert.match(report.notes.join("\n"), /_drafts の 1 件は取り込んでいません/u);

    const lines = formatImportReport(report);
    assert.ok(lines.includes("取り込み: ../blog/_posts/2025-10-01-first-post.md → content/articles/2025-10-01-first-post.md"), lines.join("\n"));
    assert.ok(lines.some((line) => line.startsWith("  要確認 ../blog/_posts/2025-10-08-second.markdown:13: {% include cta.html %}")));
    // Liquid inside a highlight ran in Jekyll: left as written, it is reported for a look.
    assert.deepEqual(first?.unconverted.map((note) => note.line), [12]);
    assert.ok(lines.includes("取り込み 3 件・スキップ 2 件・要確認 2 件"), lines.join("\n"));

    // What was imported builds: no errors, only the warnings that point at what is left to do.
    const check = await checkSite({ root: content, cwd: project, settings: { publicDir } });
    assert.deepEqual(check.problems.filter((problem) => severityOf(problem) === "error"), []);
    // The include that could not be read is gone; what {% raw %} protected is shown as written, as in Jekyll.
    assert.deepEqual(
      check.problems.filter((problem) => problem.rule === "liquid-tag").map((problem) => `${path.basename(problem.file)}:${problem.line}`),
      ["2025-10-01-first-post.md:17"],
    );
  });

  test("nothing is overwritten without --force", () => {
    const { project, jekyll, content, publicDir } = sampleProject();
    importJekyll({ source: path.join(jekyll, "_posts"), contentRoot: content, publicDir, cwd: project });
    const imported = path.join(content, "articles", "2025-10-01-first-post.md");
    fs.writeFileSync(imported, `${read(imported)}\n編集部が書き足した段落。\n`);
    fs.writeFileSync(path.join(publicDir, "assets", "img", "chart.png"), "EDITED");

    const again = importJekyll({ source: path.join(jekyll, "_posts"), contentRoot: content, publicDir, cwd: project });
    assert.ok(posts(again).filter((post) => post.status !== "skipped").length === 0);
    const firstAgain = posts(again).find((post) => post.source.endsWith("2025-10-01-first-post.md"));
    assert.match(firstAgain?.reason ?? "", /もうあります（上書きするなら --force/u);
    assert.match(read(imported), /編集部が書き足した段落/u);
    assert.equal(read(path.join(publicDir, "assets", "img", "chart.png")), "EDITED");

    const forced = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project, force: true });
    assert.deepEqual(posts(forced).filter((post) => post.status === "overwritten").length, 3);
    assert.doesNotMatch(read(imported), /編集部が書き足した段落/u);
    assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(publicDir, "assets", "img", "chart.png"))), IMAGE_SAMPLES.png);
  });

  test("a theme's image (minimal-mistakes' header) is copied, reported on its own line, and kept with its alt", () => {
    const { project, jekyll, content, publicDir } = sampleProject();
    writeFiles(jekyll, {
      "_posts/2025-11-01-hero.md": "---\ntitle: ヘッダー画像\ndate: 2025-11-01\ncategory: AI\nheader:\n  image: /assets/img/hero.png\n  image_description: 夜景\n---\n\n本文です。\n",
      "assets/img/hero.png": IMAGE_SAMPLES.png,
    });
    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project });
    assert.ok(report.ok);
    const hero = report.images.find((image) => image.path === "/assets/img/hero.png");
    assert.deepEqual([hero?.status, hero?.line], ["copied", 6]);
    assert.deepEqual(new Uint8Array(fs.readFileSync(path.join(publicDir, "assets", "img", "hero.png"))), IMAGE_SAMPLES.png);
    assert.match(read(path.join(content, "articles", "2025-11-01-hero.md")), /^header:\n {2}image: \/assets\/img\/hero\.png\n {2}image_description: 夜景$/mu);
  });

  test("--category-map reads a Jekyll category as the site's; a target the site does not know is added to categories.yml", () => {
    const { project, jekyll, content, publicDir } = sampleProject();
    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project, categoryMap: new Map([["web3", "ブロックチェーン"]]) });
    const first = posts(report).find((post) => post.source.endsWith("2025-10-01-first-post.md"));
    assert.match(read(path.join(content, "articles", "2025-10-01-first-post.md")), /^categories: \[ AI, ブロックチェーン \]$/mu);
    // The old address keeps Jekyll's category.
    assert.match(read(path.join(content, "articles", "2025-10-01-first-post.md")), /^ {2}- \/blog\/ai\/web3\/2025\/10\/01\/first-post\.html$/mu);
    assert.deepEqual(
      first?.changed.filter((note) => note.message.includes("カテゴリ")).map((note) => `${note.line}: ${note.message}`),
      ["5: カテゴリ「Web3」を --category-map のとおり「ブロックチェーン」にしました", "5: カテゴリ「ブロックチェーン」を content/categories.yml に加えました。説明と並び順を確かめてください"],
    );
    assert.equal(read(path.join(content, "categories.yml")), "- name: AI\n- name: Web3\n- name: ブロックチェーン\n");
  });

  test("a categories.yml that cannot be read stops the import before anything is written", () => {
    const { project, jekyll, content, publicDir } = sampleProject();
    fs.writeFileSync(path.join(content, "categories.yml"), "AI: 人工知能\n");
    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project });
    assert.deepEqual(formatImportReport(report), ["content/categories.yml: categories.yml 1 行目: 「- name: …」の行を並べたリストで書いてください"]);
    assert.equal(fs.existsSync(path.join(content, "articles", "2025-10-01-first-post.md")), false);
  });

  test("a folder without _posts is refused with a message", () => {
    const { project, content, publicDir } = sampleProject();
    const report = importJekyll({ source: project, contentRoot: content, publicDir });
    assert.equal(report.ok, false);
    assert.match(formatImportReport(report)[0] ?? "", /_posts フォルダが見つかりません/u);
  });
});

/** Every path under `root`, links listed and never followed. */
function tree(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * A Jekyll site that tries every way out: secrets beside it and outside it, links out of it, files
 * that are not what their names say, `..` plain and percent-encoded; and honest images among them.
 */
function hostileProject(): Folders {
  const layout = folders("jekyll-hostile-test-");
  const { outside, jekyll, project } = layout;
  writeFiles(outside, {
    id_rsa: "-----BEGIN OPENSSH PRIVATE KEY-----\nnot really\n-----END OPENSSH PRIVATE KEY-----\n",
    "photos/photo.png": IMAGE_SAMPLES.png,
    "2025-01-01-leak.md": "---\ntitle: 外にある原稿\ndate: 2025-01-01\ncategory: AI\n---\n\n公開してはいけない原稿です。\n",
  });
  writeFiles(jekyll, {
    "_config.yml": "title: Blog\ngithub_token: ghp_secret\n",
    "_data/authors.yml": "- name: 山田\n  email: private@example.com\n",
    ".env": "API_KEY=secret\n",
    ".secret/key.png": IMAGE_SAMPLES.png,
    "assets/real.png": IMAGE_SAMPLES.png,
    "assets/real.jpg": IMAGE_SAMPLES.jpeg,
    "assets/real.gif": IMAGE_SAMPLES.gif,
    "assets/real.webp": IMAGE_SAMPLES.webp,
    "assets/real.avif": IMAGE_SAMPLES.avif,
    "assets/nested.png": IMAGE_SAMPLES.png,
    "assets/page.html": "<html><body><script>fetch('/api/inquiries')</script></body></html>\n",
    "assets/logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>\n',
    "assets/fake.png": "<html><script>alert(1)</script></html>\n",
    "_posts/2025-10-01-hostile.md": [
      "---",
      "title: 危ない記事",
      "date: 2025-10-01",
      "category: AI",
      "image: /.env",
      "---",
      "",
      "![PNG](/assets/real.png)",
      "![JPEG](/assets/real.jpg)",
      '<img src="/assets/real.gif" alt="GIF">',
      "![WebP]({{ site.baseurl }}/assets/real.webp)",
      "![AVIF](/assets/real.avif)",
      "![戻る](/assets/tmp/../nested.png)",
      "![設定](/_config.yml)",
      "![データ](/_data/authors.yml)",
      "![隠し](/.secret/key.png)",
      "![HTML](/assets/page.html)",
      "![SVG](/assets/logo.svg)",
      "![偽物](/assets/fake.png)",
      "![鍵](/assets/key.png)",
      "![外の写真](/assets/linked/photo.png)",
      "![上へ](/assets/../../outside/id_rsa)",
      "![符号で上へ](/assets/%2e%2e/%2e%2e/outside/id_rsa)",
      "![符号で設定](/assets/%2E%2E/_config.yml)",
      "![符号の斜線](/assets%2F..%2F..%2Foutside%2Fid_rsa)",
      "![ない](/assets/none.png)",
      "",
    ].join("\n"),
    "_posts/2025-10-03-escape.md": "---\ntitle: 抜け道\ndate: 2025-10-03\ncategory: AI\nslug: ../../../escape\npermalink: /../../../escape/\n---\n\n![設定](/_config.yml)\n![PNG](/assets/real.png)\n",
    "_posts/2025-10-05-...md": "---\ntitle: 点\ndate: 2025-10-05\ncategory: AI\n---\n\n本文です。\n",
    "_posts/.hidden/2025-10-04-hidden.md": "---\ntitle: 隠し\ndate: 2025-10-04\ncategory: AI\n---\n\n本文です。\n",
  });
  fs.symlinkSync(path.join(outside, "id_rsa"), path.join(jekyll, "assets", "key.png"));
  fs.symlinkSync(path.join(outside, "photos"), path.join(jekyll, "assets", "linked"));
  fs.symlinkSync(path.join(outside, "2025-01-01-leak.md"), path.join(jekyll, "_posts", "2025-10-02-leak.md"));
  writeFiles(project, { "public/.keep": "" });
  return layout;
}

const DOT = (name: string) => `ドットで始まる「${name}」は .env や .git のように設定や秘密を置く場所なのでコピーしません`;
const UNDERSCORE = (name: string) => `_ で始まる「${name}」は _config.yml や _data、_posts のような Jekyll の設定や原稿で、Jekyll も公開しないものなのでコピーしません`;
const OUTSIDE = ".. でサイトのフォルダの外を指しているのでコピーしません";

describe("importJekyll with a hostile site", () => {
  test("copies only real images from inside the site, refuses the rest and says why, still importing the posts", async () => {
    const { root, project, jekyll, content, publicDir, outside } = hostileProject();
    const before = tree(root);
    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project });
    const byName = new Map(posts(report).map((post) => [path.basename(post.source), post]));

    assert.deepEqual(tree(publicDir), [".keep", "assets", "assets/nested.png", "assets/real.avif", "assets/real.gif", "assets/real.jpg", "assets/real.png", "assets/real.webp"]);
    const copied = (name: string) => new Uint8Array(fs.readFileSync(path.join(publicDir, "assets", name)));
    assert.deepEqual(copied("real.png"), IMAGE_SAMPLES.png);
    assert.deepEqual(copied("real.jpg"), IMAGE_SAMPLES.jpeg);
    assert.deepEqual(copied("real.gif"), IMAGE_SAMPLES.gif);
    assert.deepEqual(copied("real.webp"), IMAGE_SAMPLES.webp);
    assert.deepEqual(copied("real.avif"), IMAGE_SAMPLES.avif);
    assert.deepEqual(copied("nested.png"), IMAGE_SAMPLES.png);
    assert.deepEqual(tree(content), ["articles", "articles/2025-10-01-hostile.md", "articles/2025-10-03-escape.md", "articles/2025-10-05-...md", "categories.yml"]);
    // Nothing written anywhere but content/articles and public/.
    const added = tree(root).filter((file) => !before.includes(file));
    assert.deepEqual(added.filter((file) => !file.startsWith("site/content/") && !file.startsWith("site/public/") && file !== "site/content"), []);
    assert.deepEqual(tree(outside), ["2025-01-01-leak.md", "id_rsa", "photos", "photos/photo.png"]);

    const hostile = byName.get("2025-10-01-hostile.md");
    assert.equal(hostile?.status, "imported");
    // References that were refused stay as written, so check:content stops the build on them.
    const hostileText = read(path.join(content, "articles", "2025-10-01-hostile.md"));
    assert.match(hostileText, /^!\[設定\]\(\/_config\.yml\)$/mu);
    assert.match(hostileText, /^!\[鍵\]\(\/assets\/key\.png\)$/mu);
    assert.match(hostileText, /^image: \/\.env$/mu);

    assert.equal(byName.get("2025-10-02-leak.md")?.status, "skipped");
    assert.equal(byName.get("2025-10-02-leak.md")?.reason, "シンボリックリンクなので読みません（サイトの外のファイルを取り込まないため）");
    assert.equal(byName.get("2025-10-04-hidden.md"), undefined, "like Jekyll, nothing under a dot-folder is a post");

    const escape = byName.get("2025-10-03-escape.md");
    assert.equal(escape?.destination, "content/articles/2025-10-03-escape.md");
    assert.ok(escape?.unconverted.some((note) => note.line === 5 && note.message.startsWith("slug: ")), JSON.stringify(escape?.unconverted));
    const dots = byName.get("2025-10-05-...md");
    assert.equal(dots?.destination, "content/articles/2025-10-05-...md");
    assert.match(dots?.unconverted[0]?.message ?? "", /^ファイル名から作るスラッグ「\.\.」は URL に使えません/u);

    const used = "content/articles/2025-10-01-hostile.md";
    const lines = formatImportReport(report);
    assert.deepEqual(
      lines.filter((line) => line.startsWith("画像: ")),
      [
        `画像: /assets/real.png をコピーしました（${used}）`,
        `画像: /assets/real.jpg をコピーしました（${used}）`,
        `画像: /assets/real.gif をコピーしました（${used}）`,
        `画像: /assets/real.webp をコピーしました（${used}）`,
        `画像: /assets/real.avif をコピーしました（${used}）`,
        `画像: /assets/tmp/../nested.png をコピーしました（${used}）`,
        `画像: /_config.yml はコピーしませんでした（${used}:16）: ${UNDERSCORE("_config.yml")}`,
        `画像: /_data/authors.yml はコピーしませんでした（${used}:17）: ${UNDERSCORE("_data")}`,
        `画像: /.secret/key.png はコピーしませんでした（${used}:18）: ${DOT(".secret")}`,
        `画像: /assets/page.html はコピーしませんでした（${used}:19）: .html は画像ではないのでコピーしません（PNG、JPEG、GIF、WebP、AVIF だけをコピーします）`,
        `画像: /assets/logo.svg はコピーしませんでした（${used}:20）: SVG はスクリプトを含められ、このサイトから配信すると読者のブラウザで動くおそれがあるのでコピーしません。PNG などに書き出して差し替えてください`,
        `画像: /assets/fake.png はコピーしませんでした（${used}:21）: 拡張子は .png ですが、中身が PNG、JPEG、GIF、WebP、AVIF の画像ではないのでコピーしません`,
        `画像: /assets/key.png はコピーしませんでした（${used}:22）: 「assets/key.png」はシンボリックリンクなので、たどらずコピーしません（サイトの外のファイルを公開しないため）`,
        `画像: /assets/linked/photo.png はコピーしませんでした（${used}:23）: 「assets/linked」はシンボリックリンクなので、たどらずコピーしません（サイトの外のファイルを公開しないため）`,
        `画像: /assets/../../outside/id_rsa はコピーしませんでした（${used}:24）: ${OUTSIDE}`,
        `画像: /assets/%2e%2e/%2e%2e/outside/id_rsa はコピーしませんでした（${used}:25）: ${OUTSIDE}`,
        `画像: /assets/%2E%2E/_config.yml はコピーしませんでした（${used}:26）: ${UNDERSCORE("_config.yml")}`,
        `画像: /assets%2F..%2F..%2Foutside%2Fid_rsa はコピーしませんでした（${used}:27）: パスに \\ や %2F、制御文字が入っているのでコピーしません`,
        `画像: /assets/none.png が Jekyll のサイトにも public にも見つかりません（要確認）（${used}）`,
        `画像: /.env はコピーしませんでした（${used}:5）: ${DOT(".env")}`,
        `画像: /_config.yml はコピーしませんでした（content/articles/2025-10-03-escape.md:10）: ${UNDERSCORE("_config.yml")}`,
      ],
    );
    assert.ok(lines.includes("スキップ: ../blog/_posts/2025-10-02-leak.md: シンボリックリンクなので読みません（サイトの外のファイルを取り込まないため）"), lines.join("\n"));
    assert.ok(lines.includes("取り込み 3 件・スキップ 1 件・要確認 16 件"), lines.join("\n"));

    // What a reader would have met as a broken image stops the build instead, line by line.
    const check = await checkSite({ root: content, cwd: project, settings: { publicDir } });
    const missing = check.problems.filter((problem) => problem.rule === "missing-image" && problem.file.endsWith("2025-10-01-hostile.md"));
    assert.deepEqual(missing.map((problem) => problem.line), [5, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28]);
  });

  test("writes stay in content/articles and public/, even where a link in them points elsewhere", () => {
    const { jekyll, project, content, publicDir, outside } = folders("jekyll-links-test-");
    writeFiles(jekyll, {
      "_posts/2025-10-01-hello.md": "---\ntitle: こんにちは\ndate: 2025-10-01\ncategory: AI\n---\n\n本文です。\n",
      "_posts/2025-10-02-world.md": "---\ntitle: 世界\ndate: 2025-10-02\ncategory: AI\n---\n\n![PNG](/assets/real.png)\n",
      "assets/real.png": IMAGE_SAMPLES.png,
    });
    writeFiles(outside, { "victim.md": "外のファイル\n", "elsewhere/.keep": "" });
    writeFiles(project, { "content/articles/.keep": "", "public/.keep": "" });
    fs.symlinkSync(path.join(outside, "victim.md"), path.join(project, "content", "articles", "2025-10-01-hello.md"));
    fs.symlinkSync(path.join(outside, "elsewhere"), path.join(project, "public", "assets"));

    const report = importJekyll({ source: jekyll, contentRoot: content, publicDir, cwd: project, force: true });
    const lines = formatImportReport(report);
    assert.ok(lines.includes("スキップ: ../blog/_posts/2025-10-01-hello.md: 書き込み先 content/articles/2025-10-01-hello.md はシンボリックリンクなので上書きしません"), lines.join("\n"));
    assert.ok(
      lines.includes("画像: /assets/real.png はコピーしませんでした（content/articles/2025-10-02-world.md:9）: 書き込み先 public/assets/real.png の実体が public の外にあるので書き込みません"),
      lines.join("\n"),
    );
    assert.equal(read(path.join(outside, "victim.md")), "外のファイル\n");
    assert.deepEqual(tree(outside), ["elsewhere", "elsewhere/.keep", "victim.md"]);
  });

  test("a _posts folder that is a link is not followed", () => {
    const root = tempDir("jekyll-posts-link-test-");
    writeFiles(root, { "elsewhere/2025-10-01-hello.md": "---\ntitle: こんにちは\ndate: 2025-10-01\n---\n\n本文です。\n", "site/public/.keep": "" });
    fs.mkdirSync(path.join(root, "blog"));
    fs.symlinkSync(path.join(root, "elsewhere"), path.join(root, "blog", "_posts"));
    const content = path.join(root, "site", "content");
    for (const source of [path.join(root, "blog"), path.join(root, "blog", "_posts")]) {
      const report = importJekyll({ source, contentRoot: content, publicDir: path.join(root, "site", "public"), cwd: root });
      assert.equal(report.ok, false);
      assert.deepEqual(formatImportReport(report), ["blog/_posts はシンボリックリンクなので、たどりません（サイトの外を読まないため）"]);
    }
    assert.equal(fs.existsSync(content), false);
  });
});

describe("npm run import:jekyll", () => {
  test("from a clean project folder, with the Jekyll site as its argument", async () => {
    const { project, jekyll, content } = sampleProject();
    const env = { ...process.env };
    delete env.CONTENT_DIR;
    // The .html post and the one whose slug is taken are not imported: the command says so by failing.
    const run = promisify(execFile)(path.resolve("node_modules/.bin/tsx"), [path.resolve("scripts/import-jekyll.ts"), jekyll], { cwd: project, env });
    const failure: unknown = await run.then(() => null, (error: unknown) => error);
    assert.ok(failure instanceof Error && "code" in failure && failure.code === 1 && "stdout" in failure, String(failure));
    assert.match(String(failure.stdout), /取り込み 3 件・スキップ 2 件/u);
    assert.ok(fs.existsSync(path.join(content, "articles", "2025-10-01-first-post.md")));
    assert.ok(fs.existsSync(path.join(project, "public", "assets", "img", "chart.png")));
  });
});
