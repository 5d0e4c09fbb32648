// A Jekyll post file read the way Jekyll reads it: front matter, body, and the slug and title its name gives.
import path from "node:path";
import { splitFrontMatter } from "../content/front-matter";
import { slugFromFileName } from "../content/slugs";

export const POST_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(md|markdown|mdx|html|textile)$/iu;
export const MARKDOWN = /\.(?:md|markdown|mdx)$/iu;

/** `2025-10-08-hello-world.markdown` → `hello-world`, as the loader derives it from the `.md` copy. */
export function slugOfPostFile(file: string): string {
  return slugFromFileName(path.basename(file).replace(MARKDOWN, ".md"));
}

/** Jekyll's title for a post without one: the file name's words, capitalised. */
export function titleFromFileName(file: string): string {
  return slugOfPostFile(file)
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

export interface ParsedPost {
  file: string;
  slug: string;
  title: string;
  yamlText: string;
  data: Record<string, unknown>;
  keyLines: ReadonlyMap<string, number>;
  body: string;
  bodyStartLine: number;
}

export function parsePost(file: string, raw: string): ParsedPost | { error: string } {
  const text = raw.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const split = splitFrontMatter(text);
  if (!split.ok) return { error: `フロントマターを読めません（${split.line ? `${split.line} 行目: ` : ""}${split.message}）` };
  const { data, body, bodyStartLine, keyLines } = split.file;
  const written = data.slug;
  const slug = typeof written === "string" && written.trim() ? written.normalize("NFC").trim() : slugOfPostFile(file);
  const title = typeof data.title === "string" || typeof data.title === "number" ? String(data.title) : titleFromFileName(file);
  const yamlText = text.split("\n").slice(1, bodyStartLine - 2).join("\n");
  return { file, slug, title, yamlText, data, keyLines, body, bodyStartLine };
}
