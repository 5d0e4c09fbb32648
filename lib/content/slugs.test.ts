import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { slugFromFileName, slugProblem, termKey } from "./slugs";

describe("slugFromFileName", () => {
  test("strips .md and .mdx (any case)", () => {
    assert.equal(slugFromFileName("foo.md"), "foo");
    assert.equal(slugFromFileName("foo.mdx"), "foo");
    assert.equal(slugFromFileName("Foo.MDX"), "Foo");
  });

  test("strips the folder", () => {
    assert.equal(slugFromFileName("content/articles/2026/llm-inference-cost.mdx"), "llm-inference-cost");
  });

  test("strips Jekyll's date prefix", () => {
    assert.equal(slugFromFileName("content/articles/2025-10-08-genai-startup-funding-trends.md"), "genai-startup-funding-trends");
    assert.equal(slugFromFileName("2025-1-8-short-date.md"), "short-date");
  });

  test("keeps a date that is the whole name or not a prefix", () => {
    assert.equal(slugFromFileName("remote-work-2026-04-08.md"), "remote-work-2026-04-08");
    assert.equal(slugFromFileName("2026.md"), "2026");
  });

  test("only the extension is removed, not a .md in the middle", () => {
    assert.equal(slugFromFileName("readme.md-notes.mdx"), "readme.md-notes");
  });

  test("normalises macOS NFD Japanese file names to NFC", () => {
    const nfc = "ガイドブック";
    const nfd = nfc.normalize("NFD");
    assert.notEqual(nfd, nfc, "fixture: the NFD form differs");
    const slug = slugFromFileName(`content/articles/2025-10-08-${nfd}.md`);
    assert.equal(slug, nfc);
    assert.equal(slug.length, nfc.length);
  });

  test("Japanese slug with a date prefix", () => {
    assert.equal(slugFromFileName("2025-10-08-生成AIと著作権の最前線.mdx"), "生成AIと著作権の最前線");
  });
});

describe("slugProblem", () => {
  for (const slug of ["foo-bar", "生成AIと著作権の最前線", "C++", "web3.0", "a_b"]) {
    test(`accepts ${JSON.stringify(slug)}`, () => {
      assert.equal(slugProblem(slug), null);
    });
  }

  for (const slug of ["a/b", "a\\b", "what?", "c#", "100%", "two words", "tab\there", "全角　空白", ".", ".."]) {
    test(`rejects ${JSON.stringify(slug)} with a Japanese message`, () => {
      const problem = slugProblem(slug);
      assert.ok(problem, "expected a problem");
      assert.match(problem, /使えません/);
    });
  }

  test("rejects an empty slug", () => {
    assert.equal(slugProblem(""), "空にはできません");
  });

  test("limits the length to 200 characters", () => {
    assert.equal(slugProblem("a".repeat(200)), null);
    assert.match(slugProblem("a".repeat(201)) ?? "", /200文字以内/);
  });

  test("a dot inside a slug is fine", () => {
    assert.equal(slugProblem("..foo"), null);
  });
});

describe("termKey", () => {
  test("AI, ai and full-width ＡＩ are one tag", () => {
    assert.equal(termKey("AI"), termKey("ai"));
    assert.equal(termKey("ＡＩ"), termKey("AI"));
  });

  test("half-width katakana matches full-width katakana", () => {
    assert.equal(termKey("ｷｬﾘｱ"), termKey("キャリア"));
  });

  test("runs of spaces (including the full-width space) and outer spaces do not matter", () => {
    assert.equal(termKey("machine  learning"), termKey("machine learning"));
    assert.equal(termKey(" machine\u3000learning "), termKey("machine learning"));
    assert.equal(termKey("machine learning"), "machine learning");
  });

  test("keeps names that differ in substance apart", () => {
    assert.notEqual(termKey("C#"), termKey("C"));
    assert.notEqual(termKey("C++"), termKey("C"));
    assert.notEqual(termKey("machinelearning"), termKey("machine learning"));
    assert.notEqual(termKey("Web3"), termKey("Web3.0"));
  });

  test("full-width ＃ is the same as #", () => {
    assert.equal(termKey("Ｃ＃"), termKey("C#"));
  });
});
