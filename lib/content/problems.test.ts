import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { ContentError, formatProblem, severityOf, sortProblems, type ContentProblem } from "./problems";

describe("formatProblem", () => {
  test("path:line: field: message", () => {
    assert.equal(
      formatProblem({ file: "content/articles/foo.md", line: 3, field: "date", message: "存在しない日付です" }),
      "content/articles/foo.md:3: date: 存在しない日付です",
    );
  });

  test("without a field", () => {
    assert.equal(formatProblem({ file: "content/articles/foo.md", line: 1, message: "閉じられていません" }), "content/articles/foo.md:1: 閉じられていません");
  });

  test("a linter finding names its rule in the field's place", () => {
    assert.equal(
      formatProblem({ file: "content/articles/foo.md", line: 58, rule: "separator", severity: "error", message: "区切りの残骸" }),
      "content/articles/foo.md:58: separator: 区切りの残骸",
    );
  });

  test("without a line", () => {
    assert.equal(formatProblem({ file: "content/jobs/x.md", field: "id", message: "重複" }), "content/jobs/x.md: id: 重複");
    assert.equal(formatProblem({ file: "content/jobs/x.md", message: "空です" }), "content/jobs/x.md: 空です");
  });
});

describe("severityOf", () => {
  test("a problem is an error unless it says it is a warning", () => {
    assert.equal(severityOf({ file: "a.md", message: "x" }), "error");
    assert.equal(severityOf({ file: "a.md", message: "x", severity: "warning" }), "warning");
  });
});

describe("sortProblems", () => {
  test("by file, then line, then message, without changing the input", () => {
    const problems: ContentProblem[] = [
      { file: "b.md", line: 2, message: "x" },
      { file: "a.md", line: 10, message: "y" },
      { file: "a.md", line: 2, message: "z" },
      { file: "a.md", message: "no line" },
      { file: "a.md", line: 2, message: "a" },
    ];
    const copy = [...problems];
    assert.deepEqual(
      sortProblems(problems).map(formatProblem),
      ["a.md: no line", "a.md:2: a", "a.md:2: z", "a.md:10: y", "b.md:2: x"],
    );
    assert.deepEqual(problems, copy);
  });
});

describe("ContentError", () => {
  test("lists every problem, sorted, one per line, with the count", () => {
    const error = new ContentError([
      { file: "b.md", line: 1, message: "二" },
      { file: "a.md", line: 4, field: "title", message: "必須です" },
    ]);
    assert.ok(error instanceof Error);
    assert.equal(error.name, "ContentError");
    assert.equal(error.problems.length, 2);
    assert.equal(error.message, "コンテンツに 2 件のエラーがあります:\na.md:4: title: 必須です\nb.md:1: 二");
  });
});
