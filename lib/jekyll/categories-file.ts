// content/categories.yml, the site's categories in navigation order: read to know which ones exist,
// and appended to when an imported site brings new ones (editors' comments and layout kept).
import fs from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, parseDocument, stringify } from "yaml";
import type { ContentProblem } from "../content/problems";
import { CATEGORIES_FILE, readCategories } from "../content/taxonomy-files";
import { occupied, writeInside } from "./site-files";

export { CATEGORIES_FILE };

export type CategoriesRead = { ok: true; names: string[]; text: string } | { ok: false; message: string };

/** The names in the file, in order, read as the site reads them; an absent file is an empty list. */
export function readCategoriesFile(contentRoot: string): CategoriesRead {
  const file = path.join(contentRoot, CATEGORIES_FILE);
  if (!occupied(file)) return { ok: true, names: [], text: "" };
  if (fs.lstatSync(file).isSymbolicLink()) return { ok: false, message: `${CATEGORIES_FILE} がシンボリックリンクなので読みません` };
  const problems: ContentProblem[] = [];
  const categories = readCategories(contentRoot, contentRoot, problems);
  const [first] = problems;
  if (first) return { ok: false, message: `${CATEGORIES_FILE}${first.line ? ` ${first.line} 行目` : ""}: ${first.message}` };
  return { ok: true, names: categories.entries.map((entry) => entry.name), text: fs.readFileSync(file, "utf8") };
}

/**
 * The file with `- name: …` entries added at its end. Text is appended rather than the document
 * re-printed, so comments and spacing stay as the editors wrote them; a list written some other
 * way (flow style) is re-printed instead.
 */
export function withCategoriesAdded(text: string, names: readonly string[]): string {
  const doc = parseDocument(text);
  const first = isSeq(doc.contents) ? doc.contents.items[0] : undefined;
  const firstStart = isMap(first) || isScalar(first) ? first.range?.[0] : undefined;
  const lineStart = firstStart === undefined ? 0 : text.lastIndexOf("\n", firstStart) + 1;
  const indent = firstStart === undefined ? "" : " ".repeat(Math.max(0, firstStart - lineStart - 2));
  const entries = names.map((name) => `${indent}- name: ${stringify(name).trimEnd()}\n`).join("");
  const appended = `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${entries}`;
  const before = isSeq(doc.contents) ? doc.contents.items.length : 0;
  const check = parseDocument(appended);
  const after = isSeq(check.contents) ? check.contents.toJSON() : null;
  const added = Array.isArray(after) && after.length === before + names.length ? after.slice(before) : [];
  if (check.errors.length === 0 && names.every((name, index) => isNamed(added[index], name))) return appended;
  if (!isSeq(doc.contents)) return stringify(names.map((name) => ({ name })));
  for (const name of names) doc.add({ name });
  return doc.toString();
}

function isNamed(item: unknown, name: string): boolean {
  return typeof item === "object" && item !== null && "name" in item && item.name === name;
}

export function writeCategoriesFile(contentRoot: string, text: string): { written: true } | { refused: string } {
  const written = writeInside(contentRoot, [CATEGORIES_FILE], text);
  return "kind" in written ? { refused: written.kind } : written;
}
