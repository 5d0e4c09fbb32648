import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Article } from "./content/types";
import { needsInvestmentDisclaimer } from "./disclosure";
import { site } from "./site";
import { termRef } from "./testing/articles";

function terms(categories: string[], tags: string[]): Pick<Article, "categories" | "tags"> {
  return { categories: categories.map((c) => termRef("categories", c)), tags: tags.map((t) => termRef("tags", t)) };
}

// These rely on lib/config.ts's default list; an operator's INVESTMENT_TERMS replaces it.
const usingDefaults = process.env.INVESTMENT_TERMS?.trim() ? "INVESTMENT_TERMS is set in this environment" : false;

describe("needsInvestmentDisclaimer (default terms)", { skip: usingDefaults }, () => {
  test("the default list is 投資分析, 投資, 暗号資産, 株式", () => {
    assert.deepEqual([...site.investmentTerms], ["投資分析", "投資", "暗号資産", "株式"]);
  });

  test("category 投資分析 → true", () => {
    assert.equal(needsInvestmentDisclaimer(terms(["投資分析"], [])), true);
  });

  test("a secondary category counts too", () => {
    assert.equal(needsInvestmentDisclaimer(terms(["テック", "暗号資産"], [])), true);
  });

  test("tag 投資 → true, and 株式 / 暗号資産 as tags too", () => {
    assert.equal(needsInvestmentDisclaimer(terms(["キャリア"], ["AI", "投資"])), true);
    assert.equal(needsInvestmentDisclaimer(terms([], ["株式"])), true);
    assert.equal(needsInvestmentDisclaimer(terms([], ["暗号資産"])), true);
  });

  test("matched by key: surrounding and full-width spaces do not matter", () => {
    assert.equal(needsInvestmentDisclaimer(terms([], ["　投資 "])), true);
    assert.equal(needsInvestmentDisclaimer(terms(["投資分析\u3000"], [])), true);
  });

  test("an AI article → false", () => {
    assert.equal(needsInvestmentDisclaimer(terms(["AI"], ["生成AI", "キャリア", "LLM"])), false);
  });

  test("terms that merely contain a listed word do not match", () => {
    assert.equal(needsInvestmentDisclaimer(terms(["投資家インタビュー"], ["株式会社"])), false);
  });

  test("no categories and no tags → false", () => {
    assert.equal(needsInvestmentDisclaimer(terms([], [])), false);
  });
});

describe("needsInvestmentDisclaimer (INVESTMENT_TERMS configured)", () => {
  /** Runs needsInvestmentDisclaimer in a fresh process, where lib/config.ts reads the given env. */
  function withTerms(investmentTerms: string, categories: string[], tags: string[]): boolean {
    const disclosure = fileURLToPath(new URL("./disclosure.ts", import.meta.url));
    const slugs = fileURLToPath(new URL("./content/slugs.ts", import.meta.url));
    const script = `
      const { needsInvestmentDisclaimer } = await import(${JSON.stringify(disclosure)});
      const { termKey } = await import(${JSON.stringify(slugs)});
      const ref = (name) => ({ name, key: termKey(name) });
      const input = JSON.parse(process.env.TEST_INPUT);
      process.stdout.write(String(needsInvestmentDisclaimer({ categories: input.categories.map(ref), tags: input.tags.map(ref) })));
    `;
    const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, INVESTMENT_TERMS: investmentTerms, TEST_INPUT: JSON.stringify({ categories, tags }) },
      encoding: "utf8",
      cwd: fileURLToPath(new URL("..", import.meta.url)),
    });
    return output.trim() === "true";
  }

  test("configured terms match whatever the width and case of either side", () => {
    assert.equal(withTerms("ＩＮＶＥＳＴ, Crypto ", [], ["invest"]), true);
    assert.equal(withTerms("invest,crypto", [], ["ＩＮＶＥＳＴ"]), true);
    assert.equal(withTerms("invest,crypto", ["CRYPTO"], []), true);
  });

  test("the configured list replaces the defaults", () => {
    assert.equal(withTerms("invest", ["投資分析"], ["投資"]), false);
    assert.equal(withTerms("invest", ["AI"], []), false);
  });
});
