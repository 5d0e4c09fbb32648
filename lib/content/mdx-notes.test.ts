import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Element, Root } from "hast";
import { rehypeNoteParagraphs } from "./mdx-notes";
import { compiledBody, renderedBody } from "../testing/compiled-body";

function p(children: Element["children"], className?: string[]): Element {
  return { type: "element", tagName: "p", properties: className ? { className } : {}, children };
}

describe("rehypeNoteParagraphs (on a hast tree)", () => {
  test("adds note to a <p> starting with ※, keeping existing classes", () => {
    const plain = p([{ type: "text", value: "※注記" }]);
    const styled = p([{ type: "text", value: "  ※ 字下げ" }], ["lead"]);
    const other = p([{ type: "text", value: "本文※途中" }]);
    const tree: Root = { type: "root", children: [plain, styled, other] };
    rehypeNoteParagraphs()(tree);
    assert.deepEqual(plain.properties.className, ["note"]);
    assert.deepEqual(styled.properties.className, ["lead", "note"]);
    assert.equal(other.properties.className, undefined);
  });

  test("leaves other elements alone", () => {
    const li: Element = { type: "element", tagName: "li", properties: {}, children: [{ type: "text", value: "※" }] };
    rehypeNoteParagraphs()({ type: "root", children: [li] });
    assert.equal(li.properties.className, undefined);
  });
});

for (const format of ["md", "mdx"] as const) {
  describe(`mdxCompileOptions("${format}")`, () => {
    test("a paragraph starting with ※ compiles with className note", async () => {
      const output = await compiledBody("本文です。\n\n※価格は執筆時点のものです。\n", format);
      assert.match(output, /className: "note"/);
      const html = await renderedBody("本文です。\n\n※価格は執筆時点のものです。\n\n文中の※は対象外。\n", format);
      assert.match(html, /<p class="note">※価格は執筆時点のものです。<\/p>/);
      assert.match(html, /<p>本文です。<\/p>/);
      assert.match(html, /<p>文中の※は対象外。<\/p>/);
    });

    test("a note may start with inline markup after the ※", async () => {
      const html = await renderedBody("※ **重要**：投資は自己責任で。\n", format);
      assert.match(html, /<p class="note">※ <strong>重要<\/strong>：投資は自己責任で。<\/p>/);
    });

    test("footnotes compile into a section labelled 脚注 with Japanese back links", async () => {
      const body = "本文です[^1]。もう一つ[^note]。\n\n[^1]: 一つ目の注。\n[^note]: 二つ目の注。\n";
      const output = await compiledBody(body, format);
      assert.match(output, /脚注/);
      const html = await renderedBody(body, format);
      assert.match(html, /<section[^>]*class="footnotes"[^>]*><h2 class="footnotes-title" id="user-content-footnote-label">脚注<\/h2>/);
      assert.match(html, /<li id="user-content-fn-1">/);
      assert.match(html, /<li id="user-content-fn-note">/);
      assert.match(html, /<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*aria-describedby="user-content-footnote-label"[^>]*>1<\/a>/);
      assert.match(html, /<a href="#user-content-fnref-1"[^>]*aria-label="本文の参照 1 に戻る"/);
      assert.match(html, /一つ目の注。/);
    });

    test("<script> is still removed with the heading and note plugins in place", async () => {
      const body = "## 見出し\n\n<script>alert(1)</script>\n\n※注記\n";
      const output = await compiledBody(body, format);
      assert.doesNotMatch(output, /script|alert/i);
      const html = await renderedBody(body, format);
      assert.doesNotMatch(html, /<script|alert\(1\)/i);
      assert.match(html, /<h2 id="user-content-見出し">見出し<\/h2>/);
      assert.match(html, /<p class="note">※注記<\/p>/);
    });

    test("a ※ paragraph with an event handler keeps the note class but loses the handler", async () => {
      const body =
        format === "md" ? '※注記 <img src="x" onerror="alert(1)">\n' : '※注記 <img src="x" onerror="alert(1)" />\n';
      const html = await renderedBody(body, format);
      assert.doesNotMatch(html, /onerror|alert/);
      assert.match(html, /<p class="note">※注記 <img src="x"\/><\/p>/);
    });
  });
}

describe("raw HTML notes in .md", () => {
  test("<p>※…</p> written as HTML gets the note class too; a class of its own is dropped (the page's classes are not for content)", async () => {
    const html = await renderedBody('<p class="small fixed inset-0">※HTMLで書いた注記</p>\n', "md");
    assert.match(html, /<p class="note">※HTMLで書いた注記<\/p>/);
  });
});
