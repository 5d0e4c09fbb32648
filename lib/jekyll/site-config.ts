// A Jekyll site's settings and data as its templates see them: `_config.yml`, and `_data/` as
// `site.data` (folders nested, as Jekyll nests them), read through the site's gate.
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { DEFAULT_TIME_ZONE, zoneOffsetMinutes } from "./jekyll-dates";
import { readSiteFile } from "./site-files";

export interface JekyllSiteConfig {
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  /** `timezone` from _config.yml when the runtime knows it, else this site's assumption (JST). */
  timeZone: string;
  /** Problems that concern the whole site, for the end of the report. */
  notes: string[];
}

const DATA_FILE = /\.(?:ya?ml|json)$/iu;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readText(realRoot: string, segments: string[]): string | { missing: true } | null {
  const read = readSiteFile(realRoot, segments);
  if ("missing" in read) return read;
  return "bytes" in read ? read.bytes.toString("utf8").replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n") : null;
}

/** A YAML or JSON file's value, or why it could not be read. */
function parseData(text: string, name: string): { value: unknown } | { problem: string } {
  if (name.toLowerCase().endsWith(".json")) {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      return { problem: error instanceof Error ? error.message : String(error) };
    }
  }
  const doc = parseDocument(text);
  const error = doc.errors[0];
  return error ? { problem: error.message.split("\n")[0] ?? "" } : { value: doc.toJS() };
}

/** `_data/` files, links and dot-names skipped as Jekyll and the site's gate skip them. */
function dataFiles(realRoot: string): string[][] {
  const folder = path.join(realRoot, "_data");
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep))
    .filter((segments) => !segments.some((name) => name.startsWith(".")))
    .sort((a, b) => a.join("/").localeCompare(b.join("/")));
}

function setNested(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (isRecord(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  const last = keys.at(-1);
  if (last !== undefined) node[last] = value;
}

export function readSiteConfig(realRoot: string): JekyllSiteConfig {
  const notes: string[] = [];
  let config: Record<string, unknown> = {};
  const configText = readText(realRoot, ["_config.yml"]);
  if (configText === null) notes.push("_config.yml はシンボリックリンクかファイルでないので読まず、site の値なしで取り込みました");
  else if (typeof configText === "string") {
    const parsed = parseData(configText, "_config.yml");
    if ("problem" in parsed) notes.push(`_config.yml を読めないので、site の値なしで取り込みました（${parsed.problem}）`);
    else if (isRecord(parsed.value)) config = parsed.value;
  }

  const data: Record<string, unknown> = {};
  for (const segments of dataFiles(realRoot)) {
    const shown = ["_data", ...segments].join("/");
    const name = segments.at(-1) ?? "";
    if (!DATA_FILE.test(name)) {
      notes.push(`${shown} は YAML でも JSON でもないので site.data に入れていません`);
      continue;
    }
    const text = readText(realRoot, ["_data", ...segments]);
    if (typeof text !== "string") {
      notes.push(`${shown} を読めませんでした（シンボリックリンクか、読んでいる間に消えたファイルです）`);
      continue;
    }
    const parsed = parseData(text, name);
    if ("problem" in parsed) {
      notes.push(`${shown} を読めないので site.data に入れていません（${parsed.problem}）`);
      continue;
    }
    setNested(data, [...segments.slice(0, -1), name.replace(DATA_FILE, "")], parsed.value);
  }

  const written = config.timezone;
  let timeZone = DEFAULT_TIME_ZONE;
  if (typeof written === "string" && written.trim() !== "") {
    if (zoneOffsetMinutes(written.trim(), new Date()) === null) notes.push(`_config.yml の timezone「${written}」がわからないので、日本時間として日付を読みました`);
    else timeZone = written.trim();
  }
  return { config, data, timeZone, notes };
}
