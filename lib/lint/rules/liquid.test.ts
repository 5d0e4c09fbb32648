import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { liquidRule } from "./liquid";

describe("liquid-tag", () => {
  test("Liquid tags and outputs left in a Markdown post", () => {
    const found = findingsOf(liquidRule, articleFrom(withBody("\n{% include cta.html %}\n\n画像は {{ site.baseurl }}/a.png です。\n")));
    assert.deepEqual(where(found), ["liquid-tag@6", "liquid-tag@8"]);
    assert.match(found[0]?.message ?? "", /「\{% include cta\.html %\}」/);
  });

  test("code shows Liquid as written, and MDX has its own rules", () => {
    assert.deepEqual(findingsOf(liquidRule, articleFrom(withBody("\n```liquid\n{% if a %}\n```\n\n`{{ x }}`\n"))), []);
    assert.deepEqual(findingsOf(liquidRule, articleFrom(withBody("\n{% include a %}\n"), "content/articles/a.mdx")), []);
  });
});
