import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { inZone, parseJekyllDate } from "./jekyll-dates";
import { baseUrlPrefix, jekyllPostUrl, jekyllSlugify, oldSitePath, permalinkTemplate } from "./permalink";

function post(date: string, slug: string, categories: string[] = [], baseName = `${date.slice(0, 10)}-${slug}`) {
  const time = parseJekyllDate(date, "Asia/Tokyo");
  assert.ok(time);
  return { time: inZone(time, "Asia/Tokyo"), slug, baseName, categories };
}
const url = (setting: unknown, ...args: Parameters<typeof post>) => jekyllPostUrl(permalinkTemplate(setting), post(...args)).url;

describe("jekyllSlugify", () => {
  test("Jekyll's modes: Japanese letters stay, punctuation becomes one hyphen", () => {
    assert.equal(jekyllSlugify("Hello, World!"), "hello-world");
    assert.equal(jekyllSlugify("生成AI と 仕事"), "生成ai-と-仕事");
    assert.equal(jekyllSlugify("Hello.World (v2)", "pretty", true), "Hello.World-(v2)");
    assert.equal(jekyllSlugify("--a--"), "a");
  });
});

describe("jekyllPostUrl", () => {
  test("the built-in styles, date being the default", () => {
    assert.equal(url(undefined, "2025-10-08 09:00", "hello", ["AI", "Web3"]), "/ai/web3/2025/10/08/hello.html");
    assert.equal(url("date", "2025-10-08", "hello"), "/2025/10/08/hello.html");
    assert.equal(url("pretty", "2025-10-08", "hello", ["AI"]), "/ai/2025/10/08/hello/");
    assert.equal(url("ordinal", "2025-02-01", "hello"), "/2025/032/hello.html");
    assert.equal(url("weekdate", "2025-10-08", "hello"), "/2025/W41/Wed/hello.html");
    assert.equal(url("none", "2025-10-08", "hello", ["Career"]), "/career/hello.html");
  });

  test("a template of the site's own: categories lowercased and deduplicated, spaces kept", () => {
    assert.equal(url("/:categories/:year/:month/:day/:title/", "2025-10-08", "hello", ["AI", "ai", "Machine Learning"]), "/ai/machine learning/2025/10/08/hello/");
    assert.equal(url("/blog/:year/:i_month/:i_day/:slug", "2025-03-05", "Hello-World"), "/blog/2025/3/5/hello-world");
    assert.equal(url("/:short_year/:title:output_ext", "2025-03-05", "Hello-World"), "/25/Hello-World.html");
    assert.equal(url("/:slugified_categories/:title/", "2025-03-05", "x", ["Machine Learning"]), "/machine-learning/x/");
    assert.equal(url("/posts/:title/", "2025-03-05", "生成AIの今"), "/posts/生成AIの今/");
  });

  test("the date is the one in the site's zone, and unknown placeholders are named", () => {
    assert.equal(url("/:year/:month/:day/:title/", "2025-10-08 23:30:00 +0000", "late"), "/2025/10/09/late/");
    const result = jekyllPostUrl("/:year/:nope/:title/", post("2025-10-08", "x"));
    assert.deepEqual(result, { url: "/2025/:nope/x/", unknown: [":nope"] });
  });
});

describe("old site paths", () => {
  test("baseurl in front, percent-encoding decoded, host and query dropped", () => {
    assert.equal(baseUrlPrefix(""), "");
    assert.equal(baseUrlPrefix("/blog/"), "/blog");
    assert.equal(baseUrlPrefix("blog"), "/blog");
    assert.equal(oldSitePath("/2019/old-post.html", "/blog"), "/blog/2019/old-post.html");
    assert.equal(oldSitePath("old/%E7%94%9F%E6%88%90AI/?x=1", ""), "/old/生成AI/");
    assert.equal(oldSitePath("https://old.example.com/a/b/", "/blog"), "/a/b/");
    assert.equal(oldSitePath("/a%2Fb", ""), "/a%2Fb");
    assert.equal(oldSitePath("  ", ""), null);
  });
});
