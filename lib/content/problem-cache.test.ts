import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { tempDir } from "../testing/temp-files";
import { fileProblemCache } from "./problem-cache";

const problem = (file: string) => [{ file, line: 3, field: "本文", message: `${file} の問題` }];

describe("fileProblemCache", () => {
  test("a full run forgets files it did not check; a run of one file keeps the others'", () => {
    const file = path.join(tempDir("problem-cache-"), "cache.json");
    const open = () => fileProblemCache(file, "code-1", (name: string) => name);
    const full = open();
    full.set("a.mdx", problem("a.mdx"));
    full.set("b.mdx", problem("b.mdx"));
    full.save();

    const one = open();
    assert.deepEqual(one.get("a.mdx"), problem("a.mdx"));
    one.save({ keepUnchecked: true });
    assert.deepEqual(open().get("b.mdx"), problem("b.mdx"), "b.mdx was not checked and is kept");

    const again = open();
    assert.ok(again.get("a.mdx"));
    again.save();
    assert.equal(open().get("b.mdx"), undefined, "a full run that did not meet b.mdx forgets it");
    assert.equal(fileProblemCache(file, "code-2", (name: string) => name).get("a.mdx"), undefined, "other code trusts nothing");
  });
});
