import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where, withBody } from "../testing";
import { separatorRule } from "./separators";

describe("separator", () => {
  test("reports each artifact line, quoting it, as an error that says to delete the line", () => {
    const article = articleFrom(withBody("\n段落です。\n\n---END---\n\n--- END ---\n\n[END]\n\n（以下、続き）\n"));
    const findings = findingsOf(separatorRule, article);
    assert.deepEqual(where(findings), ["separator@8", "separator@10", "separator@12", "separator@14"]);
    assert.ok(findings.every((finding) => finding.severity === "error"));
    assert.match(findings[0]?.message ?? "", /「---END---」があります。この行を消し/);
    assert.match(findings[3]?.message ?? "", /「（以下、続き）」/);
  });

  test("thematic breaks, END in a sentence and code are fine", () => {
    const article = articleFrom(withBody("\n段落です。\n\n---\n\nEND 条件を満たすと止まります。\n\n```\n---END---\n```\n"));
    assert.deepEqual(findingsOf(separatorRule, article), []);
  });
});
