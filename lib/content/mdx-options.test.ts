import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile } from "@mdx-js/mdx";
import rehypeRaw from "rehype-raw";
import type { TocEntry } from "./types";
import { rehypeNoteParagraphs } from "./mdx-notes";
import { rehypeLocalImageSizes } from "./mdx-image-sizes";
import { mdxCompileOptions } from "./mdx-options";
import { rehypeContentAnchors, rehypeJsxAsHtml, rehypeSanitizeArticle } from "./mdx-sanitize";

describe("mdxCompileOptions", () => {
  test("passes the format through", () => {
    assert.equal(mdxCompileOptions("md").format, "md");
    assert.equal(mdxCompileOptions("mdx").format, "mdx");
  });

  test("one compile renders heading ids and hands the same entries to the 目次", async () => {
    for (const format of ["md", "mdx"] as const) {
      const toc: TocEntry[] = [];
      const output = String(await compile("## 概要\n\n本文\n\n**補足の見出し**\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", mdxCompileOptions(format, toc)));
      assert.deepEqual(toc.map((entry) => [entry.depth, entry.text]), [[2, "概要"], [3, "補足の見出し"]]);
      for (const entry of toc) assert.ok(output.includes(`id: "${entry.id}"`), `${format}: ${entry.id} rendered`);
      assert.match(output, /table/, "GFM tables are on");
    }
  });

  test(".md parses raw HTML and .mdx reads JSX as HTML before the one allowlist; anchors, notes and image sizes come after it", () => {
    const after = [rehypeSanitizeArticle, rehypeContentAnchors, rehypeNoteParagraphs, rehypeLocalImageSizes];
    assert.deepEqual(mdxCompileOptions("md").rehypePlugins, [rehypeRaw, ...after]);
    assert.deepEqual(mdxCompileOptions("mdx").rehypePlugins, [rehypeJsxAsHtml, ...after]);
  });

  test("footnotes are labelled in Japanese; their ids get the sanitiser's prefix only", () => {
    const options = mdxCompileOptions("md").remarkRehypeOptions;
    assert.equal(options?.footnoteLabel, "脚注");
    assert.equal(options?.footnoteLabelTagName, "h2");
    assert.equal(options?.clobberPrefix, "");
    const backLabel = options?.footnoteBackLabel;
    assert.equal(typeof backLabel === "function" ? backLabel(0, 1) : backLabel, "本文の参照 1 に戻る");
  });

  test("returns a fresh object each call (callers may spread and extend it)", () => {
    const a = mdxCompileOptions("md");
    const b = mdxCompileOptions("md");
    assert.notEqual(a, b);
    assert.notEqual(a.rehypePlugins, b.rehypePlugins);
  });

  test("GFM tables and strikethrough compile", async () => {
    const output = String(await compile("| a | b |\n| - | - |\n| 1 | 2 |\n\n~~取り消し~~\n", mdxCompileOptions("md")));
    assert.match(output, /_components\.table|"table"/);
    assert.match(output, /_components\.del|"del"/);
  });
});
