import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { z } from "zod";
import { articleFrontMatterSchema, authorFrontMatterSchema, jobFrontMatterSchema, type ArticleFrontMatter, type JobFrontMatter } from "./schema";

const BASE_ARTICLE = { title: "テスト記事", date: "2025-10-08" };
const BASE_JOB = {
  title: "AIエンジニア",
  company: "株式会社テスト",
  location: "東京都",
  employment: "正社員",
  url: "https://example.com/jobs/1",
  posted: "2025-10-01",
};

function article(extra: Record<string, unknown>): ArticleFrontMatter {
  const result = articleFrontMatterSchema.safeParse({ ...BASE_ARTICLE, ...extra });
  if (!result.success) assert.fail(`expected valid front matter: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

function job(extra: Record<string, unknown>): JobFrontMatter {
  const result = jobFrontMatterSchema.safeParse({ ...BASE_JOB, ...extra });
  if (!result.success) assert.fail(`expected a valid job: ${JSON.stringify(result.error.issues)}`);
  return result.data;
}

/** The issues as `field: message`, the way an editor reads them. */
function issues(schema: z.ZodType, input: Record<string, unknown>): { field: string; message: string }[] {
  const result = schema.safeParse(input);
  if (result.success) assert.fail(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map((issue) => ({ field: issue.path.map(String).join("."), message: issue.message }));
}

function issueFor(schema: z.ZodType, input: Record<string, unknown>, field: string): string {
  const found = issues(schema, input).find((issue) => issue.field === field);
  if (!found) assert.fail(`expected an issue on ${field}, got ${JSON.stringify(issues(schema, input))}`);
  return found.message;
}

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

describe("article title", () => {
  test("missing title is required", () => {
    assert.equal(issueFor(articleFrontMatterSchema, { date: "2025-10-08" }, "title"), "必須です");
  });

  test("null title (`title:` with nothing after it) is required", () => {
    assert.equal(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, title: null }, "title"), "必須です");
  });

  test("empty or blank title cannot be empty", () => {
    assert.equal(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, title: "" }, "title"), "空にはできません");
    assert.equal(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, title: "   " }, "title"), "空にはできません");
  });

  test("a numeric title (e.g. `title: 2025`) is accepted as text", () => {
    assert.equal(article({ title: 2025 }).title, "2025");
  });

  test("a list as title is rejected with a Japanese message", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, title: ["a"] }, "title"), /タイトルは文字列/);
  });

  test("title is trimmed and NFC-normalised", () => {
    const nfd = "ガイド".normalize("NFD");
    assert.equal(article({ title: `  ${nfd}  ` }).title, "ガイド");
  });
});

describe("article date", () => {
  test("missing date is required", () => {
    assert.equal(issueFor(articleFrontMatterSchema, { title: "x" }, "date"), "必須です");
    assert.equal(issueFor(articleFrontMatterSchema, { title: "x", date: "" }, "date"), "必須です");
  });

  test("date becomes JST midnight", () => {
    assert.equal(article({}).date?.toISOString(), "2025-10-07T15:00:00.000Z");
  });

  test("impossible and garbage dates are rejected with the reason", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, date: "2025-02-30" }, "date"), /存在しない日付/);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, date: "来週" }, "date"), /日付として読めません/);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, updated: "2025-13-01" }, "updated"), /存在しない日付/);
  });

  test("updated is optional", () => {
    assert.equal(article({}).updated, null);
    assert.equal(article({ updated: "2026-06-01 12:00:00 +0900" }).updated?.toISOString(), "2026-06-01T03:00:00.000Z");
  });
});

describe("tags and categories", () => {
  test("a list", () => {
    assert.deepEqual(article({ tags: ["AI", "C#", "Web3.0"] }).tags, ["AI", "C#", "Web3.0"]);
  });

  test("a single string is one tag (spaces included)", () => {
    assert.deepEqual(article({ tags: "machine learning" }).tags, ["machine learning"]);
  });

  test("null, missing and empty entries give no tags", () => {
    assert.deepEqual(article({ tags: null }).tags, []);
    assert.deepEqual(article({}).tags, []);
    assert.deepEqual(article({ tags: ["AI", "", "  "] }).tags, ["AI"]);
  });

  test("numbers in the list become names (`tags: [2025]`)", () => {
    assert.deepEqual(article({ tags: [2025, "AI"] }).tags, ["2025", "AI"]);
  });

  test("names are trimmed and NFC-normalised", () => {
    assert.deepEqual(article({ tags: [" キャリア ".normalize("NFD")] }).tags, ["キャリア"]);
  });

  for (const [name, value] of [
    ["an object", { AI: true }],
    ["a nested list", [["AI", "Rust"]]],
    ["a boolean", true],
    ["a list holding an object", ["AI", { name: "Rust" }]],
  ] as const) {
    test(`tags as ${name} are rejected with a hint`, () => {
      const message = issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, tags: value }, "tags");
      assert.match(message, /文字列か文字列の配列/);
    });
  }

  test("Jekyll-style categories list and a single category", () => {
    const fm = article({ categories: ["AI", "キャリア"], category: "テクノロジー" });
    assert.deepEqual(fm.categories, ["AI", "キャリア"]);
    assert.equal(fm.category, "テクノロジー");
    assert.deepEqual(article({ categories: "投資" }).categories, ["投資"]);
    assert.equal(article({}).category, null);
  });

  test("categories of the wrong type are rejected", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, categories: { a: 1 } }, "categories"), /文字列か文字列の配列/);
  });
});

describe("reading_time", () => {
  test("numbers and numeric strings, rounded", () => {
    assert.equal(article({ reading_time: 8 }).reading_time, 8);
    assert.equal(article({ reading_time: "5" }).reading_time, 5);
    assert.equal(article({ reading_time: " 12 " }).reading_time, 12);
    assert.equal(article({ reading_time: 2.6 }).reading_time, 3);
  });

  test("missing, null or empty means computed by the site", () => {
    assert.equal(article({}).reading_time, null);
    assert.equal(article({ reading_time: null }).reading_time, null);
    assert.equal(article({ reading_time: "" }).reading_time, null);
  });

  for (const value of ["abc", "8分", 0, -3, 601, "Infinity"]) {
    test(`rejects ${JSON.stringify(value)}`, () => {
      const message = issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, reading_time: value }, "reading_time");
      assert.match(message, /分数/);
    });
  }

  test("rejects a boolean or a list", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, reading_time: true }, "reading_time"), /分数を数字/);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, reading_time: [5] }, "reading_time"), /分数を数字/);
  });
});

describe("draft", () => {
  for (const [value, expected] of [
    [true, true],
    [false, false],
    ["true", true],
    ["false", false],
    ["yes", true],
    ["no", false],
    [null, false],
    [undefined, false],
  ] as const) {
    test(`${JSON.stringify(value)} → ${expected}`, () => {
      assert.equal(article({ draft: value }).draft, expected);
    });
  }

  test("anything else is an error, not silently published", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, draft: "maybe" }, "draft"), /true か false/);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, draft: 1 }, "draft"), /true か false/);
  });
});

describe("other article fields", () => {
  test("unknown keys and Jekyll's layout/permalink are ignored", () => {
    const fm = article({ layout: "post", permalink: "/x/", comments: true, 謎のキー: "値" });
    assert.ok(!("layout" in fm));
    assert.ok(!("permalink" in fm));
    assert.ok(!("謎のキー" in fm));
  });

  test("optional text fields: blank becomes null, numbers become text", () => {
    const fm = article({ author: "  ", excerpt: null, image: "/images/a.png", summary: 42 });
    assert.equal(fm.author, null);
    assert.equal(fm.excerpt, null);
    assert.equal(fm.image, "/images/a.png");
    assert.equal(fm.summary, "42");
  });

  test("optional text of the wrong type is rejected", () => {
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, author: ["a", "b"] }, "author"), /文字列で書いてください/);
  });

  test("a front-matter slug is checked", () => {
    assert.equal(article({ slug: "my-post" }).slug, "my-post");
    assert.equal(article({}).slug, null);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, slug: "a/b" }, "slug"), /使えません/);
    assert.match(issueFor(articleFrontMatterSchema, { ...BASE_ARTICLE, slug: "two words" }, "slug"), /使えません/);
  });

  test("several problems are reported together, each on its field", () => {
    const found = issues(articleFrontMatterSchema, { title: "", date: "2025-02-30", reading_time: "abc", draft: "maybe" });
    assert.deepEqual(found.map((i) => i.field).sort(), ["date", "draft", "reading_time", "title"]);
    for (const issue of found) assert.match(issue.message, JAPANESE);
  });
});

describe("job front matter", () => {
  test("a valid job", () => {
    const fm = job({ tags: ["AI"], expires: "2026-03-31", salary: "年収600万〜900万円" });
    assert.equal(fm.url, "https://example.com/jobs/1");
    assert.equal(fm.posted?.toISOString(), "2025-09-30T15:00:00.000Z");
    assert.equal(fm.expires?.toISOString(), "2026-03-30T15:00:00.000Z");
    assert.deepEqual(fm.tags, ["AI"]);
  });

  test("expires is optional", () => {
    assert.equal(job({}).expires, null);
  });

  test("http is allowed too", () => {
    assert.equal(job({ url: "http://example.com/apply" }).url, "http://example.com/apply");
  });

  for (const url of ["javascript:alert(1)", "JavaScript:alert(1)", "ftp://example.com/job", "data:text/html,<script>alert(1)</script>", "mailto:a@example.com"]) {
    test(`rejects the application URL ${url}`, () => {
      assert.match(issueFor(jobFrontMatterSchema, { ...BASE_JOB, url }, "url"), /http または https/);
    });
  }

  test("rejects something that is not a URL, and a missing URL", () => {
    assert.match(issueFor(jobFrontMatterSchema, { ...BASE_JOB, url: "example.com/jobs" }, "url"), /URL として読めません/);
    const { url: _omitted, ...withoutUrl } = BASE_JOB;
    assert.equal(issueFor(jobFrontMatterSchema, withoutUrl, "url"), "必須です");
  });

  test("required job fields", () => {
    const found = issues(jobFrontMatterSchema, {});
    for (const field of ["title", "company", "location", "employment", "url", "posted"]) {
      assert.equal(found.find((i) => i.field === field)?.message, "必須です", field);
    }
    assert.equal(found.find((i) => i.field === "expires"), undefined);
  });

  test("invalid posted and expires dates", () => {
    assert.match(issueFor(jobFrontMatterSchema, { ...BASE_JOB, posted: "2025-13-01" }, "posted"), /存在しない日付/);
    assert.match(issueFor(jobFrontMatterSchema, { ...BASE_JOB, expires: "2026-02-30" }, "expires"), /存在しない日付/);
    assert.match(issueFor(jobFrontMatterSchema, { ...BASE_JOB, expires: "いつか" }, "expires"), /日付として読めません/);
  });
});

describe("author profile", () => {
  const author = (extra: Record<string, unknown>) => {
    const result = authorFrontMatterSchema.safeParse({ name: "佐藤 美咲", ...extra });
    if (!result.success) assert.fail(`expected a valid profile: ${JSON.stringify(result.error.issues)}`);
    return result.data;
  };

  test("only a name is required; the rest is empty without it", () => {
    assert.deepEqual(author({}), { name: "佐藤 美咲", role: null, portrait: null, aliases: [], links: { x: null, site: null } });
    assert.equal(issueFor(authorFrontMatterSchema, {}, "name"), "必須です");
    assert.deepEqual(author({ links: null }).links, { x: null, site: null });
  });

  test("an X account as @handle, handle, or an x.com or twitter.com address is its x.com address", () => {
    for (const written of ["@misaki_sato", "misaki_sato", "https://x.com/misaki_sato", "https://twitter.com/misaki_sato/", "http://www.x.com/@misaki_sato?lang=ja"]) {
      assert.equal(author({ links: { x: written } }).links.x, "https://x.com/misaki_sato", written);
    }
  });

  test("anything else is not an X account", () => {
    for (const written of ["佐藤", "@a-b", "https://example.com/misaki_sato", "https://x.com/misaki_sato/status/1", "@sixteen_letters_"]) {
      assert.match(issueFor(authorFrontMatterSchema, { name: "a", links: { x: written } }, "links.x"), /X のアカウントとして読めません/, written);
    }
  });

  test("the site is an https URL", () => {
    assert.equal(author({ links: { site: "https://sato.example.com/" } }).links.site, "https://sato.example.com/");
    assert.match(issueFor(authorFrontMatterSchema, { name: "a", links: { site: "http://a.example" } }, "links.site"), /https/);
    assert.match(issueFor(authorFrontMatterSchema, { name: "a", links: { site: "a.example" } }, "links.site"), /URL として読めません/);
  });

  test("the portrait is a path below public/ or an https URL, as an article's image", () => {
    assert.equal(author({ portrait: "/images/authors/a.png" }).portrait, "/images/authors/a.png");
    assert.match(issueFor(authorFrontMatterSchema, { name: "a", portrait: "images/a.png" }, "portrait"), /相対パス/);
    assert.match(issueFor(authorFrontMatterSchema, { name: "a", portrait: "http://a.example/a.png" }, "portrait"), /https/);
  });

  test("aliases are a name or a list of names", () => {
    assert.deepEqual(author({ aliases: "佐藤美咲" }).aliases, ["佐藤美咲"]);
    assert.deepEqual(author({ aliases: ["佐藤美咲", "Misaki Sato"] }).aliases, ["佐藤美咲", "Misaki Sato"]);
  });

  test("fields it does not know are named, in Japanese, so a typo is not silently dropped", () => {
    const found = issues(authorFrontMatterSchema, { name: "a", bio: "x", links: { github: "a" } });
    assert.deepEqual(found, [
      { field: "links", message: "links に書ける項目は x、site です" },
      { field: "", message: "著者のファイルに書ける項目は name、role、portrait、aliases、links です" },
    ]);
    assert.match(issueFor(authorFrontMatterSchema, { name: "a", links: "@a" }, "links"), JAPANESE);
  });
});
