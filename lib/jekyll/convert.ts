// Jekyll's Liquid in a post body turned into Markdown this site shows, with a note for every change
// and for whatever had to stay as written.
import path from "node:path";
import { slugFromFileName } from "../content/slugs";
import { articlePath } from "../urls";

export interface ConversionNote {
  /** Line of the post file (front matter counted). */
  line: number;
  message: string;
}

export interface ConvertedBody {
  body: string;
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

export interface LiquidContext {
  /** The imported slug of a post by its file name without extension; null when it is not imported. */
  postSlug: (name: string) => string | null;
  /** For `{{ page.title }}`. */
  title: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
}

const TOKEN = /\{%-?\s*([\s\S]*?)\s*-?%\}|\{\{-?\s*([\s\S]*?)\s*-?\}\}/gu;
const KRAMDOWN_ATTRIBUTES = /^\{:\s*[^}]*\}[ \t]*$/u;
const SITE_ROOT = new Set(["site.baseurl", "site.url"]);
const PATH_FILTERS = /^(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url))$/u;

function shorten(token: string): string {
  const line = token.replace(/\s+/gu, " ");
  return line.length > 50 ? `${line.slice(0, 50)}…` : line;
}

/** The longest run of backticks in `code`, so a fence around it is longer still. */
function fenceFor(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/gu) ?? []).map((run) => run.length));
  return "`".repeat(Math.max(3, longest + 1));
}

/**
 * Blanks Kramdown's `{:toc}` (with the `* TOC` line before it) and `{: .class}` lines, which only
 * mean something to Jekyll. Blanking keeps every later line where it was, for the notes.
 */
function withoutKramdownAttributes(body: string, bodyStartLine: number, changed: ConversionNote[]): string {
  const lines = body.split("\n");
  let inCode = false;
  lines.forEach((line, index) => {
    if (/^ {0,3}(?:```|~~~)/u.test(line)) inCode = !inCode;
    if (inCode || !KRAMDOWN_ATTRIBUTES.test(line.trim())) return;
    const previous = lines[index - 1] ?? "";
    if (/^\{:\s*toc\s*\}$/u.test(line.trim()) && /^\s*[*-]\s+(?:TOC|目次)\s*$/u.test(previous)) lines[index - 1] = "";
    lines[index] = "";
    changed.push({ line: bodyStartLine + index, message: `Kramdown の ${shorten(line.trim())} を消しました（目次や装飾はこのサイトが付けます）` });
  });
  return lines.join("\n");
}

export function convertLiquid(source: string, context: LiquidContext): ConvertedBody {
  const changed: ConversionNote[] = [];
  const unconverted: ConversionNote[] = [];
  const body = withoutKramdownAttributes(source, context.bodyStartLine, changed);
  const lineAt = (offset: number) => context.bodyStartLine + (body.slice(0, offset).match(/\n/gu)?.length ?? 0);
  const out: string[] = [];
  const openFences: string[] = [];
  const startLine = () => {
    const last = out.at(-1) ?? "\n";
    if (!last.endsWith("\n")) out.push("\n");
  };

  /** Finds the closing `{% end<name> %}` after `from`: its start and end offsets. */
  const closing = (name: string, from: number) => {
    const pattern = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, "gu");
    pattern.lastIndex = from;
    const match = pattern.exec(body);
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  };

  const postLink = (written: string, offset: number, token: string) => {
    const name = path.posix.basename(written).replace(/\.(?:md|markdown|mdx)$/iu, "");
    const slug = context.postSlug(name);
    if (slug !== null) {
      changed.push({ line: lineAt(offset), message: `${shorten(token)} を ${articlePath(slug)} にしました` });
      return articlePath(slug);
    }
    const guess = slugFromFileName(`${name}.md`);
    unconverted.push({
      line: lineAt(offset),
      message: `${shorten(token)} のリンク先は取り込む記事の中にありません（${articlePath(guess)} にしました。記事があるか確かめてください）`,
    });
    return articlePath(guess);
  };

  let cursor = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(body); match; match = TOKEN.exec(body)) {
    const [token, tag, output] = match;
    const offset = match.index;
    out.push(body.slice(cursor, offset));
    cursor = offset + token.length;

    if (tag !== undefined) {
      const [name = "", ...args] = tag.split(/\s+/u);
      if (name === "raw") {
        const end = closing("raw", cursor);
        out.push(body.slice(cursor, end?.start));
        cursor = end?.end ?? body.length;
        TOKEN.lastIndex = cursor;
        changed.push({ line: lineAt(offset), message: "{% raw %} を外し、中身を書かれたとおりに残しました" });
      } else if (name === "comment") {
        const end = closing("comment", cursor);
        cursor = end?.end ?? body.length;
        TOKEN.lastIndex = cursor;
        changed.push({ line: lineAt(offset), message: "{% comment %} の中身（読者には見えないメモ）を消しました" });
      } else if (name === "highlight") {
        const end = closing("highlight", cursor);
        const fence = fenceFor(body.slice(cursor, end?.start));
        const [language = "", ...options] = args;
        startLine();
        out.push(`${fence}${language}`);
        openFences.push(fence);
        const dropped = options.length > 0 ? `（${options.join(" ")} は使えないので外しました）` : "";
        changed.push({ line: lineAt(offset), message: `${shorten(token)} をコードブロック（${fence}${language}）にしました${dropped}` });
      } else if (name === "endhighlight") {
        startLine();
        out.push(openFences.pop() ?? "```");
      } else if (name === "post_url") {
        out.push(postLink(args.join(" "), offset, token));
      } else if (name === "link" && /(?:^|\/)_posts\//u.test(args[0] ?? "")) {
        out.push(postLink(args[0] ?? "", offset, token));
      } else {
        out.push(token);
        unconverted.push({ line: lineAt(offset), message: `${shorten(token)} は変換できないので、そのまま残しました（書き換えるか消してください）` });
      }
      continue;
    }

    const [head = "", ...filters] = (output ?? "").split("|").map((part) => part.trim());
    const quoted = /^(["'])(.*)\1$/u.exec(head);
    if (SITE_ROOT.has(head) && filters.length === 0) {
      out.push("");
      changed.push({ line: lineAt(offset), message: `${shorten(token)} を消しました（このサイトのパスは / から始まります）` });
    } else if (quoted && filters.length > 0 && filters.every((filter) => PATH_FILTERS.test(filter))) {
      out.push(quoted[2] ?? "");
      changed.push({ line: lineAt(offset), message: `${shorten(token)} を ${quoted[2]} にしました` });
    } else if (head === "page.title" && filters.length === 0) {
      out.push(context.title);
      changed.push({ line: lineAt(offset), message: `${shorten(token)} を記事のタイトルにしました` });
    } else {
      out.push(token);
      unconverted.push({ line: lineAt(offset), message: `${shorten(token)} は変換できないので、そのまま残しました（書き換えるか消してください）` });
    }
  }
  out.push(body.slice(cursor));

  const converted = out.join("");

  const byLine = (a: ConversionNote, b: ConversionNote) => a.line - b.line;
  return { body: converted, changed: changed.sort(byLine), unconverted: unconverted.sort(byLine) };
}
