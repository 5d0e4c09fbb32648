// The editors' own lists: content/categories.yml (the categories articles may use, their slugs,
// descriptions and order) and content/tags.yml (tag descriptions and spellings meant as one tag).
import fs from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import { z } from "zod";
import type { ContentProblem } from "./problems";
import { termKey } from "./slugs";

export const CATEGORIES_FILE = "categories.yml";
export const TAGS_FILE = "tags.yml";

export interface CategoryDefinition {
  name: string;
  key: string;
  /** The ASCII segment of the category's address (`/categories/investment`); null: the name is. */
  slug: string | null;
  description: string | null;
  /** Place in the file: the header navigation and the front page follow it. */
  order: number;
  line: number;
}

export interface TagDefinition {
  name: string;
  key: string;
  description: string | null;
  /** Other spellings editors declared the same tag (`machine learning` for 機械学習). */
  aliases: string[];
  line: number;
}

export interface TaxonomyList<T> {
  /** Project-relative path of the file, for messages. */
  file: string;
  exists: boolean;
  entries: T[];
  /** The file's last line: where a new entry goes. */
  lastLine: number;
}

export interface Taxonomy {
  categories: TaxonomyList<CategoryDefinition>;
  tags: TaxonomyList<TagDefinition>;
}

const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const optionalText = z
  .string()
  .trim()
  .transform((text) => (text.length > 0 ? text : null))
  .nullish()
  .transform((text) => text ?? null);
const nameField = z.union([z.string(), z.number()], { error: "name（表示名）を書いてください" }).transform(String).pipe(
  z.string().trim().min(1, "name（表示名）が空です"),
);

const categoryEntrySchema = z
  .object({
    name: nameField,
    slug: z
      .string()
      .trim()
      .regex(ASCII_SLUG, "slug は半角英小文字・数字・ハイフンで書いてください（例: investment）")
      .nullish()
      .transform((slug) => slug ?? null),
    description: optionalText,
  })
  .strict();

const tagEntrySchema = z
  .object({
    name: nameField,
    description: optionalText,
    aliases: z
      .union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])
      .nullish()
      .transform((value) => (value === null || value === undefined ? [] : [value].flat().map(String).map((alias) => alias.trim())))
      .pipe(z.array(z.string().min(1, "aliases に空の名前があります"))),
  })
  .strict();

interface ParsedList {
  exists: boolean;
  items: { data: unknown; line: number; keyLines: Map<string, number> }[];
  lastLine: number;
}

function lineOf(counter: LineCounter, node: Node | null | undefined, fallback: number): number {
  const start = node?.range?.[0];
  return start === undefined ? fallback : counter.linePos(start).line;
}

/** Reads a YAML list of entries, with each entry's line and the lines of its keys. */
function readList(absolutePath: string, file: string, problems: ContentProblem[]): ParsedList {
  if (!fs.existsSync(absolutePath)) return { exists: false, items: [], lastLine: 0 };
  const text = fs.readFileSync(absolutePath, "utf8").replace(/^\uFEFF/u, "");
  const lastLine = text.replace(/\n+$/u, "").split("\n").length;
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    problems.push({ file, line: counter.linePos(error.pos[0]).line, message: `YAML を読めません: ${error.message.split("\n")[0]}` });
    return { exists: true, items: [], lastLine };
  }
  if (doc.contents === null) return { exists: true, items: [], lastLine };
  if (!isSeq(doc.contents)) {
    problems.push({ file, line: 1, message: "「- name: …」の行を並べたリストで書いてください" });
    return { exists: true, items: [], lastLine };
  }
  const values: unknown = doc.toJS();
  const data: unknown[] = Array.isArray(values) ? values : [];
  const items = doc.contents.items.map((item, index) => {
    const line = lineOf(counter, isMap(item) || isScalar(item) ? item : null, 1);
    const keyLines = new Map<string, number>();
    if (isMap(item)) {
      for (const pair of item.items) {
        if (isScalar(pair.key)) keyLines.set(String(pair.key.value), lineOf(counter, pair.key, line));
      }
    }
    return { data: data[index], line, keyLines };
  });
  return { exists: true, items, lastLine };
}

function parseEntries<S extends z.ZodType>(
  list: ParsedList,
  file: string,
  schema: S,
  allowedKeys: string,
  problems: ContentProblem[],
): { data: z.output<S>; line: number; keyLines: Map<string, number> }[] {
  const entries: { data: z.output<S>; line: number; keyLines: Map<string, number> }[] = [];
  for (const item of list.items) {
    const result = schema.safeParse(item.data);
    if (result.success) {
      entries.push({ data: result.data, line: item.line, keyLines: item.keyLines });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.code === "unrecognized_keys" ? issue.keys[0] : issue.path[0] === undefined ? undefined : String(issue.path[0]);
      const message =
        issue.code === "unrecognized_keys"
          ? `使えない項目 ${issue.keys.join(", ")} があります（${allowedKeys} が使えます）`
          : issue.code === "invalid_type" && issue.path.length === 0
            ? "各項目は「- name: 名前」の形で書いてください"
            : issue.message;
      problems.push({ file, line: (field && item.keyLines.get(field)) || item.line, field, message });
    }
  }
  return entries;
}

/** Reports a second use of one key (a name, a slug or an alias), naming the line of the first. */
function claimKeys(file: string, problems: ContentProblem[]) {
  const claimed = new Map<string, { line: number; what: string }>();
  return (key: string, line: number, what: string): boolean => {
    const first = claimed.get(key);
    if (first) {
      problems.push({ file, line, message: `${what}は ${first.line} 行目の${first.what}と同じです（大文字小文字・全角半角の違いは同じとみなします）` });
      return false;
    }
    claimed.set(key, { line, what });
    return true;
  };
}

/** A list file of the content folder, read, with its project-relative name and a claim per key. */
function openList(root: string, name: string, cwd: string, problems: ContentProblem[]) {
  const absolutePath = path.join(root, name);
  const file = toProjectPath(cwd, absolutePath);
  return { file, list: readList(absolutePath, file, problems), claim: claimKeys(file, problems) };
}

/** categories.yml alone (the importer adds to it); readTaxonomy reads it with tags.yml. */
export function readCategories(root: string, cwd: string, problems: ContentProblem[]): TaxonomyList<CategoryDefinition> {
  const { file, list, claim } = openList(root, CATEGORIES_FILE, cwd, problems);
  const entries: CategoryDefinition[] = [];
  for (const { data, line, keyLines } of parseEntries(list, file, categoryEntrySchema, "name・slug・description", problems)) {
    const key = termKey(data.name);
    if (!claim(key, line, `カテゴリ「${data.name}」`)) continue;
    if (data.slug !== null && termKey(data.slug) !== key && !claim(termKey(data.slug), keyLines.get("slug") ?? line, `slug「${data.slug}」`)) continue;
    entries.push({ name: data.name, key, slug: data.slug, description: data.description, order: entries.length, line });
  }
  return { file, exists: list.exists, entries, lastLine: list.lastLine };
}

function readTags(root: string, cwd: string, problems: ContentProblem[]): TaxonomyList<TagDefinition> {
  const { file, list, claim } = openList(root, TAGS_FILE, cwd, problems);
  const entries: TagDefinition[] = [];
  for (const { data, line, keyLines } of parseEntries(list, file, tagEntrySchema, "name・description・aliases", problems)) {
    const key = termKey(data.name);
    if (!claim(key, line, `タグ「${data.name}」`)) continue;
    const aliasLine = keyLines.get("aliases") ?? line;
    const aliases = data.aliases.filter((alias) => termKey(alias) !== key && claim(termKey(alias), aliasLine, `別名「${alias}」`));
    entries.push({ name: data.name, key, description: data.description, aliases, line });
  }
  return { file, exists: list.exists, entries, lastLine: list.lastLine };
}

function toProjectPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join("/");
}

/** Both lists of a content folder; problems in them go to `problems` with file and line. */
export function readTaxonomy(root: string, cwd: string, problems: ContentProblem[]): Taxonomy {
  return { categories: readCategories(root, cwd, problems), tags: readTags(root, cwd, problems) };
}

/** The files whose change reloads content in `next dev`. */
export function taxonomyFiles(root: string): string[] {
  const files = [CATEGORIES_FILE, TAGS_FILE].map((name) => path.join(/*turbopackIgnore: true*/ root, name));
  return files.filter((file) => fs.existsSync(/*turbopackIgnore: true*/ file));
}

/**
 * How a written tag or category name maps onto the lists: the key of the entry it belongs to
 * (its own key, or the entry an alias or slug points at) and that entry.
 */
export interface TermDirectory<T extends { key: string }> {
  entryOf(name: string): T | undefined;
}

export function categoryDirectory(list: TaxonomyList<CategoryDefinition>): TermDirectory<CategoryDefinition> {
  const byKey = new Map<string, CategoryDefinition>();
  for (const entry of list.entries) byKey.set(entry.key, entry);
  return { entryOf: (name) => byKey.get(termKey(name)) };
}

export function tagDirectory(list: TaxonomyList<TagDefinition>): TermDirectory<TagDefinition> {
  const byKey = new Map<string, TagDefinition>();
  for (const entry of list.entries) {
    byKey.set(entry.key, entry);
    for (const alias of entry.aliases) byKey.set(termKey(alias), entry);
  }
  return { entryOf: (name) => byKey.get(termKey(name)) };
}
