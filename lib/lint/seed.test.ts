// The real AI-assisted draft the linter was written for (kept outside the repository, never copied
// into it): every artifact class it carries must be reported on the line where it is.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { severityOf } from "../content/problems";
import { comparableText } from "../content/same-text";
import { checkSite } from "./run";
import { tempFiles } from "../testing/temp-files";

const SEED = path.resolve(process.cwd(), "../shared/seeds/004_fa63c8da7dd56f76.txt");
const seedText = fs.existsSync(SEED) ? fs.readFileSync(SEED, "utf8") : null;

/** 1-based numbers of the lines that satisfy `predicate`. */
function linesWhere(lines: readonly string[], predicate: (line: string, number: number) => boolean): number[] {
  return lines.flatMap((line, index) => (predicate(line, index + 1) ? [index + 1] : []));
}

describe("seed 004, saved as Markdown with its front matter", { skip: seedText === null ? `${SEED} is absent` : false }, () => {
  const text = seedText ?? "";
  const lines = text.replace(/\r\n?/gu, "\n").split("\n");
  const at = (number: number) => lines[number - 1] ?? "";
  const frontMatterEnd = linesWhere(lines, (line) => line.trim() === "---")[1] ?? 0;
  const inBody = (number: number) => number > frontMatterEnd;
  const isSeparator = (line: string) => /^-{3}\s*END\s*-{3}$/u.test(line.trim());
  const headingText = (line: string) => /^#{1,6}\s+(.*)$/u.exec(line)?.[1] ?? /^\*\*([^*]+)\*\*$/u.exec(line.trim())?.[1] ?? null;
  const isParagraph = (line: string) => line.trim().length > 0 && !isSeparator(line) && headingText(line) === null && !/^\s/u.test(line) && !/^\d+\./u.test(line);
  const previousNonBlank = (number: number) => {
    let n = number - 1;
    while (n > 0 && at(n).trim() === "") n--;
    return n;
  };
  const nextNonBlank = (number: number) => {
    let n = number + 1;
    while (n <= lines.length && at(n).trim() === "") n++;
    return n;
  };

  let reported: string[] = [];
  let errors: string[] = [];
  before(async () => {
    const root = tempFiles({ "content/articles/aws-genai-support.md": text, "content/categories.yml": "- name: 投資分析\n" }, "lint-seed-");
    const check = await checkSite({ root: path.join(root, "content"), cwd: root, settings: { publicDir: path.join(root, "public") } });
    reported = check.problems.map((problem) => `${problem.rule ?? problem.field}@${problem.line}`);
    errors = check.problems.filter((problem) => severityOf(problem) === "error").map((problem) => `${problem.rule ?? problem.field}@${problem.line}`);
  });

  const expectAll = (rule: string, expected: readonly number[]) => {
    assert.ok(expected.length > 0, `the seed has ${rule} artifacts`);
    for (const line of expected) assert.ok(reported.includes(`${rule}@${line}`), `${rule} on line ${line}: ${at(line).slice(0, 40)}`);
  };

  /** Body paragraphs that say what an earlier one said, word for word or extended with more. */
  const repeatedParagraphs = (how: "exact" | "extended") => {
    const paragraphs = linesWhere(lines, (line, number) => inBody(number) && isParagraph(line));
    return paragraphs.filter((number) =>
      paragraphs.some((earlier) => {
        if (earlier >= number) return false;
        const [a, b] = [comparableText(at(earlier)), comparableText(at(number))];
        return a.length >= 16 && (how === "exact" ? a === b : a !== b && a.length >= 60 && b.startsWith(a));
      }),
    );
  };

  test("the build refuses it for its separator lines and paragraphs repeated word for word; every other artifact is a warning", () => {
    const expected = [
      ...linesWhere(lines, isSeparator).map((line) => `separator@${line}`),
      ...repeatedParagraphs("exact").map((line) => `repeated-paragraph@${line}`),
    ];
    assert.deepEqual([...errors].sort(), expected.sort());
  });

  test("every separator line", () => {
    const separators = linesWhere(lines, isSeparator);
    expectAll("separator", separators);
    assert.equal(reported.filter((entry) => entry.startsWith("separator@")).length, separators.length);
  });

  test("the title repeated as the first body line", () => {
    const title = /^title:\s*"?(.*?)"?\s*$/mu.exec(text)?.[1] ?? "";
    const first = linesWhere(lines, (line, number) => inBody(number) && line.trim().length > 0)[0] ?? 0;
    assert.equal(comparableText(at(first)), comparableText(title));
    expectAll("title-repeated", [first]);
  });

  test("paragraphs repeated, exactly or extended, across separators", () => {
    expectAll("repeated-paragraph", repeatedParagraphs("exact"));
    expectAll("similar-paragraph", repeatedParagraphs("extended"));
  });

  test("a sentence of an earlier paragraph opening a later one", () => {
    const paragraphs = linesWhere(lines, (line, number) => inBody(number) && isParagraph(line));
    const lastSentence = (line: string) => comparableText(line.split(/(?<=[。？！])/u).filter((s) => s.trim()).at(-1) ?? "");
    const overlaps = paragraphs.filter((number) =>
      paragraphs.some((earlier) => earlier < number && lastSentence(at(earlier)).length >= 20 && comparableText(at(number)).startsWith(lastSentence(at(earlier))) && comparableText(at(number)) !== comparableText(at(earlier))),
    );
    expectAll("repeated-sentence", overlaps);
  });

  test("headings repeated, and sections repeated with （続き）", () => {
    const headings = linesWhere(lines, (line, number) => inBody(number) && headingText(line) !== null);
    const continued = headings.filter((number) => /（続き）\s*$/u.test(at(number)));
    expectAll("continued-section", continued);
    const repeatedHeadings = headings.filter(
      (number) => !continued.includes(number) && headings.some((earlier) => earlier < number && comparableText(headingText(at(earlier)) ?? "") === comparableText(headingText(at(number)) ?? "")),
    );
    expectAll("repeated-heading", repeatedHeadings);
  });

  test("sentences cut off before a separator, and picked up mid-clause after it", () => {
    const separators = linesWhere(lines, isSeparator);
    const cutEnds = separators.map(previousNonBlank).filter((number) => isParagraph(at(number)) && !/[。！？」』)）]$/u.test(at(number).trim()));
    expectAll("cut-sentence-end", cutEnds);
    const cutStarts = separators.map(nextNonBlank).filter((number) => /^(?:こと|し続け)/u.test(at(number)));
    expectAll("cut-sentence-start", cutStarts);
  });

  test("the final heading has no body", () => {
    const lastHeading = linesWhere(lines, (line) => /^#{1,6}\s/u.test(line)).at(-1) ?? 0;
    assert.ok(linesWhere(lines, (line, number) => number > lastHeading && isParagraph(line)).length === 0);
    expectAll("empty-final-heading", [lastHeading]);
  });

  test("reading_time is off by more than half", () => {
    expectAll("reading-time", linesWhere(lines, (line) => line.startsWith("reading_time:")));
  });
});
