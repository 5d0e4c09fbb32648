import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { convertLiquid } from "./convert";

const context = {
  title: "はじめての投稿",
  bodyStartLine: 6,
  postSlug: (name: string) => ({ "2025-10-01-first-post": "first-post", "2025-09-01-日本語の記事": "日本語の記事" })[name] ?? null,
};
const convert = (body: string) => convertLiquid(body, context);
const lines = (notes: readonly { line: number }[]) => notes.map((note) => note.line);

describe("convertLiquid", () => {
  test("{% highlight %} becomes a fenced code block, options dropped and reported", () => {
    const { body, changed, unconverted } = convert("\n{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\n");
    assert.equal(body, "\n```ruby\nputs 1\n```\n");
    assert.deepEqual(lines(changed), [7]);
    assert.match(changed[0]?.message ?? "", /コードブロック（```ruby）にしました（linenos は使えないので外しました）/u);
    assert.deepEqual(unconverted, []);
  });

  test("a highlight that holds backticks gets a longer fence, and one written mid-line starts its own line", () => {
    assert.equal(convert("例: {% highlight md %}```js```{% endhighlight %}").body, "例: \n````md```js```\n````");
  });

  test("{% raw %} is removed and what it protects stays as written", () => {
    const { body, changed } = convert("{% raw %}{{ site.baseurl }} と {% if %}{% endraw %} です");
    assert.equal(body, "{{ site.baseurl }} と {% if %} です");
    assert.deepEqual(lines(changed), [6]);
  });

  test("{% post_url %} and {% link _posts/… %} point at the imported article", () => {
    const { body, changed } = convert("[前回]({% post_url 2025-10-01-first-post %}) [日本語]({% link _posts/2025-09-01-日本語の記事.md %})");
    assert.equal(body, `[前回](/articles/first-post) [日本語](/articles/${encodeURIComponent("日本語の記事")})`);
    assert.equal(changed.length, 2);
  });

  test("a post_url to a post that is not imported becomes its likely path, reported as needing a look", () => {
    const { body, unconverted } = convert("\n\n[古い]({% post_url 2019/2019-01-01-old-news %})");
    assert.equal(body, "\n\n[古い](/articles/old-news)");
    assert.deepEqual(lines(unconverted), [8]);
    assert.match(unconverted[0]?.message ?? "", /取り込む記事の中にありません/u);
  });

  test("site.baseurl, site.url, path filters and page.title", () => {
    const { body, changed } = convert(
      '![図]({{ site.baseurl }}/assets/a.png) {{site.url}}{{ site.baseurl }}/b {{ "/assets/c.png" | relative_url }} {{ \'/d\' | prepend: site.baseurl }} {{ page.title }}',
    );
    assert.equal(body, "![図](/assets/a.png) /b /assets/c.png /d はじめての投稿");
    assert.equal(changed.length, 6);
  });

  test("what cannot be converted stays as written and is reported with its line", () => {
    const source = "\n{% include cta.html %}\n\n{{ page.author | upcase }}\n{% if page.x %}y{% endif %}\n";
    const { body, unconverted } = convert(source);
    assert.equal(body, source);
    assert.deepEqual(lines(unconverted), [7, 9, 10, 10]);
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
