// A Jekyll post's front matter as this site reads it, meaning what it meant to Jekyll.
import path from "node:path";
import { parseDocument } from "yaml";
import { frontMatterImage, imageLine } from "../content/article-image";
import { splitFrontMatter } from "../content/front-matter";
import { articleFrontMatterSchema } from "../content/schema";
import { slugProblem, termKey } from "../content/slugs";
import { site } from "../site";
import type { ConversionNote } from "./convert";
import { POST_NAME, type ParsedPost } from "./post-file";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Front matter as this site reads it, meaning what it meant to Jekyll: space-separated
 * categories and tags split, `published: false` as a draft, a date and title from the file name.
 */
export function convertFrontMatter(post: ParsedPost): { yaml: string; image: { url: string; line: number } | null; changed: ConversionNote[]; unconverted: ConversionNote[] } {
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
  // The article's image, wherever the theme put it (`image.path`, `header.image`, …), on its line.
  const image = frontMatterImage(result.data);
  const converted = splitFrontMatter(`---\n${yaml}\n---\n`);
  const imageAt = image && converted.ok ? { url: image.src, line: imageLine(image, converted.file.keyLines) ?? 1 } : null;
  return { yaml, image: imageAt, changed, unconverted };
}

