import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { asciiSlug, normaliseSlug, slugFromTitle, uniqueSlug } from "./slugify";

describe("slugFromTitle", () => {
  test("the Latin words of a title, lower case, joined by hyphens", () => {
    assert.equal(slugFromTitle("Rust導入の現場から"), "rust");
    assert.equal(slugFromTitle("How Rust Took Over Fintech"), "how-rust-took-over-fintech");
    assert.equal(slugFromTitle("ＲＵＳＴ　ｉｎ　２０２６"), "rust-in-2026");
    assert.equal(slugFromTitle("C#と.NETで作るAI機能、Node.jsとの違い"), "csharp-dotnet-ai-nodejs");
    assert.equal(slugFromTitle("Don't Panic"), "dont-panic");
  });

  test("null when the Latin words would not say what the article is about", () => {
    assert.equal(slugFromTitle("機械学習エンジニアへのキャリアチェンジ"), null, "Japanese only");
    assert.equal(slugFromTitle("生成AIと著作権の最前線"), null, "AI is a small part of it");
    assert.equal(slugFromTitle("LLMの推論コストはどこまで下がるのか"), null);
    assert.equal(slugFromTitle("AWSの生成AIスタートアップ支援強化"), null);
    assert.equal(slugFromTitle("2026年の5つの打ち手"), null, "numbers alone");
    assert.equal(slugFromTitle("AI"), null, "too short to name anything");
  });

  test("long titles are cut at a word boundary", () => {
    const slug = asciiSlug("a very long english title that keeps going and going well past the limit of sixty characters");
    assert.ok(slug.length <= 60);
    assert.ok(!slug.endsWith("-"));
    assert.ok("a very long english title that keeps going and going well past".replace(/ /gu, "-").startsWith(slug));
  });
});

describe("normaliseSlug and uniqueSlug", () => {
  test("an editor's slug is made URL-shaped; nothing ASCII is refused", () => {
    assert.equal(normaliseSlug("GenAI Funding 2025"), "genai-funding-2025");
    assert.equal(normaliseSlug("genai-funding"), "genai-funding");
    assert.equal(normaliseSlug("生成AI"), "ai");
    assert.equal(normaliseSlug("資金調達"), null);
  });

  test("numbers a slug that is taken", () => {
    assert.equal(uniqueSlug("llm", new Set()), "llm");
    assert.equal(uniqueSlug("llm", new Set(["llm", "llm-2"])), "llm-3");
  });
});
