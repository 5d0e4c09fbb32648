// `npm run new`: a new draft article with its front matter filled in, at a free slug.
import fs from "node:fs";
import path from "node:path";
import { toJstIsoString } from "../dates";
import { listContentFiles } from "../content/load";
import { loadForCheck } from "../content/check";
import { slugFromFileName } from "../content/slugs";
import { CATEGORIES_FILE, readTaxonomy } from "../content/taxonomy-files";
import { normaliseSlug, slugFromTitle, uniqueSlug } from "./slugify";

export interface NewArticle {
  title: string;
  date: Date;
  category?: string;
  tags?: readonly string[];
  author?: string;
  /** The categories of content/categories.yml, offered in a comment when none is given. */
  categoryChoices?: readonly string[];
}

/** YAML's double-quoted strings are JSON's, so any title is written safely. */
const yamlString = (value: string) => JSON.stringify(value);

/** The file's text: front matter the schema accepts (a draft), then a skeleton body to write over. */
export function newArticleText({ title, date, category, tags = [], author = "編集部", categoryChoices = [] }: NewArticle): string {
  const choose = categoryChoices.length > 0 ? `${categoryChoices.join(" / ")} から選ぶ` : `${CATEGORIES_FILE} に書いたカテゴリから選ぶ`;
  return [
    "---",
    `title: ${yamlString(title)}`,
    `date: ${toJstIsoString(date)}`,
    category ? `category: ${yamlString(category)}` : `category:  # ${choose}`,
    `tags: [${tags.map(yamlString).join(", ")}]`,
    `author: ${yamlString(author)}`,
    "excerpt:  # 一覧や検索結果に出る要約。書かなければ本文の冒頭から作られます",
    "draft: true",
    "---",
    "",
    "ここにリード文を書きます。記事で伝えたいことを 2〜3 文でまとめます。",
    "",
    "## 最初の見出し",
    "",
    "本文を書きます。",
    "",
  ].join("\n");
}

/** Every slug in use, drafts and broken files included, so a new file never collides. */
export function takenSlugs(root: string): Set<string> {
  const fromNames = listContentFiles(path.join(root, "articles")).map(slugFromFileName);
  const fromFrontMatter = loadForCheck(root).sources.map((source) => source.slug);
  return new Set([...fromNames, ...fromFrontMatter]);
}

export type SlugChoice = { ok: true; slug: string } | { ok: false; reason: "needs-slug" | "invalid" | "taken"; message: string };

/**
 * The slug for a new article: the editor's `--slug` as given (or refused if taken), else one
 * made from the title's Latin words and numbered if taken, else a request for `--slug`.
 */
export function chooseSlug(title: string, requested: string | undefined, taken: ReadonlySet<string>): SlugChoice {
  if (requested !== undefined) {
    const slug = normaliseSlug(requested);
    if (!slug) return { ok: false, reason: "invalid", message: `スラッグ「${requested}」には半角英数字を含めてください（例: genai-funding-2025）` };
    if (taken.has(slug)) return { ok: false, reason: "taken", message: `スラッグ「${slug}」はもう使われています。別のスラッグを指定してください` };
    return { ok: true, slug };
  }
  const fromTitle = slugFromTitle(title);
  if (!fromTitle) {
    return {
      ok: false,
      reason: "needs-slug",
      message: "タイトルから URL 用の英数字のスラッグを作れません。--slug で指定してください（例: npm run new -- \"タイトル\" --slug genai-funding-2025）",
    };
  }
  return { ok: true, slug: uniqueSlug(fromTitle, taken) };
}

/** Writes `articles/<slug>.mdx` under `root`; never replaces a file. Returns its path. */
export function writeNewArticle(root: string, slug: string, article: NewArticle): string {
  const file = path.join(root, "articles", `${slug}.mdx`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const choices = readTaxonomy(root, process.cwd(), []).categories.entries.map((entry) => entry.name);
  fs.writeFileSync(file, newArticleText({ categoryChoices: choices, ...article }), { flag: "wx" });
  return file;
}
