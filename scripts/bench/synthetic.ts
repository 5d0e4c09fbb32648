// Synthetic Japanese articles for the benchmark: realistic length and markup, deterministic.
import fs from "node:fs";
import path from "node:path";
import type { Article, TermRef } from "../../lib/content/types";
import { makeTermRef } from "../../lib/content/taxonomy";
import { articlePath } from "../../lib/urls";

const WORDS = [
  "生成AI", "大規模言語モデル", "地方自治体", "ブロックチェーン", "スマートコントラクト", "半導体", "需要", "見通し",
  "機械学習エンジニア", "スタートアップ", "資金調達", "規制", "投資家", "データセンター", "推論コスト", "セキュリティ",
  "サイドバー", "Web3.0", "C#", "AI/ML", "TypeScript", "Rust", "リモートワーク", "採用市場", "年収", "転職",
];
export const CATEGORIES = ["AI", "Web3", "投資分析", "キャリア", "テクノロジー", "セキュリティ", "半導体", "スタートアップ", "規制", "データ"];
const TAGS = Array.from({ length: 50 }, (_, i) => (i < WORDS.length ? WORDS[i] ?? `タグ${i}` : `タグ${i}`));

/** Small deterministic PRNG so every run measures the same corpus. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function ref(kind: "tags" | "categories", name: string): TermRef {
  return makeTermRef(kind, name);
}

export function syntheticBody(seed: number, targetChars = 6000): string {
  const next = random(seed);
  const parts: string[] = [];
  let length = 0;
  let section = 1;
  while (length < targetChars) {
    const heading = `## ${pick(WORDS, next)}と${pick(WORDS, next)}の論点 ${section++}`;
    const paragraph = Array.from(
      { length: 4 },
      () => `${pick(WORDS, next)}をめぐる動きは、**${pick(WORDS, next)}**の観点からも注目されています。[${pick(WORDS, next)}](https://example.com/${section})に関する議論が続いています。`,
    ).join("");
    const list = Array.from({ length: 3 }, () => `- ${pick(WORDS, next)}の${pick(WORDS, next)}`).join("\n");
    const block = `${heading}\n\n${paragraph}\n\n${list}\n`;
    parts.push(block);
    length += block.length;
  }
  return parts.join("\n");
}

/** Articles number `from` to `count` − 1 of the corpus (each the same whatever the range). */
export function syntheticArticles(count: number, from = 0): Article[] {
  return Array.from({ length: Math.max(0, count - from) }, (_, offset) => {
    const i = from + offset;
    const next = random(i + 1);
    const slug = `bench-${i}`;
    // Round robin: the first draws of neighbouring seeds are correlated and reached only 5 of 10.
    const category = ref("categories", CATEGORIES[i % CATEGORIES.length] as string);
    // Exactly three distinct tags, as the corpus has: duplicates would thin the tag pages.
    const tagNames = new Set<string>();
    while (tagNames.size < 3) tagNames.add(pick(TAGS, next));
    const tags = [...tagNames].map((name) => ref("tags", name));
    return {
      slug,
      path: articlePath(slug),
      sourcePath: `bench/${slug}.mdx`,
      format: "mdx",
      title: `${pick(WORDS, next)}と${pick(WORDS, next)}：${i}番目の分析`,
      date: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000),
      updated: null,
      category,
      categories: [category],
      tags,
      author: null,
      excerpt: `${pick(WORDS, next)}について解説します。`,
      readingMinutes: 12,
      draft: false,
      featured: false,
      image: null,
      body: syntheticBody(i + 1),
      bodyStartLine: 1,
    };
  });
}

const AUTHORS = ["編集部", "佐藤 美咲", "田中 健", "鈴木 陽子", "高橋 誠"];

/** JSON strings are valid YAML double-quoted scalars, so `C#`, `：` and dates need no care. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

function frontMatter(article: Article, index: number): string {
  return [
    "---",
    `title: ${yamlString(article.title)}`,
    `date: ${yamlString(article.date.toISOString())}`,
    `category: ${yamlString(article.category?.name ?? "AI")}`,
    `tags: [${article.tags.map((tag) => yamlString(tag.name)).join(", ")}]`,
    `author: ${yamlString(AUTHORS[index % AUTHORS.length] ?? "編集部")}`,
    `excerpt: ${yamlString(article.excerpt)}`,
    "---",
    "",
  ].join("\n");
}

/**
 * Writes articles `from` to `count` − 1 as `.mdx` files into `<root>/articles`. MDX treats `{`
 * and `<` as code, so a body that contains them would measure a failing build rather than a slow one.
 */
export function writeSyntheticContent(root: string, count: number, from = 0): void {
  const folder = path.join(root, "articles");
  fs.mkdirSync(folder, { recursive: true });
  // The corpus's categories, registered as an editor would.
  fs.writeFileSync(path.join(root, "categories.yml"), CATEGORIES.map((name) => `- name: ${name}\n`).join(""));
  syntheticArticles(count, from).forEach((article, offset) => {
    const index = from + offset;
    if (/[{}<]/.test(article.body + article.title)) throw new Error(`${article.slug}: MDX では使えない文字があります`);
    fs.writeFileSync(path.join(folder, `${article.slug}.mdx`), `${frontMatter(article, index)}\n${article.body}`);
  });
}
