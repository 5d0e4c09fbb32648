import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkBody } from "./mdx-check";
import { MDX_COMPONENT_NAMES } from "./mdx-sanitize";
import type { BodyFormat } from "./types";

/** Body lines start at file line 6 (after a 4-key front matter). */
const BODY_START = 6;

function check(body: string, format: BodyFormat, file = `content/articles/post.${format}`) {
  return checkBody({ file, body, bodyStartLine: BODY_START, format });
}

/** File line of a body line. */
const fileLine = (bodyLine: number) => BODY_START + bodyLine - 1;

describe("checkBody: valid bodies", () => {
  test("a typical .mdx article has no problems", async () => {
    const body = [
      "導入の段落です。**太字**と[リンク](https://example.com)。",
      "",
      "## 見出し",
      "",
      "<Note>",
      "  編集部注: 数値は 2025 年 10 月時点のものです。",
      "</Note>",
      "",
      "| 職種 | 年収 |",
      "|---|---|",
      "| AI | 800万円 |",
      "",
      "波括弧は \\{ このように \\} 書きます。",
      "",
      "```ts",
      "const x = { a: 1 }; // コード内の { や < は自由",
      "```",
      "",
      "<div className=\"note\">HTML 要素も使えます</div>",
      "",
    ].join("\n");
    assert.deepEqual(await check(body, "mdx"), []);
  });

  test("a .md body with raw <br>, <sup> and <!-- comments --> is fine", async () => {
    const body = "一行目<br>二行目<sup>1</sup>\n\n<!-- 編集メモ: 公開前に確認 -->\n\n本文 { 波括弧 } と < 記号もそのまま書けます。\n";
    assert.deepEqual(await check(body, "md"), []);
  });

  test("an empty body is fine", async () => {
    assert.deepEqual(await check("", "mdx"), []);
  });
});

describe("checkBody: problems point at the file line", () => {
  test("an unbalanced { in .mdx", async () => {
    const problems = await check("段落\n\nもう一つの段落 {x\n\n続き\n", "mdx");
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem?.file, "content/articles/post.mdx");
    assert.equal(problem?.field, "本文");
    assert.equal(problem?.line, fileLine(3));
    assert.match(problem?.message ?? "", /^MDX として読めません/);
    assert.match(problem?.message ?? "", /\\\{/, "the message tells the editor how to write a literal {");
  });

  test("a <div> closed by the wrong tag in .mdx", async () => {
    const problems = await check("段落\n\n<div>\n\n本文\n\n</span>\n", "mdx");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, fileLine(7));
    assert.match(problems[0]?.message ?? "", /<div>/);
  });

  test("a <div> never closed in .mdx is reported", async () => {
    const problems = await check("段落\n\n<div>\n\n本文\n", "mdx");
    assert.equal(problems.length, 1);
    assert.match(problems[0]?.message ?? "", /<div>/);
  });

  test("a <div> never closed in .mdx is reported on the file line of the <div>", async () => {
    const problems = await check("段落\n\n<div>\n\n本文\n", "mdx");
    assert.equal(problems[0]?.line, fileLine(3));
  });

  test("positions inside the message are file positions", async () => {
    const [problem] = await check("段落\n\n<div>\n\n本文\n\n</span>\n", "mdx");
    for (const [, line] of (problem?.message ?? "").matchAll(/\((\d+):\d+-\d+:\d+\)/g)) {
      assert.equal(Number(line), fileLine(3));
    }
  });

  test("an unknown component is reported with its file line and the allowed list", async () => {
    const problems = await check("段落\n\n<Foo />\n\n<Note>注記</Note>\n\n文中の <Bar>x</Bar> も\n", "mdx");
    assert.deepEqual(
      problems.map((p) => [p.line, p.field]),
      [
        [fileLine(3), "本文"],
        [fileLine(7), "本文"],
      ],
    );
    assert.match(problems[0]?.message ?? "", /<Foo>/);
    assert.match(problems[1]?.message ?? "", /<Bar>/);
    for (const name of MDX_COMPONENT_NAMES) assert.ok(problems[0]?.message.includes(`<${name}>`));
  });

  test("the known <Note> component and lower-case HTML are not reported", async () => {
    assert.deepEqual(await check("<Note>注記</Note>\n\n<span>文字</span>\n", "mdx"), []);
  });

  test("in .md, <Foo /> is raw HTML, not a component, so it is not a problem", async () => {
    assert.deepEqual(await check("段落\n\n<Foo />\n", "md"), []);
  });
});
