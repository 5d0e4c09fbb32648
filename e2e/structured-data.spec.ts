// What search engines and share previews read: JSON-LD, <head> metadata and the OG images.
import { expect, test, type APIResponse } from "@playwright/test";
import { jsonLdScriptTexts, listedArticles, metaTagValue, metaValue, onceOnly, SITE_NAME } from "./helpers";
import { articleByFile, articleByTitle, authorName, instant, jstIso, termKey, termPagePath, type ContentArticle } from "./content";
import { SAMPLE } from "./fixtures/cases";

// The HTML and images are the same whatever the device: check them once.
test.beforeEach(({}, testInfo) => onceOnly(testInfo.project.name));

interface JsonLdThing {
  "@type"?: string;
  [key: string]: unknown;
}

/** PNG width and height, from the IHDR chunk that follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature), "PNG signature").toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1"), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function expectOgPng(response: APIResponse, what: string) {
  expect(response.status(), what).toBe(200);
  expect(response.headers()["content-type"], what).toMatch(/^image\/png\b/);
  expect(pngSize(await response.body()), what).toEqual({ width: 1200, height: 630 });
}

/** Text of an HTML attribute or element, with the character references React writes decoded. */
function decodeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) =>
    ({ amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" })[name] ?? "",
  );
}

/** The `content` of every `<meta>` whose `name`/`property` is `key`, in document order. */
function metaContents(html: string, key: string): string[] {
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<meta\s[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`\\s(?:name|property)="${key}"`).test(tag))
    .map((tag) => decodeHtml(/\scontent="([^"]*)"/.exec(tag)?.[1] ?? ""));
}

/** datePublished / article:published_time expected from the front matter date. */
function expectJstDate(actual: unknown, written: string, what: string) {
  expect(typeof actual, what).toBe("string");
  const value = String(actual);
  expect(value, `${what} in Japan time`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?\+09:00$/);
  if (/^\d{4}-\d{2}-\d{2}$/.test(written.trim())) {
    expect(value.slice(0, 10), what).toBe(written.trim());
  } else {
    expect(new Date(value).getTime(), `${what} is the instant "${written}"`).toBe(instant(written).getTime());
  }
}

function expectNewsArticle(data: JsonLdThing, article: ContentArticle, canonical: string) {
  const what = `NewsArticle of ${article.file}`;
  expect(data.headline, what).toBe(article.title);
  expect(data.description, what).toBe(article.excerpt);
  expectJstDate(data.datePublished, article.date, `${what} datePublished`);
  expectJstDate(data.dateModified, article.updated ?? article.date, `${what} dateModified`);
  // An author with a profile is named as the profile writes it (e2e/authors.spec.ts checks the rest).
  expect((data.author as { name?: string } | undefined)?.name, `${what} author`).toBe(article.author && authorName(article.author));
  expect(data.articleSection, `${what} articleSection`).toBe(article.category);
  const keywords = Array.isArray(data.keywords) ? data.keywords.map(String) : String(data.keywords ?? "").split(/\s*,\s*/);
  // Tags are compared as readers see them: the site may show "ai" as the more common "AI".
  expect(keywords.map(termKey), `${what} keywords`).toEqual(article.tags.map(termKey));
  const images = (Array.isArray(data.image) ? data.image : [data.image]).map(String);
  expect(images.length, `${what} image`).toBeGreaterThan(0);
  expect(new URL(images[0] ?? "").pathname, `${what} image`).toBe(article.image ?? `${new URL(canonical).pathname}/opengraph-image`);
}

test("every article: JSON-LD parses, has no raw < and matches the article; title, description, canonical, Open Graph and Twitter metadata", async ({ page, request }) => {
  const listed = await listedArticles(page);
  for (const { title, path } of listed) {
    const article = articleByTitle(title);
    const html = await (await request.get(path)).text();
    const scripts = jsonLdScriptTexts(html);
    expect(scripts.length, `JSON-LD blocks on ${path}`).toBe(2);
    const blocks: JsonLdThing[] = scripts.map((text) => {
      expect(text, `raw < in the JSON-LD of ${path}`).not.toContain("<");
      return JSON.parse(text) as JsonLdThing;
    });
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(decodeURIComponent(new URL(canonical).pathname)).toBe(decodeURIComponent(path));

    const breadcrumbs = blocks.find((block) => block["@type"] === "BreadcrumbList");
    const items = (breadcrumbs?.itemListElement ?? []) as { position: number; name: string; item: string }[];
    expect(items.map((item) => item.name), `BreadcrumbList of ${path}`).toEqual(["ホーム", ...(article.category ? [article.category] : []), title]);
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    expect(new URL(items[0]?.item ?? "").pathname).toBe("/");
    expect(items.at(-1)?.item).toBe(canonical);
    if (article.category) expect(new URL(items[1]?.item ?? "").pathname).toBe(termPagePath("categories", article.category));

    const news = blocks.find((block) => block["@type"] === "NewsArticle");
    expect(news, `NewsArticle on ${path}`).toBeDefined();
    if (news) expectNewsArticle(news, article, canonical);

    // What crawlers and share previews read from <head>.
    expect(decodeHtml(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? ""), `<title> of ${path}`).toBe(`${title} | ${SITE_NAME}`);
    expect(metaContents(html, "description"), `description of ${path}`).toEqual([article.excerpt]);
    expect(metaContents(html, "og:title"), path).toEqual([title]);
    expect(metaContents(html, "og:description"), path).toEqual([article.excerpt]);
    expect(metaContents(html, "og:type"), path).toEqual(["article"]);
    expect(metaContents(html, "og:url"), path).toEqual([canonical]);
    expect(metaContents(html, "twitter:card"), path).toEqual(["summary_large_image"]);
    const published = metaContents(html, "article:published_time");
    expect(published, path).toHaveLength(1);
    expectJstDate(published[0], article.date, `article:published_time of ${path}`);
    expect(metaContents(html, "article:tag").map(termKey), `article:tag of ${path}`).toEqual(article.tags.map(termKey));
    const ogImage = metaContents(html, "og:image");
    expect(ogImage, `og:image of ${path}`).toHaveLength(1);
    // The article's own picture where it has one, else the card drawn for it.
    expect(decodeURIComponent(new URL(ogImage[0] ?? "").pathname)).toBe(article.image ?? `${decodeURIComponent(path)}/opengraph-image`);
    const pathOf = (url: string) => decodeURIComponent(new URL(url).pathname);
    expect(metaContents(html, "twitter:image").map(pathOf), `twitter:image of ${path}`).toEqual(ogImage.map(pathOf));
  }
});

test("the title with 「」, & and <…>: JSON-LD read by the browser gives the literal title", async ({ page }) => {
  const article = articleByFile(SAMPLE.special.file);
  await page.goto(SAMPLE.special.path);
  const texts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(texts).toHaveLength(2);
  for (const text of texts) {
    expect(text.toLowerCase()).not.toContain("</script");
    expect(text).not.toContain("<");
  }
  const [breadcrumbs, news] = texts.map((text) => JSON.parse(text) as JsonLdThing);
  expect(news?.headline).toBe(article.title);
  expect((breadcrumbs?.itemListElement as { name: string }[]).at(-1)?.name).toBe(article.title);
  // The visible breadcrumb and date agree with the structured data.
  expect(news?.datePublished).toBe(await metaValue(page, "公開日").locator("time").getAttribute("datetime"));
});

test("every article's OG image is a 1200×630 PNG, and so is the site's default one", async ({ page, request }) => {
  const listed = await listedArticles(page);
  for (const { path } of listed) {
    await expectOgPng(await request.get(`${path}/opengraph-image`), `${path}/opengraph-image`);
  }
  // The address the article's og:image gives (with its cache-busting query) answers too.
  await page.goto(SAMPLE.special.path);
  const ogImage = await metaTagValue(page, 'meta[property="og:image"]');
  const { pathname, search } = new URL(ogImage);
  await expectOgPng(await request.get(`${pathname}${search}`), `og:image of ${SAMPLE.special.path}`);

  await expectOgPng(await request.get("/opengraph-image"), "/opengraph-image");
  // The home page offers the default image.
  await page.goto("/");
  const homeImage = await metaTagValue(page, 'meta[property="og:image"]');
  expect(new URL(homeImage).pathname).toBe("/opengraph-image");
});

test("article images are not the default card", async ({ request }) => {
  const article = await (await request.get(`${SAMPLE.special.path}/opengraph-image`)).body();
  const other = await (await request.get(`${SAMPLE.agent.path}/opengraph-image`)).body();
  const site = await (await request.get("/opengraph-image")).body();
  expect(article.equals(site)).toBe(false);
  expect(article.equals(other)).toBe(false);
});

test("OG images are drawn on first request: the same bytes again, and 404 for an article that does not exist", async ({ request }) => {
  const first = await request.get(`${SAMPLE.agent.path}/opengraph-image`);
  const again = await request.get(`${SAMPLE.agent.path}/opengraph-image`);
  expect((await again.body()).equals(await first.body())).toBe(true);
  const missing = await request.get("/articles/no-such-article-here/opengraph-image");
  expect(missing.status()).toBe(404);
});

test("the visible publication date carries the front matter instant in Japan time", async ({ page }) => {
  // 2026-01-15 10:00:00 +0900 is 10:00 in Japan; this also guards the date reading of these tests.
  const article = articleByFile(SAMPLE.special.file);
  await page.goto(SAMPLE.special.path);
  await expect(metaValue(page, "公開日").locator("time")).toHaveAttribute("datetime", jstIso(instant(article.date)));
});
