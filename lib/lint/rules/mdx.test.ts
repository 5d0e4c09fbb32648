import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkBody } from "../../content/mdx-check";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { mdxRule } from "./mdx";

const mdx = (body: string) => articleFrom(withBody(body), "content/articles/test.mdx");
const findings = (body: string) => findingsOf(mdxRule, mdx(body));

/** The compiler agrees: what the rule reports as an error, MDX refuses (or silently drops). */
async function compiles(body: string): Promise<boolean> {
  return (await checkBody({ file: "test.mdx", body, bodyStartLine: 1, format: "mdx" })).length === 0;
}

describe("MDX hazards, each with its fix", () => {
  test("{…} that is not meant as an expression", async () => {
    const found = findings("\n料金は {月額} 千円です。\n\n閉じない { の例\n");
    assert.deepEqual(where(found), ["mdx-expression@6", "mdx-expression@8"]);
    assert.match(found[0]?.message ?? "", /「\{月額\}」は MDX では式として読まれ.*「\\\{月額\\\}」にしてください/);
    assert.ok(found.every((finding) => finding.severity === "error"));
    assert.equal(await compiles("閉じない { の例\n"), false);
  });

  test("<br> and other void tags left open", async () => {
    const found = findings("\n一行目<br>二行目\n\n<img src=\"/a.png\" alt=\"図\">\n");
    assert.deepEqual(where(found), ["mdx-void-tag@6", "mdx-void-tag@8"]);
    assert.match(found[0]?.message ?? "", /「<br \/>」と書いてください/);
    assert.match(found[1]?.message ?? "", /「<img src="\/a.png" alt="図" \/>」/);
    assert.equal(await compiles("一行目<br>二行目\n"), false);
  });

  test("HTML comments", async () => {
    const found = findings("\n本文。\n\n<!-- 編集メモ -->\n");
    assert.deepEqual(where(found), ["mdx-html-comment@8"]);
    assert.match(found[0]?.message ?? "", /「\{\/\* 編集メモ \*\/\}」と書いてください/);
    assert.equal(await compiles("<!-- 編集メモ -->\n"), false);
  });

  test("unclosed tags and closing tags without an opening one", async () => {
    const found = findings("\n<div>\n\n本文。\n\n</span>\n");
    assert.deepEqual(where(found), ["mdx-unclosed-tag@10", "mdx-unclosed-tag@6"]);
    assert.match(found[1]?.message ?? "", /「<div>」が閉じられていません。「<\/div>」を書くか/);
    assert.equal(await compiles("<div>\n\n本文。\n"), false);
  });

  test("a < that is text, and autolinks", async () => {
    const found = findings("\nx <= y です。\n\n<次の10年>を考える。\n\n<https://example.com>\n");
    assert.deepEqual(where(found), ["mdx-less-than@6", "mdx-less-than@8", "mdx-less-than@10"]);
    assert.match(found[0]?.message ?? "", /&lt;/);
    assert.match(found[2]?.message ?? "", /「\[https:\/\/example\.com\]\(https:\/\/example\.com\)」と書いてください/);
    for (const body of ["x <= y です。\n", "<次の10年>を考える。\n", "<https://example.com>\n"]) assert.equal(await compiles(body), false, body);
  });

  test("MDX as it should be written has nothing to report, and compiles", async () => {
    const body = [
      "",
      "料金は \\{月額\\} 千円、1 < 2 かつ 2 &lt;= 3 です。{/* 編集メモ */}",
      "",
      "一行目<br />二行目 <sup>1</sup> <span>強調</span>",
      "",
      "<Note>",
      "補足です。",
      "</Note>",
      "",
      "`{code}` と `<br>` はコードです。",
      "",
      "```js",
      "const a = { b: 1 }; // <!-- -->",
      "```",
      "",
    ].join("\n");
    assert.deepEqual(findings(body), []);
    assert.equal(await compiles(body), true);
  });

  test("Markdown files are not MDX", () => {
    assert.deepEqual(findingsOf(mdxRule, articleFrom(withBody("\n<br> {x} <!-- c -->\n"))), []);
  });
});
