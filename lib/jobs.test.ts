import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Job } from "./content/types";
import { termKey } from "./content/slugs";
import {
  articlesForJob,
  filterJobs,
  findJob,
  hasJobFilters,
  jobAreas,
  jobFilterOptions,
  parseJobFilters,
  placeOf,
  prefectureOf,
  type JobFilters,
} from "./jobs";
import { termRef } from "./testing/articles";

function job(id: string, options: Partial<Pick<Job, "employment" | "location" | "tags" | "isOpen">> & { posted: string }): Job {
  const tags = options.tags ?? [];
  return {
    id,
    sourcePath: `content/jobs/${id}.md`,
    title: id,
    company: "株式会社テスト",
    location: options.location ?? "東京都千代田区",
    employment: options.employment ?? "正社員",
    salary: null,
    tags,
    tagKeys: new Set(tags.map(termKey)),
    category: null,
    categoryKey: null,
    url: `https://example.com/${id}`,
    posted: new Date(options.posted),
    expires: null,
    isOpen: options.isOpen ?? true,
    body: "",
  };
}

const JOBS = [
  job("older-csharp", { posted: "2026-01-10", tags: ["C#", "AI"], employment: "正社員", location: "東京都渋谷区（リモート併用）" }),
  job("newest-rust", { posted: "2026-11-02", tags: ["Rust"], employment: "副業", location: "フルリモート" }),
  job("middle-ml", { posted: "2026-06-15", tags: ["machine learning", "ai"], employment: "業務委託", location: "大阪府大阪市" }),
  job("closed", { posted: "2026-12-01", tags: ["C#"], employment: "正社員", isOpen: false }),
];

const NO_FILTERS: JobFilters = { employment: null, tag: null, location: null };
const ids = (jobs: readonly Job[]) => jobs.map((j) => j.id);

describe("parseJobFilters", () => {
  test("reads the three filters; blank, repeated and absurdly long values", () => {
    assert.deepEqual(parseJobFilters({}), NO_FILTERS);
    assert.deepEqual(parseJobFilters({ employment: " 正社員 ", tag: ["C#", "Rust"], location: "" }), {
      employment: "正社員",
      tag: "C#",
      location: null,
    });
    assert.equal(parseJobFilters({ tag: "x".repeat(101) }).tag, null);
  });

  test("hasJobFilters", () => {
    assert.equal(hasJobFilters(NO_FILTERS), false);
    assert.equal(hasJobFilters({ ...NO_FILTERS, location: "東京都" }), true);
  });
});

describe("filterJobs", () => {
  test("no filters: every open job, newest first", () => {
    assert.deepEqual(ids(filterJobs(JOBS, NO_FILTERS)), ["newest-rust", "middle-ml", "older-csharp"]);
  });

  test("expired jobs never appear, even when they match", () => {
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, tag: "C#" })), ["older-csharp"]);
  });

  test("tags match in any case or width", () => {
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, tag: "c＃" })), ["older-csharp"]);
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, tag: "AI" })), ["middle-ml", "older-csharp"]);
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, tag: "Machine  Learning" })), ["middle-ml"]);
  });

  test("employment type and area, alone and together", () => {
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, employment: "正社員" })), ["older-csharp"]);
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, location: "リモート" })), ["newest-rust", "older-csharp"]);
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, location: "東京都" })), ["older-csharp"]);
    assert.deepEqual(ids(filterJobs(JOBS, { employment: "副業", tag: "rust", location: "リモート" })), ["newest-rust"]);
    assert.deepEqual(ids(filterJobs(JOBS, { employment: "副業", tag: "C#", location: null })), []);
    assert.deepEqual(ids(filterJobs(JOBS, { ...NO_FILTERS, employment: "存在しない" })), []);
  });
});

describe("areas", () => {
  test("placeOf drops remote notes", () => {
    assert.equal(placeOf("東京都渋谷区（リモート併用）"), "東京都渋谷区");
    assert.equal(placeOf("フルリモート"), null);
    assert.equal(placeOf("福岡県福岡市"), "福岡県福岡市");
    assert.equal(placeOf("東京都、リモート可"), "東京都");
  });

  test("prefectureOf", () => {
    assert.equal(prefectureOf("東京都港区"), "東京都");
    assert.equal(prefectureOf("神奈川県横浜市"), "神奈川県");
    assert.equal(prefectureOf("北海道札幌市"), "北海道");
    assert.equal(prefectureOf("京都府京都市"), "京都府");
    assert.equal(prefectureOf("シンガポール"), null);
  });

  test("jobAreas: the prefecture (or the place) and リモート", () => {
    assert.deepEqual(jobAreas("東京都渋谷区（リモート併用）"), ["東京都", "リモート"]);
    assert.deepEqual(jobAreas("フルリモート"), ["リモート"]);
    assert.deepEqual(jobAreas("大阪府大阪市"), ["大阪府"]);
    assert.deepEqual(jobAreas("シンガポール"), ["シンガポール"]);
  });
});

describe("jobFilterOptions", () => {
  test("open jobs only, counted, employment in the usual order, リモート last", () => {
    const options = jobFilterOptions(JOBS);
    assert.deepEqual(options.employment, [
      { value: "正社員", count: 1 },
      { value: "業務委託", count: 1 },
      { value: "副業", count: 1 },
    ]);
    assert.deepEqual(options.location, [
      { value: "大阪府", count: 1 },
      { value: "東京都", count: 1 },
      { value: "リモート", count: 2 },
    ]);
  });

  test("an employment type takes its place in the usual order in any width", () => {
    const options = jobFilterOptions([
      job("half-width-intern", { posted: "2026-11-01", employment: "ｲﾝﾀｰﾝ" }),
      job("part-time-1", { posted: "2026-10-01", employment: "アルバイト" }),
      job("part-time-2", { posted: "2026-09-01", employment: "アルバイト" }),
    ]);
    assert.deepEqual(options.employment, [
      { value: "ｲﾝﾀｰﾝ", count: 1 },
      { value: "アルバイト", count: 2 },
    ]);
  });

  test("tag spellings are one option, named as the newest job writes it", () => {
    const tags = jobFilterOptions(JOBS).tag;
    assert.deepEqual(tags.find((option) => termKey(option.value) === "ai"), { value: "ai", count: 2 });
    assert.equal(tags.filter((option) => termKey(option.value) === "ai").length, 1);
    assert.equal(tags[0]?.count, 2, "most used first");
  });
});

describe("findJob", () => {
  test("by id, encoded or not", () => {
    const japanese = job("生成AIエンジニア", { posted: "2026-01-01" });
    assert.equal(findJob([...JOBS, japanese], "middle-ml")?.id, "middle-ml");
    assert.equal(findJob([...JOBS, japanese], encodeURIComponent("生成AIエンジニア"))?.id, "生成AIエンジニア");
    assert.equal(findJob(JOBS, "nope"), undefined);
  });
});

describe("articlesForJob", () => {
  const article = (slug: string, date: string, tags: string[]): Pick<Article, "slug" | "date" | "tags"> => ({
    slug,
    date: new Date(date),
    tags: tags.map((tag) => termRef("tags", tag)),
  });

  test("articles sharing the most tags first, then the newest; none without a shared tag", () => {
    const articles = [
      article("one-tag-new", "2026-05-01", ["AI"]),
      article("two-tags-old", "2025-01-01", ["C#", "ai"]),
      article("one-tag-old", "2025-06-01", ["C#"]),
      article("unrelated", "2026-06-01", ["Web3"]),
    ];
    const related = articlesForJob(job("x", { posted: "2026-01-01", tags: ["C#", "AI"] }), articles, 5);
    assert.deepEqual(
      related.map((a) => a.slug),
      ["two-tags-old", "one-tag-new", "one-tag-old"],
    );
    assert.equal(articlesForJob(job("x", { posted: "2026-01-01", tags: ["C#", "AI"] }), articles, 1).length, 1);
  });
});
