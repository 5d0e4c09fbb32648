import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseSearchPage } from "./search";
import { site } from "./site";
import {
  absoluteUrl,
  articlePath,
  decodeSegment,
  homePath,
  jobPath,
  jobsPath,
  parsePageNumber,
  parseTermSegments,
  searchPath,
  segmentCandidates,
  taxonomyIndexPath,
  termPath,
} from "./urls";

describe("articlePath", () => {
  test("plain ASCII slug", () => {
    assert.equal(articlePath("rust-adoption-in-fintech"), "/articles/rust-adoption-in-fintech");
  });

  test("a Japanese slug is percent-encoded as UTF-8 and decodes back", () => {
    const path = articlePath("生成AIと著作権の最前線");
    assert.equal(path, `/articles/${encodeURIComponent("生成AIと著作権の最前線")}`);
    assert.match(path, /^\/articles\/%E7%94%9F%E6%88%90AI/);
    assert.equal(decodeURIComponent(path.slice("/articles/".length)), "生成AIと著作権の最前線");
  });
});

describe("jobPath and jobsPath", () => {
  test("a job id is one encoded segment", () => {
    assert.equal(jobPath("genai-backend-engineer"), "/jobs/genai-backend-engineer");
    assert.equal(jobPath("AI/ML求人"), `/jobs/AI%2FML${encodeURIComponent("求人")}`);
  });

  test("filters become a query in a fixed order; empty ones are left out", () => {
    assert.equal(jobsPath(), "/jobs");
    assert.equal(jobsPath({ employment: "", tag: null }), "/jobs");
    assert.equal(jobsPath({ tag: "C#", employment: "正社員" }), `/jobs?employment=${encodeURIComponent("正社員")}&tag=C%23`);
    assert.equal(jobsPath({ tag: "machine learning" }), "/jobs?tag=machine+learning");
  });
});

describe("termPath", () => {
  const cases: [string, string][] = [
    ["C#", "/tags/C%23"],
    ["AI/ML", "/tags/AI%2FML"],
    ["Web3.0", "/tags/Web3.0"],
    ["machine learning", "/tags/machine%20learning"],
    ["100%", "/tags/100%25"],
    ["Q&A?", "/tags/Q%26A%3F"],
  ];
  for (const [name, expected] of cases) {
    test(`${JSON.stringify(name)} stays one path segment`, () => {
      assert.equal(termPath("tags", name), expected);
    });
  }

  test("page 1 has no suffix, page 2 has /page/2", () => {
    const encoded = encodeURIComponent("最新ニュース");
    assert.equal(termPath("tags", "最新ニュース"), `/tags/${encoded}`);
    assert.equal(termPath("tags", "最新ニュース", 1), `/tags/${encoded}`);
    assert.equal(termPath("tags", "最新ニュース", 2), `/tags/${encoded}/page/2`);
  });

  test("categories use their own prefix", () => {
    assert.equal(termPath("categories", "キャリア", 3), `/categories/${encodeURIComponent("キャリア")}/page/3`);
    assert.equal(taxonomyIndexPath("categories"), "/categories");
    assert.equal(taxonomyIndexPath("tags"), "/tags");
  });
});

describe("homePath", () => {
  test("page 1 is the root, later pages are /page/N", () => {
    assert.equal(homePath(), "/");
    assert.equal(homePath(1), "/");
    assert.equal(homePath(2), "/page/2");
  });
});

describe("searchPath", () => {
  test("the empty page, then a query encoded whole, and a page number after the first", () => {
    assert.equal(searchPath(), "/search");
    assert.equal(searchPath("C# & AI/ML"), "/search?q=C%23%20%26%20AI%2FML");
    assert.equal(searchPath("生成AI", 1), `/search?q=${encodeURIComponent("生成AI")}`);
    assert.equal(searchPath("Web3.0", 3), "/search?q=Web3.0&page=3");
  });
});

describe("absoluteUrl", () => {
  test("joins the site URL and a path without a double slash", () => {
    assert.equal(absoluteUrl("/articles/foo"), `${site.url}/articles/foo`);
    assert.doesNotMatch(absoluteUrl("/articles/foo").replace(/^https?:\/\//, ""), /\/\//);
  });
});

describe("decodeSegment and segmentCandidates", () => {
  test("an encoded segment decodes, and the raw reading is tried first", () => {
    assert.equal(decodeSegment("C%23"), "C#");
    assert.deepEqual(segmentCandidates("C%23"), ["C%23", "C#"]);
    assert.deepEqual(segmentCandidates("AI%2FML"), ["AI%2FML", "AI/ML"]);
    const encoded = encodeURIComponent("最新ニュース");
    assert.deepEqual(segmentCandidates(encoded), [encoded, "最新ニュース"]);
  });

  test("a raw (already decoded) segment gives one candidate", () => {
    assert.deepEqual(segmentCandidates("最新ニュース"), ["最新ニュース"]);
    assert.deepEqual(segmentCandidates("C#"), ["C#"]);
    assert.deepEqual(segmentCandidates("machine learning"), ["machine learning"]);
  });

  test("malformed percent sequences do not throw and are used as given", () => {
    assert.equal(decodeSegment("%E0%A4%A"), "%E0%A4%A");
    assert.equal(decodeSegment("100%"), "100%");
    assert.deepEqual(segmentCandidates("%E0%A4%A"), ["%E0%A4%A"]);
    assert.deepEqual(segmentCandidates("100%"), ["100%"]);
  });

  test("a name with a literal % that happens to decode is tried raw first", () => {
    // "100%25" could be the tag "100%25" or "100%" encoded; the raw reading comes first.
    assert.deepEqual(segmentCandidates("100%25"), ["100%25", "100%"]);
  });
});

const GOOD_PAGE_NUMBERS = [["1", 1], ["2", 2], ["10", 10], ["99999", 99999]] as const;
const BAD_PAGE_NUMBERS = ["0", "02", "x", "-1", "1e3", "", " 2", "2 ", "2.0", "+2", "0x10", "100000", "999999", "２"];

describe("parsePageNumber", () => {
  for (const [text, expected] of GOOD_PAGE_NUMBERS) {
    test(`accepts ${JSON.stringify(text)}`, () => {
      assert.equal(parsePageNumber(text), expected);
    });
  }
  for (const text of BAD_PAGE_NUMBERS) {
    test(`rejects ${JSON.stringify(text)}`, () => {
      assert.equal(parsePageNumber(text), null);
    });
  }
});

describe("every reader of a page number agrees", () => {
  test("listing segments, tag pages and ?page= of search", () => {
    for (const [text, expected] of GOOD_PAGE_NUMBERS) {
      assert.equal(parseTermSegments(["AI", "page", text])?.page, expected, text);
      assert.equal(parseSearchPage(text), expected, text);
    }
    for (const text of BAD_PAGE_NUMBERS.filter((bad) => bad !== "")) {
      assert.equal(parseTermSegments(["AI", "page", text]), null, text);
      assert.equal(parseSearchPage(text), null, text);
    }
  });

  test("search alone has a page without a number: absent or empty is page 1", () => {
    assert.equal(parseSearchPage(null), 1);
    assert.equal(parseSearchPage(undefined), 1);
    assert.equal(parseSearchPage(""), 1);
  });
});

describe("parseTermSegments", () => {
  test("a single name is page 1", () => {
    assert.deepEqual(parseTermSegments(["AI"]), { name: "AI", page: 1, explicitFirstPage: false });
  });

  test("name/page/N", () => {
    assert.deepEqual(parseTermSegments(["AI", "page", "2"]), { name: "AI", page: 2, explicitFirstPage: false });
  });

  test("a raw AI/ML arriving as two segments is one name", () => {
    assert.deepEqual(parseTermSegments(["AI", "ML"]), { name: "AI/ML", page: 1, explicitFirstPage: false });
    assert.deepEqual(parseTermSegments(["AI", "ML", "page", "3"]), { name: "AI/ML", page: 3, explicitFirstPage: false });
  });

  test("page/1 is flagged so the route can redirect to the tag's own address", () => {
    assert.deepEqual(parseTermSegments(["AI", "page", "1"]), { name: "AI", page: 1, explicitFirstPage: true });
  });

  test("a bad page number is not found rather than page 1", () => {
    assert.equal(parseTermSegments(["AI", "page", "0"]), null);
    assert.equal(parseTermSegments(["AI", "page", "x"]), null);
  });

  test("no segments is not found", () => {
    assert.equal(parseTermSegments([]), null);
  });
});

test("absoluteUrl keeps absolute URLs and puts site paths after SITE_URL, prefix included", () => {
  assert.equal(absoluteUrl("https://cdn.example.com/a.png"), "https://cdn.example.com/a.png");
  assert.ok(absoluteUrl("/articles/a").endsWith("/articles/a"));
  assert.ok(absoluteUrl("/articles/a").startsWith(site.url));
});
