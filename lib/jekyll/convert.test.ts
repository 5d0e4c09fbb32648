import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { convertLiquid } from "./convert";
import { createJekyllLiquid } from "./liquid-engine";
import type { JekyllSiteLinks } from "./types";

const INCLUDES: Record<string, string> = {
  "note.html": '<aside class="note">{{ include.text }}</aside>',
  "cta.md": "**{{ site.title }}** のニュースレターに登録してください。{% include note.html text=include.hint %}",
  "loop.html": "{% include loop.html %}",
  "plugin.md": "前\n{% gist 123 %}\n後",
};
const POSTS: Record<string, string> = { "2025-10-01-first-post": "first-post", "2025-09-01-日本語の記事": "日本語の記事" };

const links: JekyllSiteLinks = {
  postUrl: (name) => {
    const slug = POSTS[name.replace(/^.*\//u, "")];
    return slug
      ? { href: `/articles/${encodeURIComponent(slug)}`, kind: "changed", message: `を /articles/${slug} にしました` }
      : { href: "/articles/missing", kind: "unconverted", message: "のリンク先は取り込む記事の中にありません" };
  },
  link: (sitePath) => links.postUrl(sitePath.replace(/^_posts\//u, "").replace(/\.md$/u, "")),
  include: (name) => (name in INCLUDES ? { text: INCLUDES[name] ?? "" } : { refused: `_includes/${name} がありません` }),
};

const liquid = createJekyllLiquid("Asia/Tokyo");
const site = {
  title: "テックキャリア通信",
  url: "",
  baseurl: "",
  author: { name: "編集部" },
  data: { links: [{ name: "公式ドキュメント", url: "https://example.com/docs" }, { name: "リリースノート", url: "https://example.com/releases" }] },
};
const page = { title: "はじめての投稿", date: "2025-10-08 09:00:00 +0900", tags: ["AI", "Web3"], url: "/articles/first-post" };
const convert = (body: string) => convertLiquid(body, { liquid, site, page, links, bodyStartLine: 6 });
const lines = (notes: readonly { line: number }[]) => notes.map((note) => note.line);

describe("convertLiquid", () => {
  test("loops, assigns, conditions, captures and filters give the text Jekyll gave", () => {
    const { body, unconverted } = convert(
      [
        "{% assign count = site.data.links | size %}{{ count }} 件のリンク:",
        "{% for link in site.data.links %}- [{{ link.name }}]({{ link.url }})",
        "{% endfor %}{% capture who %}{{ site.author.name }}（{{ page.tags | join: '・' }}）{% endcapture %}{{ who }}",
        "{% if page.tags contains 'AI' %}AI の記事{% else %}ほか{% endif %}{% unless page.draft %}・公開中{% endunless %}",
        '{{ page.date | date: "%Y年%-m月%-d日" }} {{ page.date | date_to_string }} {{ "Hello World" | slugify }}',
      ].join("\n"),
    );
    assert.equal(
      body,
      [
        "2 件のリンク:",
        "- [公式ドキュメント](https://example.com/docs)",
        "- [リリースノート](https://example.com/releases)",
        "編集部（AI・Web3）",
        "AI の記事・公開中",
        "2025年10月8日 08 Oct 2025 hello-world",
      ].join("\n"),
    );
    assert.deepEqual(unconverted, []);
  });

  test("{% highlight %} becomes a fenced code block, not evaluated; options dropped and reported", () => {
    const { body, changed, unconverted } = convert("\n{% highlight ruby linenos %}\nputs \"{{ name }}\"\n{% raw %}{% if %}{% endraw %}\n{% endhighlight %}\n");
    assert.equal(body, '\n```ruby\nputs "{{ name }}"\n{% if %}\n```\n');
    assert.deepEqual(lines(changed), [7]);
    assert.match(changed[0]?.message ?? "", /コードブロック（```ruby）にしました（linenos は使えないので外しました）/u);
    assert.deepEqual(lines(unconverted), [8]);
    assert.match(unconverted[0]?.message ?? "", /highlight の中の \{\{ name \}\} は Jekyll では評価されていました/u);
  });

  test("a highlight that holds backticks gets a longer fence, and one written mid-line starts its own line", () => {
    assert.equal(convert("例: {% highlight md %}```js```{% endhighlight %}").body, "例: \n````md\n```js```\n````");
  });

  test("{% raw %} is removed and what it protects stays as written", () => {
    const { body, changed } = convert("{% raw %}{{ site.baseurl }} と {% if %}{% endraw %} です");
    assert.equal(body, "{{ site.baseurl }} と {% if %} です");
    assert.deepEqual(lines(changed), [6]);
  });

  test("{% post_url %} and {% link _posts/… %} point at the imported article, noted on their lines", () => {
    const { body, changed } = convert("[前回]({% post_url 2025-10-01-first-post %})\n[日本語]({% link _posts/2025-09-01-日本語の記事.md %})");
    assert.equal(body, `[前回](/articles/first-post)\n[日本語](/articles/${encodeURIComponent("日本語の記事")})`);
    assert.deepEqual(lines(changed), [6, 7]);
  });

  test("site.baseurl and site.url are empty, path filters give the path, page.title is the title", () => {
    const { body, changed } = convert(
      '![図]({{ site.baseurl }}/assets/a.png) {{site.url}}{{ site.baseurl }}/b {{ "/assets/c.png" | relative_url }} {{ "d" | absolute_url }} {{ page.title }}',
    );
    assert.equal(body, "![図](/assets/a.png) /b /assets/c.png /d はじめての投稿");
    // site.baseurl twice on the line is one note.
    assert.deepEqual(changed.map((note) => note.message.split("（")[0]).sort(), ["site.baseurl を空にしました", "site.url を空にしました"]);
  });

  test("includes are expanded with their parameters and their own Liquid; failures inside name the include's line", () => {
    const { body, changed, unconverted } = convert('\n{% include cta.md hint="無料です" %}\n{% include plugin.md %}\n{% include loop.html %}\n{% include none.html %}');
    assert.equal(body, '\n**テックキャリア通信** のニュースレターに登録してください。<aside class="note">無料です</aside>\n前\n\n後\n\n');
    assert.ok(changed.some((note) => note.line === 7 && note.message.includes("_includes/cta.md の中身にしました")));
    assert.deepEqual(lines(unconverted), [8, 9, 10]);
    assert.match(unconverted[0]?.message ?? "", /^_includes\/plugin\.md:2: \{% gist 123 %\} は Jekyll のプラグインか/u);
    assert.match(unconverted[1]?.message ?? "", /^_includes\/loop\.html:1: \{% include loop\.html %\} は include が 10 段より深く/u);
    assert.match(unconverted[2]?.message ?? "", /^\{% include none\.html %\} を展開できないので外しました（_includes\/none\.html がありません）/u);
  });

  test("a tag inside a loop is noted once", () => {
    const { body, changed, unconverted } = convert('{% for link in site.data.links %}{% include note.html text=link.name %}{{ page.missing }}{% endfor %}');
    assert.equal(body, '<aside class="note">公式ドキュメント</aside><aside class="note">リリースノート</aside>');
    assert.deepEqual(lines(changed), [6]);
    assert.deepEqual(lines(unconverted), [6]);
  });

  test("plugin tags and unknown filters are reported on their lines and left out, the rest of the post kept", () => {
    const { body, unconverted } = convert("前の段落。\n\n{% youtube abc123 %}\n\n{{ page.title | shout }}後の段落。\n{% for x in site.data.links %}{{ x.name }}{% endfor %}");
    assert.equal(body, "前の段落。\n\n\n\n後の段落。\n公式ドキュメントリリースノート");
    assert.deepEqual(lines(unconverted), [8, 10]);
    assert.match(unconverted[0]?.message ?? "", /^\{% youtube abc123 %\} は Jekyll のプラグインか/u);
    assert.match(unconverted[1]?.message ?? "", /フィルター「shout」/u);
  });

  test("a block left open loses only its tag; an unclosed output loses the rest of its line", () => {
    const { body, unconverted } = convert("{% if page.title %}見える\n{{ page.title\n最後の行");
    assert.equal(body, "見える\n\n最後の行");
    assert.deepEqual(lines(unconverted), [6, 7]);
  });

  test("undefined site and page variables are empty, as in Jekyll, and reported unless only tested", () => {
    const { body, unconverted } = convert("{{ page.subtitle }}\n{% if page.hero %}{{ page.hero.alt }}{% endif %}{{ site.github.repo | default: 'なし' }}\n{{ site.twitter }}");
    assert.equal(body, "\nなし\n");
    assert.deepEqual(
      unconverted.map((note) => `${note.line} ${note.message.split("（")[0]}`),
      ["6 page.subtitle はこの記事のフロントマターにないので、Jekyll と同じく空にしました", "8 site.twitter は _config.yml にも _data にもないので、Jekyll と同じく空にしました"],
    );
  });

  test("{% comment %} is removed; Kramdown's {:toc} and attribute lines are blanked, keeping later lines", () => {
    const { body, changed } = convert("* TOC\n{:toc}\n\n段落\n{: .lead}\n{% comment %}メモ\n二行目{% endcomment %}残り\n```\n{: .code}\n```");
    assert.equal(body, "\n\n\n段落\n\n残り\n```\n{: .code}\n```");
    assert.deepEqual(lines(changed), [7, 10, 11]);
  });

  test("a body without Liquid is left alone", () => {
    const source = "## 見出し\n\n本文です。`{x}` は JavaScript の例です。\n";
    assert.deepEqual(convert(source), { body: source, changed: [], unconverted: [] });
  });
});
