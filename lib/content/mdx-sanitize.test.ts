import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createElement, type ReactNode } from "react";
import { LEGITIMATE_BODY, XSS_VECTORS } from "../../e2e/fixtures/xss-vectors";
import { checkBody } from "./mdx-check";
import type { BodyFormat } from "./types";
import { CONTENT_ID_PREFIX } from "./content-ids";
import { ARTICLE_SCHEMA } from "./mdx-sanitize";
import type { ContentProblem } from "./problems";
import { compiledBody, renderedBody } from "../testing/compiled-body";

/** The site's <Note> as a plain stand-in: the real one lives with the page's components. */
const components = { Note: ({ children }: { children?: ReactNode }) => createElement("aside", null, children) };

type Outcome = { refused: true; problems: ContentProblem[] } | { refused: false; html: string };

/** What the content check says of a body and, when it accepts it, what the page shows. */
async function outcome(body: string, format: BodyFormat): Promise<Outcome> {
  const problems = await checkBody({ file: `content/articles/vector.${format}`, body, bodyStartLine: 5, format });
  return problems.length > 0 ? { refused: true, problems } : { refused: false, html: await renderedBody(body, format, components) };
}

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&amp;/gu, "&");
}

const ALLOWED_TAGS = new Set([...(ARTICLE_SCHEMA.tagNames ?? []).map((name) => name.toLowerCase()), "aside"]);
const PAGE_CLASSES = new Set(["footnotes", "footnotes-title", "data-footnote-backref", "note"]);
const URL_ATTRIBUTES = new Set(["href", "src", "cite", "action", "formaction", "srcset", "poster", "data", "xlink:href", "background"]);
const PREFIXED_ATTRIBUTES = new Set(["id", "name", "aria-describedby", "aria-labelledby"]);

/** Every reason the rendered HTML could run code, reach outside the article or clobber the page. */
function hazards(html: string): string[] {
  const found: string[] = [];
  // React itself hints the images it renders (<link rel="preload" as="image">); that is not content.
  const content = html.replace(/<link rel="preload" as="image" href="[^"]*"\/>/gu, "");
  for (const [, name = "", attributes = ""] of content.matchAll(/<([a-zA-Z][^\s/>]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/gu)) {
    if (!ALLOWED_TAGS.has(name.toLowerCase())) found.push(`<${name}>`);
    for (const [, attribute = "", raw = ""] of attributes.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/gu)) {
      const key = attribute.toLowerCase();
      const value = decodeEntities(raw);
      if (key.startsWith("on") || key === "style" || key === "srcset" || key === "formaction") found.push(`${name} ${key}`);
      if (key === "class" && !value.split(/\s+/u).every((token) => token === "" || PAGE_CLASSES.has(token) || token.startsWith("language-"))) {
        found.push(`${name} class="${value}"`);
      }
      if (PREFIXED_ATTRIBUTES.has(key) && !value.split(/\s+/u).every((token) => token.startsWith(CONTENT_ID_PREFIX))) {
        found.push(`${name} ${key}="${value}" without the content prefix`);
      }
      if (URL_ATTRIBUTES.has(key)) {
        const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(value.replace(/[\u0000-\u0020\u007f-\u009f]/gu, ""))?.[1]?.toLowerCase();
        if (scheme && !["http", "https", "mailto"].includes(scheme)) found.push(`${name} ${key}="${value}"`);
      }
    }
  }
  return found;
}

describe("hostile bodies: refused by the check, or rendered with nothing that can run", () => {
  for (const vector of XSS_VECTORS) {
    for (const format of ["md", "mdx"] as const) {
      const body = `本文の前\n\n${format === "mdx" ? (vector.mdx ?? vector.md) : vector.md}\n\n本文の後\n`;
      test(`${vector.name} (.${format})`, async () => {
        const result = await outcome(body, format);
        if (result.refused) {
          for (const problem of result.problems) {
            assert.equal(problem.file, `content/articles/vector.${format}`);
            assert.ok(problem.line && problem.line >= 5, `a line in the file: ${JSON.stringify(problem)}`);
          }
          return;
        }
        assert.deepEqual(hazards(result.html), [], result.html);
        assert.doesNotMatch(result.html, /<script|="\s*(?:javascript|vbscript|data):/iu, result.html);
        assert.match(result.html, /本文の前[\s\S]*本文の後/u, "the text around the vector stays");
      });
    }
  }

  test("every vector is built in .md (raw HTML is never a reason to refuse a Jekyll post)", async () => {
    for (const vector of XSS_VECTORS) {
      const result = await outcome(vector.md, "md");
      assert.equal(result.refused, false, vector.name);
    }
  });

  test("most vectors are built in .mdx too, so the allowlist (not MDX syntax) is what stops them", async () => {
    let built = 0;
    for (const vector of XSS_VECTORS) if (!(await outcome(vector.mdx ?? vector.md, "mdx")).refused) built += 1;
    assert.ok(built >= XSS_VECTORS.length / 2, `${built} of ${XSS_VECTORS.length} built`);
  });
});

describe("the holes the security review found", () => {
  for (const format of ["md", "mdx"] as const) {
    test(`SVG animation retargeting a link is dropped with its SVG (.${format})`, async () => {
      for (const element of ['<animate attributeName="href" values="javascript:alert(1)" />', '<set attributeName="href" to="javascript:alert(1)" />']) {
        const html = await renderedBody(`<svg width="320" height="60"><a>${element}<text x="10" y="35">クリック</text></a></svg>\n`, format, components);
        assert.doesNotMatch(html, /svg|animate|<set|javascript|クリック/u, html);
      }
    });

    test(`an id or name from content is prefixed, so it cannot stand in for a page global (.${format})`, async () => {
      const html = await renderedBody('<a id="__next_f">x</a> <a name="__NEXT_DATA__">y</a>\n', format, components);
      assert.match(html, /<a id="user-content-__next_f">x<\/a>/u);
      assert.match(html, /<a name="user-content-__NEXT_DATA__">y<\/a>/u);
      assert.doesNotMatch(html, /id="__next_f"|name="__NEXT_DATA__"/u);
    });
  }

  test("a tag name with markup inside is passed by the check and rendered inert (it stopped the build)", async () => {
    const body = "<p><scr<script>ipt>alert(1)</scr</script>ipt></p>\n";
    assert.deepEqual(await checkBody({ file: "a.md", body, bodyStartLine: 1, format: "md" }), []);
    const html = await renderedBody(body, "md", components);
    assert.doesNotMatch(html, /<scr|<script/u);
  });

  test("an unknown component fails the compile itself, so the build refuses it as the check does", async () => {
    await assert.rejects(compiledBody("<Script>alert(1)</Script>\n", "mdx"), /コンポーネント/u);
    const problems = await checkBody({ file: "a.mdx", body: "段落\n\n<Script>alert(1)</Script>\n", bodyStartLine: 4, format: "mdx" });
    assert.deepEqual(problems.map((problem) => problem.line), [6]);
    assert.match(problems[0]?.message ?? "", /<Script> というコンポーネントはありません/u);
  });
});

describe("what articles legitimately use", () => {
  test("tables, footnotes, details, figures, ruby, sup/sub, kbd, mark and links render the same from .md and .mdx", async () => {
    const [md, mdx] = await Promise.all([renderedBody(LEGITIMATE_BODY, "md", components), renderedBody(LEGITIMATE_BODY, "mdx", components)]);
    // The one difference predates the allowlist: MDX writes the footnote markers as "true".
    assert.equal(md, mdx.replace(/(data-footnotes?(?:-ref)?)="true"/gu, '$1=""'));
    for (const fragment of [
      '<h2 id="user-content-はじめに">はじめに</h2>',
      "<kbd>Ctrl</kbd>",
      "<mark>重要</mark>",
      "H<sub>2</sub>O",
      "x<sup>2</sup>",
      "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>",
      '<th style="text-align:left">指標</th>',
      '<td style="text-align:right">10億円</td>',
      "<details><summary>詳しく見る</summary>折りたたまれた本文</details>",
      '<figure><img src="https://images.example/chart.png" alt="調達額の推移"/><figcaption>図1 調達額の推移</figcaption></figure>',
      '<a href="https://example.com/">外部リンク</a>',
      '<a href="/jobs">求人</a>',
      '<li id="user-content-fn-1">',
    ]) {
      assert.ok(md.includes(fragment), `${fragment} in\n${md}`);
    }
  });

  test("in-page links follow their target to its prefixed id; links to other ids stay as written", async () => {
    const html = await renderedBody("## 概要\n\n[上へ](#概要) [脚注へ](#fn-x) [外](#top)\n", "md", components);
    assert.match(html, /<a href="#user-content-%E6%A6%82%E8%A6%81">上へ<\/a>/u);
    assert.match(html, /<a href="#fn-x">脚注へ<\/a>/u);
    assert.match(html, /<a href="#top">外<\/a>/u);
  });

  test("the site's <Note> component passes in .mdx; its attributes do not", async () => {
    const html = await renderedBody('<Note className="fixed" onClick="alert(1)">注記です</Note>\n', "mdx", components);
    assert.equal(html, "<aside>注記です</aside>");
  });

  test("mailto and relative links stay; images keep src, alt and title; an editor's width and height are dropped (sizes come from the file)", async () => {
    const html = await renderedBody('<a href="mailto:info@example.com">メール</a> <img src="/images/a.png" alt="図" title="題" width="10" height="5">\n', "md", components);
    assert.match(html, /<a href="mailto:info@example.com">メール<\/a>/u);
    assert.match(html, /<img src="\/images\/a.png" alt="図" title="題"\/>/u);
  });
});
