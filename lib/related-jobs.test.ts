import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Job } from "./content/types";
import { termKey } from "./content/slugs";
import { rankJobsForArticle } from "./related-jobs";
import { termRef } from "./testing/articles";

function article(tags: string[], category: string | null): Pick<Article, "tags" | "category"> {
  return { tags: tags.map((t) => termRef("tags", t)), category: category === null ? null : termRef("categories", category) };
}

function job(id: string, options: { tags?: string[]; category?: string | null; posted: string; isOpen?: boolean }): Job {
  const tags = options.tags ?? [];
  const category = options.category ?? null;
  return {
    id,
    sourcePath: `content/jobs/${id}.md`,
    title: id,
    company: "株式会社テスト",
    location: "東京",
    employment: "正社員",
    salary: null,
    tags,
    tagKeys: new Set(tags.map(termKey)),
    category,
    categoryKey: category === null ? null : termKey(category),
    url: `https://example.com/${id}`,
    posted: new Date(options.posted),
    expires: null,
    isOpen: options.isOpen ?? true,
    body: "",
  };
}

const ids = (jobs: Job[]) => jobs.map((j) => j.id);

describe("rankJobsForArticle", () => {
  test("more shared tags rank higher, even over a newer job", () => {
    const jobs = [
      job("one-tag-newest", { tags: ["AI"], posted: "2026-03-01" }),
      job("two-tags", { tags: ["AI", "Rust"], posted: "2026-01-01" }),
      job("no-tags", { tags: ["Go"], posted: "2026-04-01" }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI", "Rust"], null), jobs, 3)), ["two-tags", "one-tag-newest", "no-tags"]);
  });

  test("with equal shared tags, the same category ranks higher", () => {
    const jobs = [
      job("other-category-newer", { tags: ["AI"], category: "投資", posted: "2026-03-01" }),
      job("same-category", { tags: ["AI"], category: "キャリア", posted: "2026-01-01" }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI"], "キャリア"), jobs, 2)), ["same-category", "other-category-newer"]);
  });

  test("shared tags outweigh a shared category", () => {
    const jobs = [
      job("category-only", { category: "キャリア", posted: "2026-03-01" }),
      job("tag-only", { tags: ["AI"], posted: "2026-01-01" }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI"], "キャリア"), jobs, 2)), ["tag-only", "category-only"]);
  });

  test("on a full tie, the newest job comes first", () => {
    const jobs = [
      job("older", { tags: ["AI"], posted: "2026-01-01" }),
      job("newer", { tags: ["AI"], posted: "2026-02-01" }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI"], null), jobs, 2)), ["newer", "older"]);
  });

  test("never returns a closed (expired) job, even the best match", () => {
    const jobs = [
      job("expired-perfect-match", { tags: ["AI", "Rust"], category: "キャリア", posted: "2026-05-01", isOpen: false }),
      job("open-unrelated", { tags: ["Go"], posted: "2025-01-01" }),
    ];
    const ranked = rankJobsForArticle(article(["AI", "Rust"], "キャリア"), jobs, 3);
    assert.deepEqual(ids(ranked), ["open-unrelated"]);
    assert.ok(ranked.every((j) => j.isOpen));
  });

  test("with nothing in common, falls back to the newest open jobs", () => {
    const jobs = [
      job("a", { tags: ["Go"], posted: "2026-01-01" }),
      job("b", { tags: ["PHP"], posted: "2026-03-01" }),
      job("c", { posted: "2026-02-01" }),
      job("closed-newest", { posted: "2026-06-01", isOpen: false }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI"], "投資"), jobs, 2)), ["b", "c"]);
    assert.deepEqual(ids(rankJobsForArticle(article([], null), jobs, 5)), ["b", "c", "a"]);
  });

  test("fills the rest with newest open jobs when few match", () => {
    const jobs = [
      job("match-old", { tags: ["AI"], posted: "2025-01-01" }),
      job("other-new", { posted: "2026-06-01" }),
      job("other-mid", { posted: "2026-03-01" }),
      job("other-old", { posted: "2025-06-01" }),
    ];
    assert.deepEqual(ids(rankJobsForArticle(article(["AI"], null), jobs, 3)), ["match-old", "other-new", "other-mid"]);
  });

  test("respects the limit", () => {
    const jobs = Array.from({ length: 6 }, (_, i) => job(`job-${i}`, { tags: ["AI"], posted: `2026-01-0${i + 1}` }));
    assert.equal(rankJobsForArticle(article(["AI"], null), jobs, 3).length, 3);
    assert.equal(rankJobsForArticle(article(["AI"], null), jobs, 0).length, 0);
    assert.equal(rankJobsForArticle(article(["AI"], null), jobs.slice(0, 2), 3).length, 2);
  });

  test("matches tags and categories regardless of case and full-width spelling", () => {
    const jobs = [
      job("newer-unrelated", { tags: ["Go"], posted: "2026-06-01" }),
      job("full-width-ai", { tags: ["ＡＩ"], posted: "2026-01-01" }),
      job("career-category", { category: "ｷｬﾘｱ", posted: "2025-12-01" }),
    ];
    const ranked = rankJobsForArticle(article(["ai"], "キャリア"), jobs, 3);
    assert.deepEqual(ids(ranked), ["full-width-ai", "career-category", "newer-unrelated"]);
  });

  test("does not reorder the caller's list", () => {
    const jobs = [job("a", { posted: "2026-01-01" }), job("b", { tags: ["AI"], posted: "2026-02-01" })];
    rankJobsForArticle(article(["AI"], null), jobs, 2);
    assert.deepEqual(ids(jobs), ["a", "b"]);
  });
});
