import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { compile, run } from "@mdx-js/mdx";
import { createElement } from "react";
import * as runtime from "react/jsx-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { mdxCompileOptions, type BodyFormat } from "./mdx-options";

async function compiled(body: string, format: BodyFormat): Promise<string> {
  return String(await compile(body, mdxCompileOptions(format)));
}

/** The HTML a reader's browser receives, rendered the way React renders the article on the server. */
async function rendered(body: string, format: BodyFormat): Promise<string> {
  const code = await compile(body, { ...mdxCompileOptions(format), outputFormat: "function-body" });
  const { default: Content } = await run(code, { ...runtime, baseUrl: import.meta.url });
  return renderToStaticMarkup(createElement(Content));
}

const ATTACKS_MD = [
  "前の段落",
  "",
  "<script>alert(1)</script>",
  "",
  '<img src="x" onerror="alert(1)">',
  "",
  '<a href="javascript:alert(1)">x</a>',
  "",
  '<iframe src="https://evil"></iframe>',
  "",
  "後の段落",
  "",
].join("\n");

// MDX needs closed tags; otherwise the same attacks.
const ATTACKS_MDX = ATTACKS_MD.replace('<img src="x" onerror="alert(1)">', '<img src="x" onerror="alert(1)" />');

for (const [format, body] of [
  ["md", ATTACKS_MD],
  ["mdx", ATTACKS_MDX],
] as const) {
  describe(`rehypeStripUnsafe via mdxCompileOptions("${format}")`, () => {
    test("compiled output has no script, no event handler, no javascript: URL, no iframe", async () => {
      const output = await compiled(body, format);
      assert.doesNotMatch(output, /script/i);
      assert.doesNotMatch(output, /onerror/i);
      assert.doesNotMatch(output, /javascript:/i);
      assert.doesNotMatch(output, /iframe|evil/i);
      assert.doesNotMatch(output, /alert\(1\)/);
    });

    test("the rendered HTML keeps the harmless parts", async () => {
      const html = await rendered(body, format);
      assert.doesNotMatch(html, /<script|onerror|javascript:|<iframe|alert\(1\)/i);
      assert.match(html, /前の段落/);
      assert.match(html, /後の段落/);
      assert.match(html, /<img src="x"\/>/, "the image stays, without its handler");
      assert.match(html, /<a>x<\/a>/, "the link text stays, without its href");
    });

    test("inline style attributes and <style> are removed", async () => {
      const css = format === "mdx" ? '{"body{display:none}"}' : "body{display:none}";
      const html = await rendered(`<p style="position:fixed">固定</p>\n\n<style>${css}</style>\n`, format);
      assert.doesNotMatch(html, /style|display:none/);
      assert.match(html, /固定/);
    });

    test("forms, objects and embeds are removed", async () => {
      const html = await rendered(
        '<form action="https://evil"><input name="pw" /></form>\n\n<object data="x.swf"></object>\n\n<embed src="x.swf" />\n\n残る\n',
        format,
      );
      assert.doesNotMatch(html, /form|input|object|embed|evil/);
      assert.match(html, /残る/);
    });

    test("safe links and images are kept", async () => {
      const html = await rendered('<a href="https://example.com/a">外部</a> と <img src="/images/a.png" alt="図" />\n', format);
      assert.match(html, /<a href="https:\/\/example.com\/a">外部<\/a>/);
      assert.match(html, /<img src="\/images\/a.png" alt="図"\/>/);
    });

    test("a data: or vbscript: URL is removed too, whatever its case or leading spaces", async () => {
      const html = await rendered(
        '<a href="  JaVaScRiPt:alert(1)">a</a> <a href="vbscript:msgbox(1)">b</a> <img src="data:text/html;base64,PHNjcmlwdD4=" />\n',
        format,
      );
      assert.doesNotMatch(html, /javascript|vbscript|data:/i);
    });
  });
}

describe("Markdown (not HTML) links", () => {
  test("a [text](javascript:...) link loses its URL", async () => {
    const html = await rendered("[押してね](javascript:alert(1))\n", "md");
    assert.doesNotMatch(html, /javascript:|alert/);
  });
});

describe(".mdx JSX attributes", () => {
  test("an event handler written as an expression is removed", async () => {
    const output = await compiled('<img src="x" onError={() => alert(1)} />\n', "mdx");
    assert.doesNotMatch(output, /onError|alert/);
  });

  test("spread attributes are removed", async () => {
    const output = await compiled('<a {...{ href: "javascript:alert(1)" }}>x</a>\n', "mdx");
    assert.doesNotMatch(output, /javascript:|alert/);
  });

  test("blocked tags are matched case-insensitively", async () => {
    const output = await compiled("<SCRIPT>alert(1)</SCRIPT>\n\n<IFrame src=\"https://evil\" />\n", "mdx");
    assert.doesNotMatch(output, /alert|evil/);
  });

  test("<a HREF=\"javascript:...\"> in .mdx is neutralised", async () => {
    const html = await rendered('<a HREF="javascript:alert(1)">押す</a>\n', "mdx");
    assert.doesNotMatch(html, /javascript:alert/i);
  });
});

describe("gaps React happens to cover", () => {
  test("an SVG xlink:href javascript: URL is stripped by the sanitizer (.md)", async () => {
    const output = await compiled('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n', "md");
    assert.doesNotMatch(output, /javascript:/);
  });

  test("a javascript: URL with a tab inside the scheme is stripped by the sanitizer (.md)", async () => {
    const output = await compiled('<a href="java&#x09;script:alert(1)">x</a>\n', "md");
    assert.doesNotMatch(output, /script:alert/);
  });

  test("the rendered HTML of both is harmless (React's own URL check)", async () => {
    const html = await rendered(
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>\n\n<a href="java&#x09;script:alert(1)">x</a>\n',
      "md",
    );
    assert.doesNotMatch(html, /alert\(1\)/);
  });
});
