// Checking a file's body costs 25–35 ms (it is compiled), so a site of 10,000 articles spent
// minutes on it in every build. A check's problems depend on the file's path and text and on the
// code that checks it, so they are kept per file under a key of those; a cache written by other
// code is dropped whole.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./problems";
import type { BodyFormat } from "./types";

export interface BodyToCheck {
  file: string;
  body: string;
  bodyStartLine: number;
  format: BodyFormat;
}

export interface ProblemCache<Input> {
  get(input: Input): ContentProblem[] | undefined;
  set(input: Input, problems: ContentProblem[]): void;
  /**
   * Writes what this run checked, and only that, so files gone since are forgotten; with
   * `keepUnchecked` (a check of one file or folder) the other files' results are kept as well.
   */
  save(options?: { keepUnchecked?: boolean }): void;
}

export type BodyCheckCache = ProblemCache<BodyToCheck>;

interface Stored {
  /** The code that produced the results: another one means they may not hold. */
  codeFingerprint: string;
  results: Record<string, ContentProblem[]>;
}

function read(file: string, codeFingerprint: string): Map<string, ContentProblem[]> {
  try {
    const stored = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<Stored>;
    if (stored.codeFingerprint !== codeFingerprint || typeof stored.results !== "object" || stored.results === null) return new Map();
    return new Map(Object.entries(stored.results));
  } catch {
    // Missing or unreadable: check everything, as without a cache.
    return new Map();
  }
}

/**
 * A cache kept in `file`, valid only for code with `codeFingerprint`. `inputsOf` names everything
 * the check reads (as JSON): two inputs with the same JSON share their result.
 */
export function fileProblemCache<Input>(file: string, codeFingerprint: string, inputsOf: (input: Input) => unknown): ProblemCache<Input> {
  const keyOf = (input: Input) => crypto.createHash("sha256").update(JSON.stringify(inputsOf(input))).digest("base64url");
  const previous = read(file, codeFingerprint);
  const current = new Map<string, ContentProblem[]>();
  return {
    get(input) {
      const key = keyOf(input);
      const found = previous.get(key) ?? current.get(key);
      if (found) current.set(key, found);
      return found;
    },
    set(input, problems) {
      current.set(keyOf(input), problems);
    },
    save({ keepUnchecked = false } = {}) {
      const results = Object.fromEntries(keepUnchecked ? [...previous, ...current] : current);
      const stored: Stored = { codeFingerprint, results };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a build stopped halfway leaves the old cache or the new one.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(stored));
      fs.renameSync(temporary, file);
    },
  };
}

/** Bodies' compile results, by path, format, first line and text. */
export function fileBodyCheckCache(file: string, codeFingerprint: string): BodyCheckCache {
  return fileProblemCache(file, codeFingerprint, ({ file: path, body, bodyStartLine, format }: BodyToCheck) => [path, format, bodyStartLine, body]);
}
