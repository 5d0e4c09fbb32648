// RSS / Atom feeds, per-term feeds, feed autodiscovery, the sitemap and robots.txt.
// Expectations come from the fixture articles (e2e/content.ts); the XML is read with a real parser.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { onceOnly } from "./helpers";
import { authorKey, authorName, instant, publishedArticles, termKey, termSegment, type ContentArticle } from "./content";
import { CONTENT } from "./fixtures/cases";

test.beforeEach(({}, testInfo) => onceOnly(testInfo.project.name));

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Keep every text as the string it is ("10" stays "10"), entities decoded.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["item", "entry", "category", "url", "link"].includes(name),
});

/** Parsed XML: fast-xml-parser returns untyped objects. */
type Xml = any;

async function fetchXml(request: APIRequestContext, url: string, type: RegExp): Promise<Xml> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(type);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${url} is well-formed XML`).toBe(true);
  return parser.parse(text);
}

function text(value: Xml): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "#text" in value) return String(value["#text"]);
  return String(value ?? "");
}

function newestFirst(articles: ContentArticle[]): ContentArticle[] {
  return [...articles].sort((a, b) => instant(b.date).getTime() - instant(a.date).getTime());
}

/** An absolute URL whose path is percent-encoded (ASCII only). */
function expectAbsoluteEncoded(url: string): URL {
  expect(url, "absolute URL").toMatch(/^https?:\/\/[^/]+\//);
  expect(url, "percent-encoded").toMatch(/^[\x21-\x7e]+$/);
  return new URL(url);
}

function expectArticleLink(url: string, article: ContentArticle): void {
  const parsed = expectAbsoluteEncoded(url);
  expect(parsed.pathname).toBe(`/articles/${encodeURIComponent(article.slug)}`);
}

function categoryKeys(article: ContentArticle): string[] {
  return [...article.categories, ...article.tags].map(termKey);
}

const HIDDEN_TITLES = [CONTENT.draft.title, CONTENT.scheduled.title];
const HIDDEN_PATHS = [CONTENT.draft.path, CONTENT.scheduled.path];

function expectedLatest(): ContentArticle[] {
  return newestFirst(publishedArticles()).slice(0, 30);
}

function byTitle(title: string): ContentArticle {
  const found = publishedArticles().find((a) => a.title === title);
  if (!found) throw new Error(`feed item "${title}" is not a published article`);
  return found;
}

test("RSS 2.0 /feed.xml: the latest 30 published articles, escaped, dated, linked", async ({ request }) => {
  const doc = await fetchXml(request, "/feed.xml", /^application\/(rss\+)?xml/);
  expect(doc.rss["@_version"]).toBe("2.0");
  const items: Xml[] = doc.rss.channel.item ?? [];
  const expected = expectedLatest();
  expect(items.map((item) => text(item.title)).sort()).toEqual(expected.map((a) => a.title).sort());
  let previous = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const title = text(item.title);
    const article = byTitle(title);
    expectArticleLink(text(item.link[0]), article);
    expect(text(item.guid)).toBe(text(item.link[0]));
    const pubDate = text(item.pubDate);
    expect(pubDate, title).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0900$/);
    expect(new Date(pubDate).getTime(), title).toBe(instant(article.date).getTime());
    expect(new Date(pubDate).getTime()).toBeLessThanOrEqual(previous);
    previous = new Date(pubDate).getTime();
    if (article.excerpt) expect(text(item.description), title).toBe(article.excerpt);
    expect(text(item.description).length, title).toBeGreaterThan(0);
    const categories = (item.category ?? []).map((c: Xml) => termKey(text(c)));
    for (const key of categoryKeys(article)) expect(categories, title).toContain(key);
  }
  const special = items.find((item) => text(item.link[0]).endsWith(CONTENT.specialTitlePath));
  expect(special, "the special-character article is in the feed").toBeTruthy();
  expect(text(special.title)).toBe(CONTENT.specialTitle);
  for (const item of items) expect(HIDDEN_TITLES).not.toContain(text(item.title));
});

test("Atom /atom.xml: the same articles, with +09:00 dates", async ({ request }) => {
  const doc = await fetchXml(request, "/atom.xml", /^application\/(atom\+)?xml/);
  expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const entries: Xml[] = doc.feed.entry ?? [];
  const expected = expectedLatest();
  expect(entries.map((entry) => text(entry.title)).sort()).toEqual(expected.map((a) => a.title).sort());
  for (const entry of entries) {
    const title = text(entry.title);
    const article = byTitle(title);
    const alternate = (entry.link as Xml[]).find((l) => l["@_rel"] === "alternate") ?? entry.link[0];
    expectArticleLink(alternate["@_href"], article);
    const published = text(entry.published);
    expect(published, title).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+09:00$/);
    expect(new Date(published).getTime(), title).toBe(instant(article.date).getTime());
    expect(text(entry.updated), title).toMatch(/\+09:00$/);
    if (article.updated) expect(new Date(text(entry.updated)).getTime()).toBe(instant(article.updated).getTime());
    if (article.excerpt) expect(text(entry.summary), title).toBe(article.excerpt);
    const categories = (entry.category ?? []).map((c: Xml) => termKey(c["@_term"]));
    for (const key of categoryKeys(article)) expect(categories, title).toContain(key);
  }
  const special = entries.find((entry) => text(entry.id).endsWith(CONTENT.specialTitlePath));
  expect(text(special?.title)).toBe(CONTENT.specialTitle);
  for (const entry of entries) expect(HIDDEN_TITLES).not.toContain(text(entry.title));
});

/** The identity of a term: AI = ＡＩ; an author's spellings that name one profile are that profile. */
function keyOf(kind: "tags" | "categories" | "authors", name: string): string {
  return kind === "authors" ? authorKey(name) : termKey(name);
}

/** Terms of published articles by identity, with their articles (keyed as their addresses are: a profile's author by its id). */
function termsOf(kind: "tags" | "categories" | "authors"): Map<string, { name: string; articles: ContentArticle[] }> {
  const result = new Map<string, { name: string; articles: ContentArticle[] }>();
  for (const article of publishedArticles()) {
    const names = kind === "tags" ? article.tags : kind === "categories" ? article.categories : article.author ? [article.author] : [];
    for (const name of names) {
      const key = keyOf(kind, name);
      const entry = result.get(key) ?? { name: kind === "authors" ? authorName(name) : name, articles: [] };
      if (!entry.articles.includes(article)) entry.articles.push(article);
      result.set(key, entry);
    }
  }
  return result;
}

test("one RSS feed per tag, category and author, listing that term's articles", async ({ request }) => {
  const samples: { kind: "tags" | "categories" | "authors"; name: string }[] = [
    { kind: "tags", name: "生成AI" },
    { kind: "tags", name: "Web3.0" },
    { kind: "categories", name: "投資分析" },
    { kind: "authors", name: "佐藤 美咲" },
  ];
  for (const { kind, name } of samples) {
    const term = termsOf(kind).get(keyOf(kind, name));
    if (!term) throw new Error(`no published article has ${kind} ${name}`);
    const url = `/feeds/${kind}/${encodeURIComponent(name)}`;
    const doc = await fetchXml(request, url, /^application\/(rss\+)?xml/);
    const items: Xml[] = doc.rss.channel.item ?? [];
    expect(items.map((i) => text(i.title)).sort(), url).toEqual(
      newestFirst(term.articles)
        .slice(0, 30)
        .map((a) => a.title)
        .sort(),
    );
    for (const item of items) expectArticleLink(text(item.link[0]), byTitle(text(item.title)));
    expect(text(doc.rss.channel.title), url).toContain(name);
    if (kind === "tags" && name === "Web3.0") {
      const special = items.find((i) => text(i.link[0]).endsWith(CONTENT.specialTitlePath));
      expect(text(special?.title)).toBe(CONTENT.specialTitle);
    }
  }
  // A tag only a scheduled article uses has no feed.
  const hiddenOnly = ["量子コンピュータ"].filter((tag) => !termsOf("tags").has(termKey(tag)));
  for (const tag of hiddenOnly) expect((await request.get(`/feeds/tags/${encodeURIComponent(tag)}`)).status()).toBe(404);
});

test("feeds are announced in the head: site feed on home, own feed on tag and category pages", async ({ page, request }) => {
  const rssLinks = () =>
    page.locator('head link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));

  await page.goto("/");
  const home = await rssLinks();
  expect(home.some((href) => new URL(href).pathname === "/feed.xml")).toBe(true);

  for (const [kind, name] of [
    ["tags", "生成AI"],
    ["categories", "投資分析"],
  ] as const) {
    await page.goto(`/${kind}/${encodeURIComponent(name)}`);
    const own = `/feeds/${kind}/${encodeURIComponent(name)}`;
    const hrefs = await rssLinks();
    expect(hrefs.map((href) => new URL(href).pathname), `${kind}/${name}`).toContain(own);
    const response = await request.get(own);
    expect(response.status()).toBe(200);
    expect(XMLValidator.validate(await response.text())).toBe(true);
  }
});

test("/sitemap.xml lists every published article, term and listing page", async ({ request }) => {
  const doc = await fetchXml(request, "/sitemap.xml", /xml/);
  const urls: Xml[] = doc.urlset.url ?? [];
  const locs = urls.map((u) => text(u.loc).trim());
  for (const u of urls) {
    expectAbsoluteEncoded(text(u.loc).trim());
    expect(text(u.lastmod), text(u.loc)).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
  const paths = new Set(locs.map((loc) => new URL(loc).pathname));
  const published = publishedArticles();

  for (const article of published) expect(paths, article.title).toContain(`/articles/${encodeURIComponent(article.slug)}`);
  const articlePaths = [...paths].filter((p) => p.startsWith("/articles/"));
  expect(articlePaths).toHaveLength(published.length);
  for (const hidden of HIDDEN_PATHS) expect(paths).not.toContain(hidden);

  const pages = Math.ceil(published.length / 10);
  for (const listing of ["/", "/tags", "/categories", "/authors"]) expect(paths).toContain(listing);
  for (let n = 2; n <= pages; n += 1) expect(paths).toContain(`/page/${n}`);
  expect(paths).not.toContain(`/page/${pages + 1}`);

  for (const kind of ["tags", "categories", "authors"] as const) {
    const listed = new Set(
      [...paths]
        .filter((p) => p.startsWith(`/${kind}/`) && !p.includes("/page/"))
        .map((p) => termKey(decodeURIComponent(p.slice(kind.length + 2)))),
    );
    // Authors with a profile and no published article yet are left out: their page has nothing to read.
    // A category with a slug is listed at the slug.
    const expected = [...termsOf(kind).entries()].map(([key, term]) => (kind === "categories" ? termKey(termSegment(kind, term.name)) : key));
    expect([...listed].sort(), kind).toEqual(expected.sort());
  }

  // lastmod of an article is its update (else publication) instant.
  const updated = published.find((a) => a.updated);
  if (updated) {
    const entry = urls.find((u) => new URL(text(u.loc).trim()).pathname === `/articles/${encodeURIComponent(updated.slug)}`);
    expect(new Date(text(entry?.lastmod)).getTime()).toBe(instant(updated.updated ?? updated.date).getTime());
  }
});

test("/robots.txt names the sitemap", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const body = await response.text();
  const line = /^Sitemap:\s*(\S+)\s*$/im.exec(body);
  expect(line, body).not.toBeNull();
  const url = expectAbsoluteEncoded(line?.[1] ?? "");
  expect(url.pathname).toBe("/sitemap.xml");
});
