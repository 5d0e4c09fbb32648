// Tag and category hygiene across the site: one spelling per tag, tags that earn their page,
// categories from the editors' list (content/categories.yml).
import { termKey } from "../../content/slugs";
import { tagDirectory } from "../../content/taxonomy-files";
import { defineRule } from "../define-rule";
import type { LintSite } from "../types";

/** termKey, and spacing ignored too: "Web 3" and "Web3" are meant as one tag but get two pages. */
function looseKey(name: string): string {
  return termKey(name).replace(/\s/gu, "");
}

interface Spellings {
  /** Files using each spelling. */
  files: Map<string, Set<string>>;
  /** Every file using the tag in any spelling. */
  allFiles: Set<string>;
  preferred: string;
}

/** Below this many articles every tag is used once; the warning only means something on a real site. */
const MIN_ARTICLES_FOR_SINGLE_USE = 5;

const tagsBySite = new WeakMap<LintSite, Map<string, Spellings>>();

function tagSpellings(site: LintSite): Map<string, Spellings> {
  const cached = tagsBySite.get(site);
  if (cached) return cached;
  const byKey = new Map<string, Spellings>();
  const listed = tagDirectory(site.taxonomy.tags);
  for (const article of site.articles) {
    for (const tag of article.frontMatter.tags) {
      // Spellings tags.yml declares one tag are one on purpose: neither variants nor single uses.
      const key = looseKey(listed.entryOf(tag)?.name ?? tag);
      const entry = byKey.get(key) ?? { files: new Map(), allFiles: new Set(), preferred: tag };
      entry.files.set(tag, (entry.files.get(tag) ?? new Set()).add(article.file));
      entry.allFiles.add(article.file);
      byKey.set(key, entry);
    }
  }
  for (const entry of byKey.values()) {
    // The spelling most articles use; ties go to the one met first.
    for (const [spelling, files] of entry.files) {
      if (files.size > (entry.files.get(entry.preferred)?.size ?? 0)) entry.preferred = spelling;
    }
  }
  tagsBySite.set(site, byKey);
  return byKey;
}

export const taxonomyRule = defineRule(
  {
    "tag-variant": { severity: "warning", description: "大文字小文字・全角半角・空白だけが違うタグ（AI / ai / ＡＩ）" },
    "tag-single-use": { severity: "warning", description: "1 記事でしか使われていないタグ（記事が 5 本以上のとき）" },
    "unknown-category": { severity: "error", description: "カテゴリ一覧（content/categories.yml）にないカテゴリ" },
  },
  (article, site, report) => {
    const tagLine = article.keyLines.get("tags");
    const spellings = tagSpellings(site);
    const listed = tagDirectory(site.taxonomy.tags);
    const reported = new Set<string>();
    for (const tag of article.frontMatter.tags) {
      const entry = spellings.get(looseKey(listed.entryOf(tag)?.name ?? tag));
      if (!entry || reported.has(tag)) continue;
      reported.add(tag);
      const { preferred } = entry;
      if (listed.entryOf(tag)) {
        if (entry.allFiles.size === 1 && site.articles.length >= MIN_ARTICLES_FOR_SINGLE_USE) {
          report("tag-single-use", tagLine, `タグ「${tag}」を使っているのはこの記事だけです。既存のタグで言い換えられないか確かめてください`);
        }
      } else if (tag !== preferred) {
        const uses = entry.files.get(preferred)?.size ?? 0;
        const effect =
          termKey(tag) === termKey(preferred) ? "同じタグとして扱われます" : "空白だけが違い、別のタグとして一覧が分かれます";
        report("tag-variant", tagLine, `タグ「${tag}」は「${preferred}」（${uses} 記事）と${effect}。「${preferred}」にそろえてください`);
      } else if (entry.allFiles.size === 1 && site.articles.length >= MIN_ARTICLES_FOR_SINGLE_USE) {
        report("tag-single-use", tagLine, `タグ「${tag}」を使っているのはこの記事だけです。既存のタグで言い換えられないか確かめてください`);
      }
    }

    const list = site.taxonomy.categories;
    const known = new Set(list.entries.map((entry) => entry.key));
    const { category, categories } = article.frontMatter;
    const written = [
      ...(category ? [{ name: category, key: "category" }] : []),
      ...categories.map((name) => ({ name, key: "categories" })),
    ];
    for (const { name, key } of written) {
      if (known.has(termKey(name))) continue;
      const fix = list.exists
        ? `記事のカテゴリを直すか、${list.file} の最後（${list.lastLine} 行目の後）に「- name: ${name}」を加えてください`
        : `カテゴリは ${list.file} に並べます。このファイルを作り、「- name: ${name}」の行を加えてください`;
      const usable = list.entries.length > 0 ? `（使えるもの: ${list.entries.map((entry) => entry.name).join(", ")}）` : "";
      report("unknown-category", article.keyLines.get(key), `カテゴリ「${name}」は ${list.file} にありません${usable}。${fix}`);
    }
  },
);
