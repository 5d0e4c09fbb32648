import { describe, test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { checkContent } from "./check";
import { formatProblem } from "./problems";
import { tempFiles } from "../testing/temp-files";

function fixture(files: Record<string, string>): string {
  return tempFiles(files, "content-check-test-");
}

describe("checkContent", () => {
  test("a clean folder has no problems", async () => {
    const root = fixture({ "content/articles/ok.mdx": "---\ntitle: OK\ndate: 2025-10-08\n---\n\n<Note>注記</Note>\n" });
    assert.deepEqual(await checkContent(path.join(root, "content"), root), { files: 1, problems: [] });
  });

  test("checks drafts and scheduled posts too, with body errors on their file line, sorted", async () => {
    const root = fixture({
      "content/articles/b-draft.mdx": "---\ntitle: 下書き\ndate: 2025-10-08\ndraft: true\n---\n\n段落\n\n本文 {x\n",
      "content/articles/a-future.mdx": "---\ntitle: 予約\ndate: 2099-01-01\n---\n\n<Foo />\n",
      "content/articles/c-date.md": "---\ntitle: 日付\ndate: 2025-13-01\n---\n\n本文\n",
    });
    const { files, problems } = await checkContent(path.join(root, "content"), root);
    assert.equal(files, 3);
    assert.deepEqual(
      problems.map(formatProblem).map((line) => line.replace(/^(\S+:\d+: \S+:) .*$/u, "$1")),
      [
        "content/articles/a-future.mdx:6: 本文:",
        "content/articles/b-draft.mdx:9: 本文:",
        "content/articles/c-date.md:3: date:",
      ],
    );
  });
});
