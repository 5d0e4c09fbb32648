import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { createSlugger, extractToc } from "./headings";
import type { BodyFormat, TocEntry } from "./types";
import { CONTENT_ID_PREFIX } from "./content-ids";
import { compiledBody, renderedBody } from "../testing/compiled-body";

/** The `id` props in compiled MDX output, in document order, without the footnote machinery's own ids. */
function compiledIds(output: string): string[] {
  return [...output.matchAll(/\bid: "([^"]*)"/g)]
    .map((match) => match[1] ?? "")
    .filter((id) => !/^user-content-(?:fn-|fnref-|footnote-label$)/.test(id));
}

/** Ids as the slugger makes them: every id on the page carries the content prefix (tested below). */
const unprefixed = (id: string) => {
  assert.ok(id.startsWith(CONTENT_ID_PREFIX), `${id} has the content prefix`);
  return id.slice(CONTENT_ID_PREFIX.length);
};
const slugs = (toc: TocEntry[]) => toc.map((entry) => ({ ...entry, id: unprefixed(entry.id) }));

const depths = (toc: TocEntry[]) => toc.map((entry) => entry.depth);
const ids = (toc: TocEntry[]) => toc.map((entry) => entry.id);
const slugIds = (toc: TocEntry[]) => toc.map((entry) => unprefixed(entry.id));
const texts = (toc: TocEntry[]) => toc.map((entry) => entry.text);

describe("createSlugger", () => {
  test("keeps kana, kanji and letters, lower-cased", () => {
    const slug = createSlugger();
    assert.equal(slug("生成AIの未来"), "生成aiの未来");
    assert.equal(slug("ひらがなとカタカナ"), "ひらがなとカタカナ");
  });

  test("removes punctuation, Japanese and ASCII", () => {
    const slug = createSlugger();
    assert.equal(slug("「引用」と？"), "引用と");
    assert.equal(slug("Hello, World!"), "hello-world");
    assert.equal(slug("年収（2025年）は？"), "年収2025年は");
  });

  test("turns runs of spaces (including full-width) into one -, and trims them at the ends", () => {
    const slug = (text: string) => createSlugger()(text);
    assert.equal(slug("詳細 その1"), "詳細-その1");
    assert.equal(slug("a   b"), "a-b");
    assert.equal(slug("ＡＢＣ　１２３"), "abc-123");
    assert.equal(slug("  前後の空白  "), "前後の空白");
    assert.equal(slug("A - B"), "a-b");
  });

  test("repeats get -2, -3, per slugger", () => {
    const slug = createSlugger();
    assert.equal(slug("まとめ"), "まとめ");
    assert.equal(slug("まとめ"), "まとめ-2");
    assert.equal(slug("まとめ"), "まとめ-3");
    assert.equal(createSlugger()("まとめ"), "まとめ", "a new slugger starts afresh");
  });

  test("texts that slug the same count as repeats", () => {
    const slug = createSlugger();
    assert.equal(slug("AI"), "ai");
    assert.equal(slug("ＡＩ！"), "ai-2");
  });

  test("empty or punctuation-only text becomes section", () => {
    const slug = createSlugger();
    assert.equal(slug(""), "section");
    assert.equal(slug("！？"), "section-2");
    assert.equal(slug("   "), "section-3");
  });

  test("never hands out the same id twice (まとめ, まとめ, まとめ 2)", () => {
    const slug = createSlugger();
    const got = [slug("まとめ"), slug("まとめ"), slug("まとめ 2")];
    assert.equal(new Set(got).size, 3, `duplicate ids: ${got.join(", ")}`);
  });
});

for (const format of ["md", "mdx"] as const) {
  describe(`extractToc (.${format})`, () => {
    test("## and ### become entries with depth 2 and 3; #### and below are left out", () => {
      const toc = extractToc("## はじめに\n\n本文\n\n### 詳細 その1\n\n#### 細目\n\n## まとめ\n", format);
      assert.deepEqual(slugs(toc), [
        { id: "はじめに", text: "はじめに", depth: 2 },
        { id: "詳細-その1", text: "詳細 その1", depth: 3 },
        { id: "まとめ", text: "まとめ", depth: 2 },
      ]);
    });

    test("the text is the heading's plain text, without markup", () => {
      const toc = extractToc("## **太字**と`code`と[リンク](https://example.com)\n", format);
      assert.deepEqual(texts(toc), ["太字とcodeとリンク"]);
      assert.deepEqual(slugIds(toc), ["太字とcodeとリンク"]);
    });

    test("a whole-line bold paragraph is a depth-3 entry when there are real headings", () => {
      const toc = extractToc("## 概要\n\n本文\n\n**太字の見出し**\n\n本文\n", format);
      assert.deepEqual(slugs(toc), [
        { id: "概要", text: "概要", depth: 2 },
        { id: "太字の見出し", text: "太字の見出し", depth: 3 },
      ]);
    });

    test("whole-line bold paragraphs are depth 2 when there are no real headings", () => {
      const toc = extractToc("前置き\n\n**ポイント1**\n\n本文\n\n__ポイント2__\n\n本文\n", format);
      assert.deepEqual(slugs(toc), [
        { id: "ポイント1", text: "ポイント1", depth: 2 },
        { id: "ポイント2", text: "ポイント2", depth: 2 },
      ]);
    });

    test("bold inside a sentence, or bold followed by text, is not a heading", () => {
      const body = "文中の**太字**です。\n\n**注意**：ここは本文です。\n\n*斜体だけの行*\n";
      assert.deepEqual(extractToc(body, format), []);
    });

    test("bold lines inside lists or quotes are not headings", () => {
      assert.deepEqual(extractToc("- **項目**\n\n> **引用**\n", format), []);
    });

    test("a Jekyll body whose top level is ### is shifted: ### → 2, #### → 3", () => {
      const toc = extractToc("### 第一章\n\n#### 第一節\n\n##### 細目\n\n### 第二章\n", format);
      assert.deepEqual(texts(toc), ["第一章", "第一節", "第二章"]);
      assert.deepEqual(depths(toc), [2, 3, 2]);
    });

    test("bold lines in a ### body are depth 3", () => {
      const toc = extractToc("### 第一章\n\n**小見出し**\n", format);
      assert.deepEqual(depths(toc), [2, 3]);
    });

    test("# in the body becomes depth 2 (the page's h1 is the title) and ## below it depth 3", () => {
      const toc = extractToc("# 大見出し\n\n## 中見出し\n\n### 小見出し\n", format);
      assert.deepEqual(slugs(toc), [
        { id: "大見出し", text: "大見出し", depth: 2 },
        { id: "中見出し", text: "中見出し", depth: 3 },
      ]);
    });

    test("repeated heading texts get -2, -3 ids, bold headings included", () => {
      const toc = extractToc("## まとめ\n\n**まとめ**\n\n## まとめ\n", format);
      assert.deepEqual(slugIds(toc), ["まとめ", "まとめ-2", "まとめ-3"]);
    });

    test("an empty body has no entries", () => {
      assert.deepEqual(extractToc("", format), []);
      assert.deepEqual(extractToc("本文だけ。\n", format), []);
    });
  });
}

describe("extractToc ids are the ids the renderer gives its headings", () => {
  const cases: { name: string; format: BodyFormat; body: string }[] = [
    { name: "## / ### headings", format: "md", body: "## はじめに\n\n本文\n\n### 詳細 その1\n\n## まとめ\n" },
    { name: "duplicate headings", format: "md", body: "## まとめ\n\n### まとめ\n\n## まとめ\n\n**まとめ**\n" },
    { name: "duplicate headings", format: "mdx", body: "## まとめ\n\n### まとめ\n\n## まとめ\n\n**まとめ**\n" },
    { name: "Jekyll ### body with bold lines", format: "md", body: "### 第一章\n\n**要点**\n\n#### 第一節\n\n### 第一章\n" },
    { name: "bold-only body", format: "mdx", body: "前置き\n\n**ポイント**\n\n本文\n\n**ポイント**\n" },
    { name: "# in the body", format: "mdx", body: "# 大見出し\n\n## 中見出し\n\n### 小見出し\n" },
    { name: "headings with punctuation and width variants", format: "md", body: "## 「AI」とは？\n\n## ＡＩとは\n\n## AI とは！\n" },
    { name: "headings with inline markup", format: "mdx", body: "## **太字**と`code`\n\n## [リンク](https://example.com)の話\n" },
    { name: "a body with footnotes", format: "md", body: "## 本文\n\nテキスト[^1]\n\n## 補足\n\n[^1]: 注記\n" },
    { name: "#### headings take part in numbering", format: "md", body: "## 概要\n\n#### 概要\n\n### 概要\n" },
  ];

  for (const { name, format, body } of cases) {
    test(`${name} (.${format}): every 目次 id is in the compiled output, in order`, async () => {
      const toc = extractToc(body, format);
      assert.ok(toc.length > 0);
      const output = await compiledBody(body, format);
      for (const entry of toc) assert.ok(output.includes(`id: "${entry.id}"`), `id ${entry.id} not in the output`);
      const outputIds = compiledIds(output);
      // Headings below h3 have ids but are not in the 目次.
      const inToc = new Set(ids(toc));
      assert.deepEqual(
        outputIds.filter((id) => inToc.has(id)),
        ids(toc),
      );
      assert.equal(new Set(outputIds).size, outputIds.length, `duplicate ids in the output: ${outputIds.join(", ")}`);
    });
  }

  test("the rendered HTML has an element with each 目次 id, with the right heading level", async () => {
    const body = "### 第一章\n\n**要点**\n\n#### 第一節\n\n### 第一章\n";
    const toc = extractToc(body, "md");
    const html = await renderedBody(body, "md");
    assert.deepEqual(slugIds(toc), ["第一章", "要点", "第一節", "第一章-2"]);
    for (const entry of toc) {
      assert.ok(html.includes(`<h${entry.depth} id="${entry.id}">${entry.text}</h${entry.depth}>`), `${entry.id} in ${html}`);
    }
  });

  test("まとめ, まとめ, まとめ 2: all rendered heading ids are distinct", async () => {
    const output = await compiledBody("## まとめ\n\n## まとめ\n\n## まとめ 2\n", "md");
    const outputIds = compiledIds(output);
    assert.equal(new Set(outputIds).size, outputIds.length, `duplicate ids: ${outputIds.join(", ")}`);
  });

  test("a heading never takes the id of the footnotes label", async () => {
    const output = await compiledBody("## Footnote label\n\n本文[^1]\n\n[^1]: 注\n", "md");
    const all = [...output.matchAll(/\bid: "([^"]*)"/g)].map((match) => match[1]);
    assert.equal(all.filter((id) => id === `${CONTENT_ID_PREFIX}footnote-label`).length, 1, `ids: ${all.join(", ")}`);
  });

  test("a heading spelled like a footnote id never takes a footnote's id", async () => {
    const output = await compiledBody("## fn 1\n\n## fnref 1\n\n本文[^1]\n\n[^1]: 注\n", "md");
    const all = [...output.matchAll(/\bid: "([^"]*)"/g)].map((match) => match[1]);
    assert.equal(new Set(all).size, all.length, `ids: ${all.join(", ")}`);
    assert.deepEqual(ids(extractToc("## fn 1\n\n## fnref 1\n", "md")), compiledIds(output));
  });
});

describe("extractToc with raw HTML in .md headings", () => {
  test("the 目次 text of a heading with <br>/<sup> has no HTML tags", () => {
    const toc = extractToc("## 見出し<br>改行\n\n## 注<sup>1</sup>の話\n", "md");
    for (const entry of toc) assert.doesNotMatch(entry.text, /<\/?[a-z]/i, entry.text);
  });

  test("the ids still match the rendered headings", async () => {
    const body = "## 見出し<br>改行\n\n## 注<sup>1</sup>の話\n";
    const output = await compiledBody(body, "md");
    assert.deepEqual(compiledIds(output), ids(extractToc(body, "md")));
  });
});

describe("whole-line bold notes", () => {
  test("**※…** is not a 目次 entry", () => {
    const toc = extractToc("## 概要\n\n本文\n\n**※本記事は投資助言ではありません**\n", "md");
    assert.deepEqual(texts(toc), ["概要"]);
  });
});

describe("headingTextsForSearch", () => {
  test("finds every heading the 目次 would, and deeper ones too", async () => {
    const body = "# 大見出し\n\n本文。\n\n## 概要\n\n**太字の見出し**\n\n**※注意書き**\n\n**これは文です。**\n\n### 詳細 ##\n";
    const { headingTextsForSearch, extractToc } = await import("./headings");
    assert.deepEqual(headingTextsForSearch(body), ["大見出し", "概要", "太字の見出し", "詳細"]);
    // The 目次 stops at h3: with "#" as the top level, "###" is shown as h4.
    assert.deepEqual(
      extractToc(body, "md").map((entry) => entry.text),
      ["大見出し", "概要", "太字の見出し"],
    );
  });
});
