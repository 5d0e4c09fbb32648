// The tests' own content (e2e/fixtures/content), read straight from its files: what the pages
// must show. Front matter and body only; nothing here comes from the site's own code but the
// bold-line heading rule, which lib/content/bold-headings.test.ts holds every user of to one answer.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { boldLineHeading } from "../lib/content/bold-headings";

import { E2E_CONTENT_DIR } from "./fixtures/where";

const ARTICLES_DIR = path.join(process.cwd(), E2E_CONTENT_DIR, "articles");
const CATEGORIES_FILE = path.join(process.cwd(), E2E_CONTENT_DIR, "categories.yml");
const TAGS_FILE = path.join(process.cwd(), E2E_CONTENT_DIR, "tags.yml");
const JOBS_DIR = path.join(process.cwd(), E2E_CONTENT_DIR, "jobs");
const AUTHORS_DIR = path.join(process.cwd(), E2E_CONTENT_DIR, "authors");

export interface ContentArticle {
  /** Path below the articles folder. */
  file: string;
  /** `slug:` as the editor set it, else the file name without a leading date. */
  slug: string;
  title: string;
  /** `date` as the editor wrote it. */
  date: string;
  updated: string | null;
  /** The primary category: `category`, else the first of Jekyll's `categories`. */
  category: string | null;
  /** Every category the editor named. */
  categories: string[];
  tags: string[];
  author: string | null;
  excerpt: string | null;
  readingTime: number | null;
  draft: boolean;
  /** The article's own picture as the editor gave it (`image`, `image.path`, `feature_image`, `header.image`, `thumbnail`). */
  image: string | null;
  body: string;
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return /\.(md|mdx)$/i.test(entry.name) ? [full] : [];
  });
}

function asString(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map((item) => String(item));
}

function readFile(file: string): { fm: Record<string, unknown>; body: string } {
  const text = fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in ${file}`);
  return { fm: (parse(match[1] ?? "") ?? {}) as Record<string, unknown>, body: match[2] ?? "" };
}

function slugOf(fm: Record<string, unknown>, file: string): string {
  const written = asString(fm.slug);
  return written ?? path.basename(file).replace(/\.(mdx?)$/i, "").replace(/^\d{4}-\d{2}-\d{2}-/, "");
}

function pictureOf(fm: Record<string, unknown>): string | null {
  const header = (fm.header ?? {}) as Record<string, unknown>;
  const image = fm.image;
  const fromMap = image && typeof image === "object" ? (image as Record<string, unknown>).path : image;
  return asString(fromMap ?? fm.feature_image ?? header.image ?? fm.thumbnail ?? null);
}

function readArticle(file: string): ContentArticle {
  const { fm, body } = readFile(file);
  const categories = [...asList(fm.category), ...asList(fm.categories)];
  return {
    file: path.relative(ARTICLES_DIR, file),
    slug: slugOf(fm, file),
    title: asString(fm.title) ?? "",
    date: asString(fm.date) ?? "",
    updated: asString(fm.updated),
    category: categories[0] ?? null,
    categories,
    tags: asList(fm.tags).map(listedTagName),
    author: asString(fm.author),
    excerpt: asString(fm.excerpt ?? fm.description ?? fm.summary),
    readingTime: typeof fm.reading_time === "number" ? fm.reading_time : null,
    draft: fm.draft === true,
    image: pictureOf(fm),
    body,
  };
}

let cache: ContentArticle[] | null = null;

export function contentArticles(): ContentArticle[] {
  cache ??= listFiles(ARTICLES_DIR).map(readArticle);
  return cache;
}

/** A front matter date as an instant: date-only values are midnight in Japan. */
export function instant(value: string): Date {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return new Date(`${trimmed}T00:00:00+09:00`);
  // "2026-01-15 10:00:00 +0900" → "2026-01-15T10:00:00+09:00"
  const spaced = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(trimmed);
  if (spaced) {
    const zone = spaced[3] ? (spaced[3] === "Z" ? "Z" : spaced[3].replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : "+09:00";
    return new Date(`${spaced[1]}T${spaced[2]}${zone}`);
  }
  const parsed = new Date(trimmed);
  if (Number.isNaN(parsed.getTime())) throw new Error(`unreadable date "${value}"`);
  return parsed;
}

/** The instant in Japan time, as `2026-01-15T10:00:00+09:00`. */
export function jstIso(date: Date): string {
  const jst = new Date(date.getTime() + 9 * 60 * 60 * 1000);
  return `${jst.toISOString().slice(0, 19)}+09:00`;
}

/** "2025年9月10日" for the day the instant falls on in Japan. */
export function japaneseDate(date: Date): string {
  const [y, m, d] = jstIso(date).slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Articles a reader can open: not drafts, not dated in the future. */
export function publishedArticles(now = new Date()): ContentArticle[] {
  return contentArticles().filter((article) => !article.draft && instant(article.date).getTime() <= now.getTime());
}

export function articleByTitle(title: string): ContentArticle {
  const found = contentArticles().find((article) => article.title === title);
  if (!found) throw new Error(`no content file has the title "${title}"`);
  return found;
}

export interface ListedTerm {
  name: string;
  slug?: string;
  description?: string;
  aliases?: string[];
}

function readList(file: string): ListedTerm[] {
  return fs.existsSync(file) ? ((parse(fs.readFileSync(file, "utf8")) ?? []) as ListedTerm[]) : [];
}

/** content/categories.yml of the fixtures, in its order. */
export function listedCategories(): ListedTerm[] {
  return readList(CATEGORIES_FILE);
}

/** content/tags.yml of the fixtures. */
export function listedTags(): ListedTerm[] {
  return readList(TAGS_FILE);
}

/** The tag's name as tags.yml lists it when the name is one of its aliases, else the name. */
function listedTagName(name: string): string {
  const entry = listedTags().find((tag) => (tag.aliases ?? []).some((alias) => termKey(alias) === termKey(name)));
  return entry?.name ?? name;
}

/** What stands in a term's address: a category's slug from categories.yml, else the name as written. */
export function termSegment(kind: "tags" | "categories" | "authors", name: string): string {
  if (kind !== "categories") return name;
  return listedCategories().find((category) => termKey(category.name) === termKey(name))?.slug ?? name;
}

/** `/categories/technology` for a category with a slug, `/tags/C%23` for a tag. */
export function termPagePath(kind: "tags" | "categories" | "authors", name: string): string {
  return `/${kind}/${encodeURIComponent(termSegment(kind, name))}`;
}

/** The identity of a tag or category as readers expect it: AI, ai and ＡＩ are one tag. */
export function termKey(name: string): string {
  return name.normalize("NFKC").toLowerCase().replace(/\s+/gu, " ").trim();
}

/** Body lines outside fenced code blocks. */
function proseLines(body: string): string[] {
  const lines: string[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line);
  }
  return lines;
}

/**
 * The 目次 an editor expects: the body's top two heading levels and whole-line **bold**
 * paragraphs that read as headings (not ※ notes or sentences), in order.
 */
export function expectedToc(article: ContentArticle): string[] {
  const items: { level: number | "bold"; text: string }[] = [];
  for (const line of proseLines(article.body)) {
    const heading = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      items.push({ level: heading[1]?.length ?? 0, text: heading[2] ?? "" });
      continue;
    }
    const bold = boldLineHeading(line);
    if (bold !== null && bold !== article.title) items.push({ level: "bold", text: bold });
  }
  const levels = items.flatMap((item) => (item.level === "bold" ? [] : [item.level]));
  const top = levels.length > 0 ? Math.min(...levels) : 0;
  return items.filter((item) => item.level === "bold" || item.level <= top + 1).map((item) => item.text);
}

/** Japanese characters (kanji, hiragana, katakana) in the body: the reading-time measure. */
export function japaneseCharCount(article: ContentArticle): number {
  return article.body.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/gu)?.length ?? 0;
}

/** Footnote definitions (`[^1]: text`) of a body, by label. */
export function footnoteDefinitions(article: ContentArticle): Map<string, string> {
  const result = new Map<string, string>();
  for (const line of proseLines(article.body)) {
    const match = /^\[\^([^\]]+)\]:\s*(.+)$/.exec(line);
    if (match?.[1] && match[2]) result.set(match[1], match[2].trim());
  }
  return result;
}

/** Paragraphs that start with ※. */
export function noteParagraphs(article: ContentArticle): string[] {
  return proseLines(article.body)
    .map((line) => line.trim())
    .filter((line) => line.startsWith("※"));
}

/** The article written in `file` (a path below the articles folder). */
export function articleByFile(file: string): ContentArticle {
  const found = contentArticles().find((article) => article.file === file);
  if (!found) throw new Error(`no content file ${file}`);
  return found;
}

export interface ContentJob {
  file: string;
  slug: string;
  /** The job's address. */
  path: string;
  title: string;
  company: string;
  url: string;
  tags: string[];
  /** `expires` as the editor wrote it (a date), or null. */
  expires: string | null;
}

/** The job written in `file` (a name in the jobs folder). */
export function jobByFile(file: string): ContentJob {
  const full = path.join(JOBS_DIR, file);
  const { fm } = readFile(full);
  const expires = fm.expires instanceof Date ? fm.expires.toISOString().slice(0, 10) : asString(fm.expires);
  const slug = slugOf(fm, full);
  return {
    file,
    slug,
    path: `/jobs/${slug}`,
    title: asString(fm.title) ?? "",
    company: asString(fm.company) ?? "",
    url: asString(fm.url) ?? "",
    tags: asList(fm.tags).map(listedTagName),
    expires,
  };
}

export interface ContentProfile {
  file: string;
  /** The file name without `.md`: the author page's address (`/authors/<id>`). */
  id: string;
  name: string;
  role: string | null;
  aliases: string[];
  portrait: string | null;
  /** The author's X address, from `@handle`, `handle` or an x.com / twitter.com address. */
  x: string | null;
  site: string | null;
  /** The body's paragraphs (the fixtures write each on one line, without markup). */
  bio: string[];
}

function xAddress(written: string | null): string | null {
  if (written === null) return null;
  const handle = written.replace(/^https?:\/\/(?:www\.)?(?:x|twitter)\.com\//, "").replace(/^@/, "").replace(/\/$/, "");
  return `https://x.com/${handle}`;
}

function readProfile(file: string): ContentProfile {
  const { fm, body } = readFile(path.join(AUTHORS_DIR, file));
  const links = (fm.links ?? {}) as Record<string, unknown>;
  return {
    file,
    id: file.replace(/\.md$/, ""),
    name: asString(fm.name) ?? "",
    role: asString(fm.role),
    aliases: asList(fm.aliases),
    portrait: asString(fm.portrait),
    x: xAddress(asString(links.x)),
    site: asString(links.site),
    bio: body
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter((paragraph) => paragraph.length > 0),
  };
}

let profileCache: ContentProfile[] | null = null;

/** Every author profile of the fixtures. */
export function contentProfiles(): ContentProfile[] {
  profileCache ??= fs.existsSync(AUTHORS_DIR) ? fs.readdirSync(AUTHORS_DIR).filter((file) => file.endsWith(".md")).map(readProfile) : [];
  return profileCache;
}

export function profileByFile(file: string): ContentProfile {
  const found = contentProfiles().find((profile) => profile.file === file);
  if (!found) throw new Error(`no author profile ${file}`);
  return found;
}

/** The profile an article's `author` names (by id, name or alias, in any case or width), or null. */
export function profileOf(author: string | null): ContentProfile | null {
  if (author === null) return null;
  const key = termKey(author);
  return contentProfiles().find((profile) => [profile.id, profile.name, ...profile.aliases].some((name) => termKey(name) === key)) ?? null;
}

/** The author's name as readers see it: the profile's, else as written. */
export function authorName(author: string): string {
  return profileOf(author)?.name ?? author;
}

/** What makes two `author` spellings one author: the profile they name, else the spelling's key. */
export function authorKey(author: string): string {
  return termKey(profileOf(author)?.id ?? author);
}

/** The author page's address as links write it: `/authors/<profile id>`, else `/authors/<name>`. */
export function authorPath(author: string): string {
  return `/authors/${encodeURIComponent(profileOf(author)?.id ?? author)}`;
}
