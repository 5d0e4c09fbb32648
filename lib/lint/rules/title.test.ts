import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where } from "../testing";
import { titleRule } from "./title";

const file = (body: string) => `---\ntitle: "AWSの支援強化、その真意とは？"\ndate: 2025-10-08\n---\n${body}`;

describe("title-repeated", () => {
  test("a first body line that repeats the title, plain, as a heading or in bold", () => {
    for (const first of ["AWSの支援強化、その真意とは？", "# AWSの支援強化、その真意とは？", "**ＡＷＳの支援強化　その真意とは**"]) {
      const findings = findingsOf(titleRule, articleFrom(file(`\n${first}\n\n本文です。\n`)));
      assert.deepEqual(where(findings), ["title-repeated@6"], first);
    }
  });

  test("a different first line, or the title further down, is fine", () => {
    assert.deepEqual(findingsOf(titleRule, articleFrom(file("\n本文です。\n\nAWSの支援強化、その真意とは？\n"))), []);
    assert.deepEqual(findingsOf(titleRule, articleFrom(file(""))), []);
  });
});
