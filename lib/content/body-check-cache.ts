// Compiling a body to check it costs 25–35 ms, so a site of 10,000 articles spent minutes on it
// in every build. The result depends on the file's path and text and on the code that compiles
// it, so it is kept per file under a key of those; a cache written by other code is dropped whole.
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

export interface BodyCheckCache {
  get(body: BodyToCheck): ContentProblem[] | undefined;
  set(body: BodyToCheck, problems: ContentProblem[]): void;
  /** Writes what this run checked (and only that: files gone since are forgotten). */
  save(): void;
}

function keyOf({ file, body, bodyStartLine, format }: BodyToCheck): string {
  return crypto.createHash("sha256").update(JSON.stringify([file, format, bodyStartLine, body])).digest("base64url");
}

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

/** A cache kept in `file`, valid only for code with `codeFingerprint`. */
export function fileBodyCheckCache(file: string, codeFingerprint: string): BodyCheckCache {
  const previous = read(file, codeFingerprint);
  const current = new Map<string, ContentProblem[]>();
  return {
    get(body) {
      const key = keyOf(body);
      const found = previous.get(key) ?? current.get(key);
      if (found) current.set(key, found);
      return found;
    },
    set(body, problems) {
      current.set(keyOf(body), problems);
    },
    save() {
      const stored: Stored = { codeFingerprint, results: Object.fromEntries(current) };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Written aside and renamed, so a build stopped halfway leaves the old cache or the new one.
      const temporary = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, JSON.stringify(stored));
      fs.renameSync(temporary, file);
    },
  };
}
