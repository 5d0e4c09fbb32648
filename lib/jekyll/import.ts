// `npm run import:jekyll`: copies a Jekyll site's posts into content/articles, with their front
// matter kept the way Jekyll meant it and their Liquid converted, and reports every change.
import fs from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import { loadForCheck } from "../content/check";
import { splitFrontMatter } from "../content/front-matter";
import { listContentFiles } from "../content/load";
import { articleFrontMatterSchema } from "../content/schema";
import { slugFromFileName, termKey } from "../content/slugs";
import { site } from "../site";
import { decodeSegment } from "../urls";
import { convertLiquid, type ConversionNote } from "./convert";

export interface ImportOptions {
  /** A Jekyll site (the folder holding `_posts/`) or its `_posts/` folder. */
  source: string;
  /** The site's content folder: posts go to its `articles/`. */
  contentRoot: string;
  /** Images a post uses are copied here from the Jekyll site. */
  publicDir: string;
  /** Replace files that already exist. */
  force?: boolean;
  /** Paths in the report are relative to this folder. */
  cwd?: string;
}

export interface PostReport {
  source: string;
  destination: string | null;
  status: "imported" | "overwritten" | "skipped";
  /** Why a post was skipped. */
  reason?: string;
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

export interface ImageReport {
  path: string;
  status: "copied" | "overwritten" | "exists" | "missing";
  /** The post that uses it. */
  usedBy: string;
}

export type ImportReport =
  | { ok: true; posts: PostReport[]; images: ImageReport[]; notes: string[] }
  | { ok: false; message: string };

const POST_NAME = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.(md|markdown|mdx|html|textile)$/iu;
const MARKDOWN = /\.(?:md|markdown|mdx)$/iu;

function findFolders(source: string): { siteRoot: string; posts: string } | null {
  const resolved = path.resolve(source);
  if (fs.existsSync(path.join(resolved, "_posts"))) return { siteRoot: resolved, posts: path.join(resolved, "_posts") };
  if (path.basename(resolved) === "_posts" && fs.existsSync(resolved)) return { siteRoot: path.dirname(resolved), posts: resolved };
  return null;
}

function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** `2025-10-08-hello-world.markdown` → `hello-world`, as the loader derives it from the `.md` copy. */
function slugOfPostFile(file: string): string {
  return slugFromFileName(path.basename(file).replace(MARKDOWN, ".md"));
}

/** Jekyll's title for a post without one: the file name's words, capitalised. */
function titleFromFileName(file: string): string {
  return slugOfPostFile(file)
    .split("-")
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface ParsedPost {
  file: string;
  slug: string;
  title: string;
  yamlText: string;
  data: Record<string, unknown>;
  keyLines: ReadonlyMap<string, number>;
  body: string;
  bodyStartLine: number;
}

function parsePost(file: string): ParsedPost | { error: string } {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const split = splitFrontMatter(text);
  if (!split.ok) return { error: `フロントマターを読めません（${split.line ? `${split.line} 行目: ` : ""}${split.message}）` };
  const { data, body, bodyStartLine, keyLines } = split.file;
  const written = data.slug;
  const slug = typeof written === "string" && written.trim() ? written.normalize("NFC").trim() : slugOfPostFile(file);
  const title = typeof data.title === "string" || typeof data.title === "number" ? String(data.title) : titleFromFileName(file);
  const yamlText = text.split("\n").slice(1, bodyStartLine - 2).join("\n");
  return { file, slug, title, yamlText, data, keyLines, body, bodyStartLine };
}

/**
 * Front matter as this site reads it, meaning what it meant to Jekyll: space-separated
 * categories and tags split, `published: false` as a draft, a date and title from the file name.
 */
function convertFrontMatter(post: ParsedPost): { yaml: string; image: string | null; changed: ConversionNote[]; unconverted: ConversionNote[] } {
  const doc = parseDocument(post.yamlText);
  const changed: ConversionNote[] = [];
  const unconverted: ConversionNote[] = [];
  const lineOf = (key: string) => post.keyLines.get(key) ?? 1;
  const { data } = post;

  for (const key of ["categories", "tags"]) {
    const value = data[key];
    if (typeof value === "string" && /\s/u.test(value.trim())) {
      const names = value.trim().split(/\s+/u);
      doc.set(key, doc.createNode(names, { flow: true }));
      changed.push({ line: lineOf(key), message: `${key}: "${value}" を Jekyll と同じく空白で分けて [${names.join(", ")}] にしました` });
    }
  }
  if (data.published === false) {
    doc.delete("published");
    doc.set("draft", true);
    changed.push({ line: lineOf("published"), message: "published: false を draft: true（下書き）にしました" });
  }
  if (data.date === undefined || data.date === null || data.date === "") {
    const match = POST_NAME.exec(path.basename(post.file));
    if (match) {
      const date = `${match[1]}-${match[2]?.padStart(2, "0")}-${match[3]?.padStart(2, "0")}`;
      doc.set("date", date);
      changed.push({ line: 1, message: `date がないので、ファイル名から ${date} にしました` });
    }
  }
  if (data.title === undefined || data.title === null || data.title === "") {
    doc.set("title", post.title);
    changed.push({ line: 1, message: `title がないので、Jekyll と同じくファイル名から「${post.title}」にしました` });
  }
  if (isRecord(data.image)) {
    const url = data.image.path ?? data.image.url ?? data.image.src;
    if (typeof url === "string") {
      doc.set("image", url);
      changed.push({ line: lineOf("image"), message: `image の ${Object.keys(data.image).join("/")} から画像のパス ${url} を取り出しました` });
    }
  }
  if (isRecord(data.author) && typeof data.author.name === "string") {
    doc.set("author", data.author.name);
    changed.push({ line: lineOf("author"), message: `author の name「${data.author.name}」を著者にしました` });
  } else if (data.author === undefined && Array.isArray(data.authors) && typeof data.authors[0] === "string") {
    doc.set("author", data.authors[0]);
    const others = data.authors.length > 1 ? `（ほかの ${data.authors.length - 1} 人は載りません）` : "";
    changed.push({ line: lineOf("authors"), message: `authors の最初の「${data.authors[0]}」を著者にしました${others}` });
  }
  if (typeof data.permalink === "string") {
    unconverted.push({ line: lineOf("permalink"), message: `permalink（${data.permalink}）は使われません。URL は /articles/${post.slug} になります` });
  }

  const yaml = changed.length > 0 ? doc.toString().replace(/\n$/u, "") : post.yamlText;
  const result = articleFrontMatterSchema.safeParse(parseDocument(yaml).toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join(".");
      unconverted.push({ line: lineOf(String(issue.path[0] ?? "")), message: `${field}: ${issue.message}（直すまで npm run check:content とビルドが通りません）` });
    }
    return { yaml, image: null, changed, unconverted };
  }
  const known = new Set(site.categories.map(termKey));
  const { category, categories } = result.data;
  for (const name of [...(category ? [category] : []), ...categories]) {
    if (known.size > 0 && !known.has(termKey(name))) {
      unconverted.push({
        line: lineOf(category === name ? "category" : "categories"),
        message: `カテゴリ「${name}」はこのサイトのカテゴリ（${site.categories.join(", ")}）にありません。どれかに直すか SITE_CATEGORIES に加えてください`,
      });
    }
  }
  return { yaml, image: result.data.image, changed, unconverted };
}

const LOCAL_IMAGE = /!\[[^\]]*\]\(\s*<?(\/[^\s)>]+)>?[^)]*\)|<img\s[^>]*?\bsrc\s*=\s*["'](\/[^"']+)["']/giu;

function localImages(body: string, image: string | null): string[] {
  const found = [...body.matchAll(LOCAL_IMAGE)].map((match) => match[1] ?? match[2] ?? "");
  if (image?.startsWith("/")) found.push(image);
  return [...new Set(found.filter((url) => url.length > 0 && !url.startsWith("//")).map((url) => url.replace(/[?#].*$/u, "")))];
}

export function importJekyll(options: ImportOptions): ImportReport {
  const folders = findFolders(options.source);
  if (!folders) return { ok: false, message: `${options.source} に _posts フォルダが見つかりません（Jekyll のサイトか、その _posts を指定してください）` };
  const cwd = options.cwd ?? process.cwd();
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join("/") || ".";
  const articlesFolder = path.join(options.contentRoot, "articles");

  // Slugs already in use, by the file that uses them, so an import never makes two pages one.
  const existing = new Map<string, string>();
  for (const file of listContentFiles(articlesFolder)) existing.set(slugFromFileName(file), path.resolve(file));
  for (const source of loadForCheck(options.contentRoot, cwd).sources) existing.set(source.slug, path.resolve(cwd, source.sourcePath));

  const parsed = listFiles(folders.posts).map((file) => ({ file, post: MARKDOWN.test(file) ? parsePost(file) : null }));
  const slugByName = new Map<string, string>();
  for (const { file, post } of parsed) {
    if (post && !("error" in post)) slugByName.set(path.basename(file).replace(/\.[^.]+$/u, ""), post.slug);
  }

  const posts: PostReport[] = [];
  const images: ImageReport[] = [];
  const claimed = new Set<string>();
  const handledImages = new Set<string>();
  for (const { file, post } of parsed) {
    const skip = (reason: string) => posts.push({ source: shown(file), destination: null, status: "skipped", reason, changed: [], unconverted: [] });
    if (post === null) {
      skip(`${path.extname(file)} の記事は取り込めません（Markdown の記事だけを取り込みます）`);
      continue;
    }
    if ("error" in post) {
      skip(post.error);
      continue;
    }
    const relative = path.relative(folders.posts, file).replace(/\.markdown$/iu, ".md");
    const destination = path.join(articlesFolder, relative);
    const owner = existing.get(post.slug);
    if (claimed.has(post.slug) || (owner !== undefined && owner !== path.resolve(destination))) {
      skip(`スラッグ「${post.slug}」は ${owner ? shown(owner) : "先に取り込んだ記事"} と同じになるので取り込みませんでした（フロントマターに slug を書いてください）`);
      continue;
    }
    const exists = fs.existsSync(destination);
    if (exists && !options.force) {
      skip(`${shown(destination)} がもうあります（上書きするなら --force を付けてください）`);
      continue;
    }
    claimed.add(post.slug);

    const frontMatter = convertFrontMatter(post);
    const body = convertLiquid(post.body, {
      title: post.title,
      bodyStartLine: post.bodyStartLine,
      postSlug: (name) => slugByName.get(name) ?? null,
    });
    fs.mkdirSync(path.dirname(destination), { recursive: true });
    fs.writeFileSync(destination, `---\n${frontMatter.yaml}\n---\n${body.body}`);
    posts.push({
      source: shown(file),
      destination: shown(destination),
      status: exists ? "overwritten" : "imported",
      changed: [...frontMatter.changed, ...body.changed],
      unconverted: [...frontMatter.unconverted, ...body.unconverted],
    });

    for (const url of localImages(body.body, frontMatter.image)) {
      if (handledImages.has(url)) continue;
      handledImages.add(url);
      const decoded = decodeSegment(url);
      const from = path.join(folders.siteRoot, decoded);
      const to = path.join(options.publicDir, decoded);
      const report = (status: ImageReport["status"]) => images.push({ path: url, status, usedBy: shown(destination) });
      const inside = (file: string, folder: string) => path.resolve(file).startsWith(path.resolve(folder) + path.sep);
      if (!inside(from, folders.siteRoot) || !inside(to, options.publicDir) || !fs.existsSync(from)) {
        if (!fs.existsSync(to)) report("missing");
        continue;
      }
      const there = fs.existsSync(to);
      if (there && !options.force) {
        report("exists");
        continue;
      }
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(from, to);
      report(there ? "overwritten" : "copied");
    }
  }

  const notes: string[] = [];
  const drafts = path.join(folders.siteRoot, "_drafts");
  if (fs.existsSync(drafts)) {
    notes.push(`_drafts の ${listFiles(drafts).length} 件は取り込んでいません（公開するものは日付を付けて _posts に移してから取り込んでください）`);
  }
  return { ok: true, posts, images, notes };
}

/** The report as lines for the terminal, Japanese for editors. */
export function formatImportReport(report: ImportReport): string[] {
  if (!report.ok) return [report.message];
  const imported = report.posts.filter((post) => post.status !== "skipped");
  const skipped = report.posts.filter((post) => post.status === "skipped");
  const lines: string[] = [];
  for (const post of imported) {
    lines.push(`${post.status === "overwritten" ? "上書き" : "取り込み"}: ${post.source} → ${post.destination}`);
    for (const note of post.changed) lines.push(`  変更 ${post.source}:${note.line}: ${note.message}`);
    for (const note of post.unconverted) lines.push(`  要確認 ${post.source}:${note.line}: ${note.message}`);
  }
  for (const post of skipped) lines.push(`スキップ: ${post.source}: ${post.reason}`);
  const imageWords: Record<ImageReport["status"], string> = {
    copied: "をコピーしました",
    overwritten: "を上書きでコピーしました",
    exists: "はもう public にあるのでコピーしませんでした（上書きするなら --force）",
    missing: "が Jekyll のサイトにも public にも見つかりません（要確認）",
  };
  for (const image of report.images) lines.push(`画像: ${image.path} ${imageWords[image.status]}（${image.usedBy}）`);
  lines.push(...report.notes);
  const needsCheck = report.posts.reduce((count, post) => count + post.unconverted.length, 0);
  lines.push(
    "",
    `取り込み ${imported.length} 件・スキップ ${skipped.length} 件・要確認 ${needsCheck} 件`,
    "取り込んだ記事は npm run check:content で確かめてから公開してください",
  );
  return lines;
}
