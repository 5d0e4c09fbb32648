import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { articleFrom, findingsOf, where } from "../testing";
import { readingTimeRule } from "./reading-time";

/** About `minutes` of reading at 500 Japanese characters a minute. */
const body = (minutes: number) => `${"あ".repeat(499)}。\n\n`.repeat(minutes);
const file = (readingTime: string, minutes: number) => `---\ntitle: 記事\ndate: 2025-10-08\n${readingTime}---\n\n${body(minutes)}`;

describe("reading-time", () => {
  test("a reading_time off by more than half of the computed one", () => {
    const findings = findingsOf(readingTimeRule, articleFrom(file("reading_time: 8\n", 19)));
    assert.deepEqual(where(findings), ["reading-time@4"]);
    assert.match(findings[0]?.message ?? "", /8 分ですが、本文からは約 19 分/);
    assert.deepEqual(where(findingsOf(readingTimeRule, articleFrom(file("reading_time: 9\n", 4)))), ["reading-time@4"]);
  });

  test("within half either way, or not given", () => {
    assert.deepEqual(findingsOf(readingTimeRule, articleFrom(file("reading_time: 10\n", 19))), []);
    assert.deepEqual(findingsOf(readingTimeRule, articleFrom(file("reading_time: 6\n", 4))), []);
    assert.deepEqual(findingsOf(readingTimeRule, articleFrom(file("", 19))), []);
  });
});
