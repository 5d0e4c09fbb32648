import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { checkBody } from "../../lib/content/mdx-check";
import type { BodyToCheck } from "../../lib/content/problem-cache";
import { parallelBodyChecker } from "./parallel-bodies";

describe("parallelBodyChecker", () => {
  test("gives every body its own result, in order, across threads and batches", async () => {
    const bodies: BodyToCheck[] = Array.from({ length: 73 }, (_, index) => ({
      file: `content/articles/body-${index}.mdx`,
      // Every seventh body is broken, on a line of its own number, so a misplaced result shows.
      body: index % 7 === 3 ? `\n${"段落です。\n\n".repeat(index % 5)}<div>閉じていない ${index}\n` : `\n本文 ${index} です。\n`,
      bodyStartLine: 4 + (index % 3),
      format: "mdx",
    }));
    const expected = await Promise.all(bodies.map((body) => checkBody(body)));
    assert.equal(expected.filter((problems) => problems.length > 0).length, 10);
    assert.deepEqual(await parallelBodyChecker(3)(bodies), expected);
  });
});
