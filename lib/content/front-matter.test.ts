import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { splitFrontMatter, type SplitFile, type SplitResult } from "./front-matter";

function ok(result: SplitResult): SplitFile {
  if (!result.ok) assert.fail(`expected front matter to parse: line ${result.line}: ${result.message}`);
  return result.file;
}

function failure(result: SplitResult): { line?: number; message: string } {
  if (result.ok) assert.fail("expected front matter to be rejected");
  return result;
}

const VALID = ["---", "title: テスト記事", "date: 2025-10-08", "tags: [AI, Web3.0]", "---", "", "本文です。", ""].join("\n");

describe("splitFrontMatter: valid files", () => {
  test("reads keys, the body and the body start line", () => {
    const file = ok(splitFrontMatter(VALID));
    assert.deepEqual(file.data, { title: "テスト記事", date: "2025-10-08", tags: ["AI", "Web3.0"] });
    assert.equal(file.body, "\n本文です。\n");
    assert.equal(file.bodyStartLine, 6);
    assert.equal(VALID.split("\n")[file.bodyStartLine - 1], "", "line 6 of the file is the body's first line");
    assert.equal(VALID.split("\n")[file.bodyStartLine], "本文です。");
  });

  test("keyLines are file lines, counting the opening --- as line 1", () => {
    const file = ok(splitFrontMatter(VALID));
    assert.equal(file.keyLines.get("title"), 2);
    assert.equal(file.keyLines.get("date"), 3);
    assert.equal(file.keyLines.get("tags"), 4);
    assert.equal(file.keyLines.get("missing"), undefined);
  });

  test("keyLines skip blank lines, comments and multi-line values", () => {
    const text = ["---", "# comment", "title: a", "", "tags:", "  - AI", "  - Rust", "date: 2025-10-08", "---", "body"].join("\n");
    const file = ok(splitFrontMatter(text));
    assert.equal(file.keyLines.get("title"), 3);
    assert.equal(file.keyLines.get("tags"), 5);
    assert.equal(file.keyLines.get("date"), 8);
    assert.equal(file.bodyStartLine, 10);
  });

  test("keys one map below the top are found as parent.key; deeper ones are not", () => {
    const text = ["---", "title: a", "header:", "  teaser: /t.png", "  image: /h.png", "  deep:", "    image: /d.png", "---", ""].join("\n");
    const file = ok(splitFrontMatter(text));
    assert.equal(file.keyLines.get("header"), 3);
    assert.equal(file.keyLines.get("header.teaser"), 4);
    assert.equal(file.keyLines.get("header.image"), 5);
    assert.equal(file.keyLines.get("header.deep"), 6);
    assert.equal(file.keyLines.get("header.deep.image"), undefined);
  });

  test("a UTF-8 BOM and Windows line endings give the same result", () => {
    const windows = `\uFEFF${VALID.replace(/\n/g, "\r\n")}`;
    const file = ok(splitFrontMatter(windows));
    const plain = ok(splitFrontMatter(VALID));
    assert.deepEqual(file.data, plain.data);
    assert.equal(file.body, plain.body);
    assert.doesNotMatch(file.body, /\r/);
    assert.equal(file.bodyStartLine, plain.bodyStartLine);
    assert.deepEqual([...file.keyLines], [...plain.keyLines]);
  });

  test("dates stay strings (the site parses them as JST itself)", () => {
    const file = ok(splitFrontMatter("---\ndate: 2025-10-08 02:01:53 +0000\n---\n"));
    assert.equal(file.data.date, "2025-10-08 02:01:53 +0000");
  });

  test("a Jekyll `...` closing fence is accepted", () => {
    const file = ok(splitFrontMatter("---\ntitle: a\n...\nbody"));
    assert.equal(file.body, "body");
    assert.equal(file.bodyStartLine, 4);
  });

  test("an empty front matter block gives no keys", () => {
    const file = ok(splitFrontMatter("---\n---\nbody"));
    assert.deepEqual(file.data, {});
    assert.equal(file.bodyStartLine, 3);
  });

  test("a --- horizontal rule in the body is body, not a fence", () => {
    const file = ok(splitFrontMatter("---\ntitle: a\n---\none\n\n---\n\ntwo"));
    assert.equal(file.body, "one\n\n---\n\ntwo");
  });
});

describe("splitFrontMatter: problems", () => {
  test("an empty file", () => {
    assert.match(failure(splitFrontMatter("")).message, /空/);
    assert.match(failure(splitFrontMatter("\uFEFF \n\r\n")).message, /空/);
  });

  test("no front matter at all points at line 1", () => {
    const result = failure(splitFrontMatter("# タイトル\n\n本文"));
    assert.equal(result.line, 1);
    assert.match(result.message, /フロントマター/);
  });

  test("an unclosed front matter points at the opening line", () => {
    const result = failure(splitFrontMatter("---\ntitle: a\ndate: 2025-10-08\n\n本文"));
    assert.equal(result.line, 1);
    assert.match(result.message, /閉じられていません/);
  });

  test("broken YAML is reported as a YAML problem", () => {
    const result = failure(splitFrontMatter("---\ntitle: a\ndate: 2025-10-08\ntags: [AI, Rust\n---\nbody"));
    assert.match(result.message, /YAML/);
    assert.equal(typeof result.line, "number");
  });

  const brokenYaml: [string, string, number][] = [
    ["an unclosed flow sequence on line 4", "---\ntitle: a\ndate: 2025-10-08\ntags: [AI, Rust\n---\nbody", 4],
    ["a nested mapping on line 4", "---\ntitle: a\ndate: 2025-10-08\nfoo: bar: baz\n---\nbody", 4],
    ["a tab indent on line 3", "---\ntitle: a\n\tdate: 2025-10-08\n---\nbody", 3],
  ];
  for (const [name, text, line] of brokenYaml) {
    test(`broken YAML reports its file line: ${name}`, () => {
      assert.equal(failure(splitFrontMatter(text)).line, line);
    });
  }

  test("a duplicate key is rejected", () => {
    const result = failure(splitFrontMatter("---\ntitle: a\ndate: 2025-10-08\ntitle: b\n---\nbody"));
    assert.match(result.message, /YAML/);
  });

  test("a duplicate key is reported on the line of the second key", () => {
    assert.equal(failure(splitFrontMatter("---\ntitle: a\ndate: 2025-10-08\ntitle: b\n---\nbody")).line, 4);
  });

  test("a scalar instead of key: value pairs", () => {
    const result = failure(splitFrontMatter("---\nこれはタイトルです\n---\nbody"));
    assert.equal(result.line, 2);
    assert.match(result.message, /キー: 値/);
  });

  test("a list instead of key: value pairs", () => {
    assert.match(failure(splitFrontMatter("---\n- a\n- b\n---\nbody")).message, /キー: 値/);
  });
});
