// Variables a template reads that the Jekyll site does not define. Jekyll renders them empty, and so
// does the import, but the editor hears where: an empty `{{ page.subtitle }}` often means a sentence
// now lacks a word.
import type { Liquid, Template, Variable } from "liquidjs";
import type { NoteKind } from "./types";

/** Tests of whether a value exists (if, unless, case, a default filter) are not mistakes. */
const TESTED_IN_TAG = /^\{%-?\s*(?:if|elsif|unless|case|when)\b/u;
const DEFAULTED = /\|\s*default\b/u;
/** Paths the imported site serves from `/`, so these are empty on purpose. */
const SITE_ROOT_PATHS = new Set(["site.url", "site.baseurl"]);

interface Found {
  found: boolean;
  value: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One step of a Liquid lookup, with the properties Liquid gives arrays and strings. */
function step(value: unknown, key: string | number): Found {
  if (Array.isArray(value)) {
    if (key === "size") return { found: true, value: value.length };
    if (key === "first") return { found: value.length > 0, value: value[0] };
    if (key === "last") return { found: value.length > 0, value: value.at(-1) };
    const index = typeof key === "number" ? key : /^-?\d+$/u.test(key) ? Number(key) : Number.NaN;
    return Number.isInteger(index) && index < value.length && index >= -value.length ? { found: true, value: value.at(index) } : { found: false, value: undefined };
  }
  if (typeof value === "string" && key === "size") return { found: true, value: value.length };
  if (isRecord(value)) {
    if (Object.hasOwn(value, key)) return { found: true, value: value[key] };
    if (key === "size") return { found: true, value: Object.keys(value).length };
  }
  return { found: false, value: undefined };
}

/** Whether the path exists; a path with a computed segment (`site.data[page.lang]`) is not judged. */
function defined(scope: Record<string, unknown>, segments: readonly (string | number | Variable)[]): boolean {
  let value: unknown = scope;
  for (const segment of segments) {
    if (typeof segment !== "string" && typeof segment !== "number") return true;
    const next = step(value, segment);
    if (!next.found) return false;
    value = next.value;
  }
  return true;
}

function whereUndefined(path: string): string {
  if (path.startsWith("site.")) return "は _config.yml にも _data にもない";
  if (path.startsWith("page.")) return "はこの記事のフロントマターにない";
  if (path.startsWith("include.")) return "は include に渡されていない";
  return "はどこにも定義されていない";
}

/** 0-based offset of a 1-based row and column. */
function offsetOf(text: string, row: number, col: number): number {
  let offset = 0;
  for (let line = 1; line < row; line += 1) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + col - 1;
}

/** Whether the variable at `offset` is only tested for existence. */
function onlyTested(text: string, offset: number): boolean {
  const open = Math.max(text.lastIndexOf("{%", offset), text.lastIndexOf("{{", offset));
  if (open === -1) return false;
  const isTag = text.startsWith("{%", open);
  const close = text.indexOf(isTag ? "%}" : "}}", offset);
  const written = text.slice(open, close === -1 ? text.length : close);
  return (isTag && TESTED_IN_TAG.test(written)) || DEFAULTED.test(text.slice(offset, close === -1 ? text.length : close));
}

/**
 * Notes for the variables `templates` read from outside themselves: undefined ones, and
 * `site.url`/`site.baseurl`, which are empty here on purpose. `roots` limits which variables are
 * judged (an include also sees what the post assigned, which no scope lists).
 */
export function noteVariables(
  liquid: Liquid,
  templates: Template[],
  text: string,
  scope: Record<string, unknown>,
  roots: ReadonlySet<string> | null,
  note: (offset: number, kind: NoteKind, message: string) => void,
): void {
  const { globals } = liquid.analyzeSync(templates, { partials: false });
  const read = Object.values(globals)
    .flat()
    .filter((variable) => typeof variable.segments[0] === "string" && (roots === null || roots.has(variable.segments[0])))
    .map((variable) => {
      const offset = offsetOf(text, variable.location.row, variable.location.col);
      return { variable, path: String(variable), offset, tested: onlyTested(text, offset) };
    });
  // `{% if page.sub %}{{ page.sub }}{% endif %}` reads it only where it exists.
  const tested = new Set(read.filter((entry) => entry.tested).map((entry) => entry.path));
  const testedSomewhere = (path: string) => [...tested].some((prefix) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`));
  for (const { variable, path, offset, tested: onlyATest } of read) {
    if (SITE_ROOT_PATHS.has(path)) {
      note(offset, "changed", `${path} を空にしました（取り込んだ記事のパスは / から始まります）`);
    } else if (!onlyATest && !testedSomewhere(path) && !defined(scope, variable.segments)) {
      note(offset, "unconverted", `${path} ${whereUndefined(path)}ので、Jekyll と同じく空にしました（文が欠けていないか確かめてください）`);
    }
  }
}
