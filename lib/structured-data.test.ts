import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { Article, AuthorProfile, TermRef } from "./content/types";
import { site } from "./site";
import { articleShareImageUrl } from "./share-image";
import { breadcrumbListJsonLd, breadcrumbsFor, newsArticleJsonLd, profilePageJsonLd, serializeJsonLd } from "./structured-data";
import { absoluteUrl, articlePath } from "./urls";
import { termRef, testArticle } from "./testing/articles";

function makeArticle(overrides: Partial<Article> = {}): Article {
  return testArticle(overrides.slug ?? "生成aiの未来", {
    title: "生成AIの未来",
    date: new Date("2025-10-08T02:01:53Z"),
    excerpt: "生成AIがキャリアをどう変えるか。",
    readingMinutes: 3,
    ...overrides,
  });
}

const SATO: AuthorProfile = {
  id: "misaki-sato",
  sourcePath: "content/authors/misaki-sato.md",
  name: "佐藤 美咲",
  role: "編集長",
  bio: ["AI と Web3 を担当しています。", "週末は登山をしています。"],
  portrait: "/images/authors/sato.png",
  links: { x: "https://x.com/misaki_sato", site: "https://sato.example.com/" },
  sameAs: ["https://x.com/misaki_sato", "https://sato.example.com/"],
  path: "/authors/misaki-sato",
  keys: ["misaki-sato", "佐藤 美咲"],
};

/** SATO as the Person JSON-LD names her. */
const SATO_PERSON = {
  "@type": "Person",
  name: "佐藤 美咲",
  url: `${site.url}/authors/misaki-sato`,
  sameAs: ["https://x.com/misaki_sato", "https://sato.example.com/"],
  jobTitle: "編集長",
  image: `${site.url}/images/authors/sato.png`,
};

describe("serializeJsonLd", () => {
  const nasty = "</script><script>alert(1)</script> & “引用” <!-- x --> \u2028行\u2029段";
  const data = { "@type": "NewsArticle", headline: nasty, nested: [{ name: "a<b>c&d" }] };

  test("has no raw <, >, &, U+2028 or U+2029", () => {
    const json = serializeJsonLd(data);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.ok(!json.toLowerCase().includes("</script"));
  });

  test("JSON.parse gives back the original data", () => {
    assert.deepEqual(JSON.parse(serializeJsonLd(data)), data);
  });

  test("the title with </script> and “引用” survives a round trip inside a whole NewsArticle", () => {
    const article = makeArticle({ title: "</script><script>alert(1)</script> & “引用”" });
    const jsonLd = newsArticleJsonLd(article, "/og.png");
    const json = serializeJsonLd(jsonLd);
    assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
    assert.equal(JSON.parse(json).headline, "</script><script>alert(1)</script> & “引用”");
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(jsonLd)));
  });

  test("is also valid JavaScript that evaluates to the same data (U+2028/2029 escaped)", () => {
    const json = serializeJsonLd(data);
    assert.deepEqual(new Function(`return ${json};`)(), data);
  });

  test("non-ASCII text is kept as it is", () => {
    assert.equal(serializeJsonLd({ name: "テック" }), '{"name":"テック"}');
  });
});

describe("breadcrumbsFor", () => {
  test("home, category, article", () => {
    const article = makeArticle({ category: termRef("categories", "AI・機械学習") });
    assert.deepEqual(breadcrumbsFor(article), [
      { name: "ホーム", path: "/" },
      { name: "AI・機械学習", path: "/categories/AI%E3%83%BB%E6%A9%9F%E6%A2%B0%E5%AD%A6%E7%BF%92" },
      { name: "生成AIの未来", path: articlePath("生成aiの未来") },
    ]);
  });

  test("home, article when there is no category", () => {
    assert.deepEqual(breadcrumbsFor(makeArticle()), [
      { name: "ホーム", path: "/" },
      { name: "生成AIの未来", path: articlePath("生成aiの未来") },
    ]);
  });

  test("breadcrumbListJsonLd numbers the items from 1 with absolute URLs", () => {
    const jsonLd = breadcrumbListJsonLd(breadcrumbsFor(makeArticle({ category: termRef("categories", "投資") })));
    assert.equal(jsonLd["@type"], "BreadcrumbList");
    assert.deepEqual(
      jsonLd.itemListElement.map((item) => [item.position, item.name, item.item]),
      [
        [1, "ホーム", `${site.url}/`],
        [2, "投資", `${site.url}/categories/%E6%8A%95%E8%B3%87`],
        [3, "生成AIの未来", `${site.url}${articlePath("生成aiの未来")}`],
      ],
    );
  });
});

describe("newsArticleJsonLd", () => {
  test("headline, description, dates in JST with +09:00", () => {
    const jsonLd = newsArticleJsonLd(makeArticle(), "/og.png");
    assert.equal(jsonLd["@context"], "https://schema.org");
    assert.equal(jsonLd["@type"], "NewsArticle");
    assert.equal(jsonLd.headline, "生成AIの未来");
    assert.equal(jsonLd.description, "生成AIがキャリアをどう変えるか。");
    assert.equal(jsonLd.datePublished, "2025-10-08T11:01:53+09:00");
    assert.equal(jsonLd.inLanguage, "ja");
  });

  test("dateModified falls back to the date, and uses updated when there is one", () => {
    assert.equal(newsArticleJsonLd(makeArticle(), "/og.png").dateModified, "2025-10-08T11:01:53+09:00");
    const updated = makeArticle({ updated: new Date("2025-12-31T15:30:00Z") });
    const jsonLd = newsArticleJsonLd(updated, "/og.png");
    assert.equal(jsonLd.dateModified, "2026-01-01T00:30:00+09:00");
    assert.equal(jsonLd.datePublished, "2025-10-08T11:01:53+09:00");
  });

  test("an author is a Person with the author page's absolute URL", () => {
    const author = termRef("authors", "山田 太郎");
    const jsonLd = newsArticleJsonLd(makeArticle({ author }), "/og.png");
    assert.deepEqual(jsonLd.author, {
      "@type": "Person",
      name: "山田 太郎",
      url: `${site.url}/authors/%E5%B1%B1%E7%94%B0%20%E5%A4%AA%E9%83%8E`,
    });
  });

  test("an author with a profile is a Person with its page, role, portrait and the links that say who they are", () => {
    const author: TermRef = { kind: "authors", key: "misaki-sato", name: "佐藤 美咲", segment: "misaki-sato", path: "/authors/misaki-sato", order: null };
    const jsonLd = newsArticleJsonLd(makeArticle({ author }), "/og.png", SATO);
    assert.deepEqual(jsonLd.author, SATO_PERSON);
  });

  test("a profile without links, role or portrait leaves them out rather than empty", () => {
    const bare: AuthorProfile = { ...SATO, role: null, portrait: null, links: { x: null, site: null }, sameAs: [] };
    const json = JSON.parse(serializeJsonLd(newsArticleJsonLd(makeArticle(), "/og.png", bare)));
    assert.deepEqual(json.author, { "@type": "Person", name: "佐藤 美咲", url: `${site.url}/authors/misaki-sato` });
  });

  test("without an author, the site is the author (Organization)", () => {
    const jsonLd = newsArticleJsonLd(makeArticle(), "/og.png");
    assert.deepEqual(jsonLd.author, { "@type": "Organization", name: site.name });
    assert.deepEqual(jsonLd.publisher, { "@type": "Organization", name: site.name, url: `${site.url}/` });
  });

  test("keywords are the tag names, comma separated; empty without tags", () => {
    const tags = [termRef("tags", "AI"), termRef("tags", "キャリア"), termRef("tags", "C#")];
    assert.equal(newsArticleJsonLd(makeArticle({ tags }), "/og.png").keywords, "AI, キャリア, C#");
    assert.equal(newsArticleJsonLd(makeArticle(), "/og.png").keywords, "");
  });

  test("image and mainEntityOfPage are absolute URLs", () => {
    const article = makeArticle();
    const jsonLd = newsArticleJsonLd(article, `${article.path}/opengraph-image`);
    assert.deepEqual(jsonLd.image, [`${site.url}${article.path}/opengraph-image`]);
    assert.match(jsonLd.image[0] ?? "", /^https?:\/\//);
    assert.equal(jsonLd.mainEntityOfPage, absoluteUrl(article.path));
    assert.match(jsonLd.mainEntityOfPage, /^https?:\/\/[^/]+\/articles\/%E7%94%9F/);
  });

  test("an article's own image, local or remote, through the share image's URL", () => {
    const local = makeArticle({ image: { src: "/images/cover.png", alt: "", caption: null, width: 1600, height: 900 } });
    assert.deepEqual(newsArticleJsonLd(local, articleShareImageUrl(local)).image, [`${site.url}/images/cover.png`]);
    const remote = makeArticle({ image: { src: "https://images.example.com/a.jpg", alt: "", caption: null, width: null, height: null } });
    assert.deepEqual(newsArticleJsonLd(remote, articleShareImageUrl(remote)).image, ["https://images.example.com/a.jpg"]);
    const none = makeArticle();
    assert.deepEqual(newsArticleJsonLd(none, articleShareImageUrl(none)).image, [`${site.url}${none.path}/opengraph-image`]);
  });

  test("an image that is already absolute stays as it is", () => {
    const jsonLd = newsArticleJsonLd(makeArticle(), "https://cdn.example.com/a.png");
    assert.deepEqual(jsonLd.image, ["https://cdn.example.com/a.png"]);
  });

  test("articleSection is the category name, left out of the JSON without one", () => {
    const withCategory = newsArticleJsonLd(makeArticle({ category: termRef("categories", "投資分析") }), "/og.png");
    assert.equal(withCategory.articleSection, "投資分析");
    const without = newsArticleJsonLd(makeArticle(), "/og.png");
    assert.equal(without.articleSection, undefined);
    assert.ok(!("articleSection" in JSON.parse(serializeJsonLd(without))));
  });
});

describe("profilePageJsonLd", () => {
  test("the author page is a ProfilePage about the Person, described by the bio's first paragraph", () => {
    assert.deepEqual(profilePageJsonLd(SATO), {
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      url: `${site.url}/authors/misaki-sato`,
      mainEntity: { ...SATO_PERSON, description: "AI と Web3 を担当しています。" },
      inLanguage: "ja",
    });
  });

  test("a remote portrait stays as it is; no bio, no description", () => {
    const jsonLd = profilePageJsonLd({ ...SATO, bio: [], portrait: "https://images.example.com/sato.jpg" });
    assert.equal(jsonLd.mainEntity.image, "https://images.example.com/sato.jpg");
    assert.ok(!("description" in jsonLd.mainEntity));
  });
});
