import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "./content/types";
import { adjacentArticles, isNearDuplicateTitle, relatedArticles } from "./related-articles";
import { termRef, testArticle } from "./testing/articles";

interface Options {
  title?: string;
  date?: string;
  tags?: string[];
  category?: string | null;
}

function makeArticle(slug: string, options: Options = {}): Article {
  const categories = options.category == null ? [] : [termRef("categories", options.category)];
  return testArticle(slug, {
    title: options.title ?? `記事 ${slug}`,
    date: new Date(options.date ?? "2025-10-08T00:00:00Z"),
    category: categories[0] ?? null,
    categories,
    tags: (options.tags ?? []).map((tag) => termRef("tags", tag)),
  });
}

const slugs = (articles: Article[]) => articles.map((a) => a.slug);

describe("isNearDuplicateTitle", () => {
  test("the same title is a duplicate", () => {
    assert.equal(isNearDuplicateTitle("生成AIの未来", "生成AIの未来"), true);
  });

  test("punctuation, spacing, width and case differences do not matter", () => {
    assert.equal(isNearDuplicateTitle("生成AIの未来", "生成ＡＩの未来！"), true);
    assert.equal(isNearDuplicateTitle("「生成AI」の未来とは？", "生成 ai の未来とは"), true);
    assert.equal(isNearDuplicateTitle("Rust 入門: 所有権", "rust入門 ― 所有権"), true);
  });

  test("a tiny edit is still a duplicate", () => {
    assert.equal(isNearDuplicateTitle("2025年のAI採用市場まとめ", "2025年のAI採用市場のまとめ"), true);
    assert.equal(isNearDuplicateTitle("エンジニアの年収が上がる理由", "エンジニアの年収が上がる理由5選"), true);
  });

  test("different titles are not duplicates", () => {
    assert.equal(isNearDuplicateTitle("Rust入門", "Go入門"), false);
    assert.equal(isNearDuplicateTitle("ビットコイン半減期の影響", "イーサリアムETF承認の影響"), false);
    assert.equal(isNearDuplicateTitle("生成AIの未来", "Web3とキャリア"), false);
  });

  test("is symmetric", () => {
    const pairs: [string, string][] = [
      ["生成AIの未来", "生成ＡＩの未来！"],
      ["Rust入門", "Go入門"],
      ["2025年のAI採用市場まとめ", "2025年のAI採用市場のまとめ"],
    ];
    for (const [a, b] of pairs) assert.equal(isNearDuplicateTitle(a, b), isNearDuplicateTitle(b, a), `${a} / ${b}`);
  });

  test("titles too short for bigrams compare as written (trimmed)", () => {
    assert.equal(isNearDuplicateTitle("A", " A "), true);
    assert.equal(isNearDuplicateTitle("A", "B"), false);
    assert.equal(isNearDuplicateTitle("", "生成AIの未来"), false);
  });
});

describe("relatedArticles", () => {
  test("shared tags count double: two tags beat one tag plus the category", () => {
    const current = makeArticle("current", { tags: ["AI", "Rust"], category: "テック" });
    const all = [
      current,
      makeArticle("tag-and-category", { tags: ["AI"], category: "テック", date: "2025-12-01" }),
      makeArticle("two-tags", { tags: ["AI", "Rust"], date: "2025-01-01" }),
      makeArticle("category-only", { category: "テック", date: "2026-01-01" }),
      makeArticle("one-tag", { tags: ["Rust"], date: "2026-01-01" }),
    ];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["two-tags", "tag-and-category", "one-tag", "category-only"]);
  });

  test("a shared tag beats a shared category", () => {
    const current = makeArticle("current", { tags: ["AI"], category: "テック" });
    const all = [
      makeArticle("category-only", { category: "テック", date: "2026-01-01" }),
      makeArticle("tag-only", { tags: ["AI"], date: "2025-01-01" }),
    ];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["tag-only", "category-only"]);
  });

  test("newest first on equal scores", () => {
    const current = makeArticle("current", { tags: ["AI"] });
    const all = [
      makeArticle("old", { tags: ["AI"], date: "2025-01-01" }),
      makeArticle("new", { tags: ["AI"], date: "2025-06-01" }),
      makeArticle("mid", { tags: ["AI"], date: "2025-03-01" }),
    ];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["new", "mid", "old"]);
  });

  test("tags match by key, whatever their width or case", () => {
    const current = makeArticle("current", { tags: ["ai"] });
    const all = [makeArticle("full-width", { tags: ["ＡＩ"] })];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["full-width"]);
  });

  test("never lists the article itself", () => {
    const current = makeArticle("current", { tags: ["AI"], category: "テック" });
    const all = [current, makeArticle("other", { tags: ["AI"] })];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["other"]);
  });

  test("leaves out articles whose title is a near duplicate", () => {
    const current = makeArticle("current", { title: "生成AIの未来", tags: ["AI"] });
    const all = [
      makeArticle("repost", { title: "生成ＡＩの未来！", tags: ["AI"], date: "2026-01-01" }),
      makeArticle("other", { title: "Web3とキャリア", tags: ["AI"] }),
    ];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["other"]);
  });

  test("still finds related articles below a long run of best-ranked near duplicates", () => {
    const current = makeArticle("current", { title: "生成AIの未来", tags: ["AI", "LLM"] });
    const reposts = Array.from({ length: 20 }, (_, i) =>
      makeArticle(`repost-${i}`, { title: "生成ＡＩの未来！", tags: ["AI", "LLM"], date: `2026-01-${String(i + 1).padStart(2, "0")}` }),
    );
    const others = ["a", "b", "c", "d", "e"].map((slug, i) =>
      makeArticle(slug, { title: `別の話題 ${slug}`, tags: ["AI"], date: `2025-0${i + 1}-01` }),
    );
    assert.deepEqual(slugs(relatedArticles(current, [...reposts, ...others])), ["e", "d", "c", "b"]);
  });

  test("ranks like a full sort on a large site: most shared first, newest on ties", () => {
    const tagsOf = (i: number) => ["AI", "Web3", "LLM", "C#", "Rust"].filter((_, t) => (i >> t) & 1);
    const current = makeArticle("current", { title: "基準の記事", tags: ["AI", "LLM", "Rust"], category: "AI" });
    const all = Array.from({ length: 500 }, (_, i) =>
      makeArticle(`a${i}`, {
        title: `記事その${i}について`,
        tags: tagsOf(i % 32),
        category: i % 3 === 0 ? "AI" : "Web3",
        date: new Date(Date.UTC(2025, 0, 1) + ((i * 7919) % 500) * 86_400_000).toISOString(),
      }),
    );
    const key = new Set(current.tags.map((tag) => tag.key));
    const score = (a: Article) => a.tags.filter((tag) => key.has(tag.key)).length * 2 + (a.category?.key === current.category?.key ? 1 : 0);
    const expected = all
      .filter((a) => score(a) > 0)
      .sort((a, b) => score(b) - score(a) || b.date.getTime() - a.date.getTime())
      .slice(0, 6);
    assert.deepEqual(slugs(relatedArticles(current, all, 6)), slugs(expected));
  });

  test("at most 4 by default, and the limit is respected", () => {
    const current = makeArticle("current", { tags: ["AI"] });
    const all = Array.from({ length: 7 }, (_, i) =>
      makeArticle(`a${i}`, { title: `話題${i}について${"あいうえおかきくけこ"[i]}`, tags: ["AI"], date: `2025-0${i + 1}-01` }),
    );
    assert.deepEqual(slugs(relatedArticles(current, all)), ["a6", "a5", "a4", "a3"]);
    assert.equal(relatedArticles(current, all, 2).length, 2);
    assert.equal(relatedArticles(current, all, 0).length, 0);
  });

  test("never pads with unrelated articles", () => {
    const current = makeArticle("current", { tags: ["AI"], category: "テック" });
    const all = [
      makeArticle("unrelated-new", { tags: ["Go"], category: "投資", date: "2026-06-01" }),
      makeArticle("no-terms", { date: "2026-05-01" }),
      makeArticle("related", { tags: ["AI"], date: "2020-01-01" }),
    ];
    assert.deepEqual(slugs(relatedArticles(current, all)), ["related"]);
  });

  test("an article without tags or category has no related articles", () => {
    const current = makeArticle("current");
    const all = [makeArticle("a"), makeArticle("b", { tags: ["AI"] }), makeArticle("c", { category: null })];
    assert.deepEqual(relatedArticles(current, all), []);
  });

  test("does not reorder the caller's list", () => {
    const current = makeArticle("current", { tags: ["AI"] });
    const all = [makeArticle("a", { tags: ["AI"], date: "2025-01-01" }), makeArticle("b", { tags: ["AI"], date: "2025-02-01" })];
    relatedArticles(current, all);
    assert.deepEqual(slugs(all), ["a", "b"]);
  });
});

describe("adjacentArticles", () => {
  const newestFirst = [makeArticle("newest"), makeArticle("middle"), makeArticle("oldest")];
  const [newest, middle, oldest] = newestFirst as [Article, Article, Article];

  test("in the middle: the older and the newer neighbour", () => {
    const { older, newer } = adjacentArticles(middle, newestFirst);
    assert.equal(older?.slug, "oldest");
    assert.equal(newer?.slug, "newest");
  });

  test("the newest article has no newer one", () => {
    const { older, newer } = adjacentArticles(newest, newestFirst);
    assert.equal(older?.slug, "middle");
    assert.equal(newer, undefined);
  });

  test("the oldest article has no older one", () => {
    const { older, newer } = adjacentArticles(oldest, newestFirst);
    assert.equal(older, undefined);
    assert.equal(newer?.slug, "middle");
  });

  test("a lone article, or one not in the list, has neither", () => {
    assert.deepEqual(adjacentArticles(newest, [newest]), { older: undefined, newer: undefined });
    assert.deepEqual(adjacentArticles(makeArticle("missing"), newestFirst), {});
  });
});

test("parts of a series are related, not duplicates", () => {
  assert.equal(isNearDuplicateTitle("AI時代のキャリア戦略 第1回", "AI時代のキャリア戦略 第2回"), false);
  assert.equal(isNearDuplicateTitle("Web3入門（1）", "Web3入門（2）"), false);
  assert.equal(isNearDuplicateTitle("AI時代のキャリア戦略 第1回", "AI時代のキャリア戦略 第1回"), true);
});
