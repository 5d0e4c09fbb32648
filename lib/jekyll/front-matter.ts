// A Jekyll post's front matter as this site reads it, meaning what it meant to Jekyll.
import { parseDocument } from "yaml";
import { frontMatterImage, imageLine } from "../content/article-image";
import { splitFrontMatter } from "../content/front-matter";
import { articleFrontMatterSchema } from "../content/schema";
import { slugProblem, termKey } from "../content/slugs";
import type { ConversionNote } from "./types";
import { isoWithOffset, type ZonedTime } from "./jekyll-dates";
import type { ParsedPost } from "./post-file";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface FrontMatterSettings {
  /** The post's date as Jekyll read it (see describePost); null when Jekyll could not. */
  time: ZonedTime | null;
  /** The post's addresses on the old site (see oldAddresses). */
  redirectFrom: readonly string[];
  /** `--category-map`: termKey of a Jekyll category → the site's category. */
  categoryMap: ReadonlyMap<string, string>;
}

export interface ConvertedFrontMatter {
  yaml: string;
  image: { url: string; line: number } | null;
  /** The categories the article ends up with, each with its line. */
  categories: { name: string; line: number }[];
  changed: ConversionNote[];
  unconverted: ConversionNote[];
}

function nameList(value: unknown): string[] | null {
  if (typeof value === "string") return value.trim().split(/\s+/u).filter(Boolean);
  if (typeof value === "number") return [String(value)];
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) return value.map(String);
  return null;
}

/**
 * Front matter as this site reads it, meaning what it meant to Jekyll: space-separated
 * categories and tags split, `published: false` as a draft, the date Jekyll read written in ISO 8601,
 * a title from the file name, the old addresses as `redirect_from`, categories mapped.
 */
export function convertFrontMatter(post: ParsedPost, settings: FrontMatterSettings): ConvertedFrontMatter {
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
  const mapped = (name: string) => settings.categoryMap.get(termKey(name));
  if (typeof data.category === "string" || typeof data.category === "number") {
    const target = mapped(String(data.category));
    if (target !== undefined && target !== String(data.category)) {
      doc.set("category", target);
      changed.push({ line: lineOf("category"), message: `カテゴリ「${data.category}」を --category-map のとおり「${target}」にしました` });
    }
  }
  const listed = nameList(data.categories);
  if (listed && listed.some((name) => mapped(name) !== undefined && mapped(name) !== name)) {
    for (const name of listed) {
      const target = mapped(name);
      if (target !== undefined && target !== name) changed.push({ line: lineOf("categories"), message: `カテゴリ「${name}」を --category-map のとおり「${target}」にしました` });
    }
    doc.set("categories", doc.createNode([...new Set(listed.map((name) => mapped(name) ?? name))], { flow: true }));
  }
  if (data.published === false) {
    doc.delete("published");
    doc.set("draft", true);
    changed.push({ line: lineOf("published"), message: "published: false を draft: true（下書き）にしました" });
  }
  const writtenDate = data.date === undefined || data.date === null || data.date === "" ? null : String(data.date);
  if (settings.time === null) {
    if (writtenDate !== null) unconverted.push({ line: lineOf("date"), message: `date「${writtenDate}」は Jekyll も日付として読めないものです。2025-10-08T09:00:00+09:00 のように書いてください` });
  } else {
    const iso = isoWithOffset(settings.time);
    if (writtenDate === null) {
      doc.set("date", iso);
      changed.push({ line: 1, message: `date がないので、Jekyll と同じくファイル名から ${iso} にしました` });
    } else if (writtenDate.trim() !== iso) {
      doc.set("date", iso);
      changed.push({ line: lineOf("date"), message: `date「${writtenDate}」を Jekyll が読んだとおりの ${iso} にしました` });
    }
  }
  if (data.title === undefined || data.title === null || data.title === "") {
    doc.set("title", post.title);
    changed.push({ line: 1, message: `title がないので、Jekyll と同じくファイル名から「${post.title}」にしました` });
  }
  if (isRecord(data.author) && typeof data.author.name === "string") {
    doc.set("author", data.author.name);
    changed.push({ line: lineOf("author"), message: `author の name「${data.author.name}」を著者にしました` });
  } else if (data.author === undefined && Array.isArray(data.authors) && typeof data.authors[0] === "string") {
    doc.set("author", data.authors[0]);
    const others = data.authors.length > 1 ? `（ほかの ${data.authors.length - 1} 人は載りません）` : "";
    changed.push({ line: lineOf("authors"), message: `authors の最初の「${data.authors[0]}」を著者にしました${others}` });
  }
  if (typeof data.slug !== "string" || !data.slug.trim()) {
    const problem = slugProblem(post.slug);
    if (problem) {
      unconverted.push({ line: 1, message: `ファイル名から作るスラッグ「${post.slug}」は URL に使えません（${problem}）。フロントマターに slug を書いてください（直すまで npm run check:content とビルドが通りません）` });
    }
  }
  if (data.permalink !== undefined) {
    doc.delete("permalink");
    changed.push({ line: lineOf("permalink"), message: `permalink（${String(data.permalink)}）を外しました。URL は /articles/${post.slug} になり、旧アドレスは redirect_from から転送されます` });
  }
  if (settings.redirectFrom.length > 0) {
    doc.set("redirect_from", doc.createNode([...settings.redirectFrom]));
    changed.push({ line: lineOf("redirect_from"), message: `旧サイトのアドレス（${settings.redirectFrom.join("、")}）を redirect_from に書きました。サイトはそこから新しい記事へ転送します` });
  } else if (data.redirect_from !== undefined) {
    doc.delete("redirect_from");
  }

  const yaml = changed.length > 0 ? doc.toString().replace(/\n$/u, "") : post.yamlText;
  const result = articleFrontMatterSchema.safeParse(parseDocument(yaml).toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join(".");
      unconverted.push({ line: lineOf(String(issue.path[0] ?? "")), message: `${field}: ${issue.message}（直すまで npm run check:content とビルドが通りません）` });
    }
    return { yaml, image: null, categories: [], changed, unconverted };
  }
  const { category, categories } = result.data;
  const used = [
    ...(category ? [{ name: category, line: lineOf("category") }] : []),
    ...categories.map((name) => ({ name, line: lineOf("categories") })),
  ];
  // The article's image, wherever the theme put it (`image.path`, `header.image`, …), on its line.
  const image = frontMatterImage(result.data);
  const converted = splitFrontMatter(`---\n${yaml}\n---\n`);
  const imageAt = image && converted.ok ? { url: image.src, line: imageLine(image, converted.file.keyLines) ?? 1 } : null;
  return { yaml, image: imageAt, categories: used, changed, unconverted };
}
