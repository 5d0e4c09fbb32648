import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where } from "../testing";
import { linksRule } from "./links";
import { tempFiles } from "../../testing/temp-files";

const publicDir = tempFiles({ "images/chart.png": "", "images/図 1.png": "" }, "lint-public-");

const target = (name: string, extra = "", date = "2025-10-08") =>
  articleFrom(`---\ntitle: ${name}\ndate: ${date}\n${extra}---\n\n本文。\n`, `content/articles/${name}.md`);
const others = [target("existing"), target("生成AIガイド"), target("draft-post", "draft: true\n"), target("future-post", "", "2030-01-01")];
const findings = (body: string, frontMatter = "") =>
  findingsOf(linksRule, articleFrom(`---\ntitle: 記事\ndate: 2025-10-08\n${frontMatter}---\n${body}`), others, { publicDir });

describe("broken-link", () => {
  test("links to articles that do not exist, however they are written", () => {
    const body = [
      "",
      "[前回](/articles/missing)の続きです。",
      '<a href="/articles/gone/">旧記事</a>',
      "[参考][ref]",
      "",
      "[ref]: https://media.example.com/articles/also-missing#top",
    ].join("\n");
    const found = findings(body);
    assert.deepEqual(where(found), ["broken-link@6", "broken-link@7", "broken-link@10"]);
    assert.match(found[0]?.message ?? "", /リンク先の記事「\/articles\/missing」がありません/);
    assert.ok(found.every((finding) => finding.severity === "error"));
  });

  test("links to existing articles, encoded or not, with a hash or query, and other links are fine", () => {
    const body = [
      "",
      "[既存](/articles/existing) [既存](/articles/existing/#section) [日本語](/articles/%E7%94%9F%E6%88%90AI%E3%82%AC%E3%82%A4%E3%83%89)",
      "[日本語](/articles/生成AIガイド?ref=top) [タグ](/tags/AI) [外部](https://example.com/articles/x)",
      "`[コード](/articles/missing)`",
    ].join("\n");
    assert.deepEqual(findings(body), []);
  });

  test("links to drafts and scheduled posts are warnings", () => {
    const found = findings("\n[下書き](/articles/draft-post) [予約](/articles/future-post)\n");
    assert.deepEqual(where(found), ["unpublished-link@6", "unpublished-link@6"]);
    assert.ok(found.every((finding) => finding.severity === "warning"));
  });
});

describe("missing-image", () => {
  test("local images missing from public/, relative images, and a missing front matter image", () => {
    const found = findings('\n![グラフ](/images/missing.png)\n\n<img src="images/chart.png" alt="">\n', "image: /images/og.png\n");
    assert.deepEqual(where(found), ["missing-image@7", "missing-image@9", "missing-image@4"]);
    assert.match(found[0]?.message ?? "", /画像「\/images\/missing\.png」がありません。public\/images\/missing\.png に置くか/);
    assert.match(found[1]?.message ?? "", /相対パス/);
  });

  test("the image under any front matter key it may take, on that key's line", () => {
    assert.deepEqual(where(findings("\n本文。\n", "header:\n  teaser: /images/chart.png\n  image: /images/header.png\n")), ["missing-image@6"]);
    assert.deepEqual(where(findings("\n本文。\n", "image:\n  path: /images/og.png\n")), ["missing-image@5"]);
    assert.deepEqual(findings("\n本文。\n", "feature_image: /images/%E5%9B%B3%201.png\n"), []);
  });

  test("images that exist, encoded names, remote and data images are fine", () => {
    const body = '\n![グラフ](/images/chart.png "題") ![図](/images/%E5%9B%B3%201.png)\n![外部](https://example.com/a.png) <img src="data:image/png;base64,AAAA">\n';
    assert.deepEqual(findings(body, "image: https://example.com/og.png\n"), []);
  });
});
