// Author profiles: the box that ends an article, the author's page, the address by name that leads
// there, and the Person search engines read. Expectations come from the fixture profiles
// (e2e/fixtures/content/authors) through e2e/content.ts.
import { expect, test, type Page } from "@playwright/test";
import { articleBody, cardTitles, escapeRegExp, jsonLdScriptTexts, main, metaTagValue, metaValue, onceOnly } from "./helpers";
import { articleByFile, authorKey, authorPath, publishedArticles, type ContentProfile } from "./content";
import { AUTHORS } from "./fixtures/cases";

const { full, plain, newcomer } = AUTHORS;

function authorBox(page: Page) {
  return main(page).getByRole("region", { name: "この記事を書いた人" });
}

function profileSection(page: Page) {
  return main(page).getByRole("region", { name: "プロフィール" });
}

/** Titles of the published articles whose author names this profile (by its name, an alias or its id). */
function titlesBy(profile: ContentProfile): string[] {
  return publishedArticles()
    .filter((article) => article.author !== null && authorKey(article.author) === authorKey(profile.id))
    .map((article) => article.title)
    .sort();
}

interface JsonLdThing {
  "@type"?: string;
  [key: string]: unknown;
}

async function jsonLdBlocks(page: Page, path: string): Promise<JsonLdThing[]> {
  const html = await (await page.request.get(path)).text();
  return jsonLdScriptTexts(html).map((text) => JSON.parse(text) as JsonLdThing);
}

test("an article by an author with a profile ends its body with who wrote it: portrait, name, role, bio and links", async ({ page }) => {
  await page.goto(AUTHORS.fullArticle.path);
  const box = authorBox(page);
  await expect(box).toBeVisible();

  // After the body, before the career block (PR) that follows it.
  const body = (await articleBody(page).boundingBox())!;
  const boxArea = (await box.boundingBox())!;
  expect(boxArea.y).toBeGreaterThan(body.y + body.height);
  const career = (await main(page).getByRole("region", { name: /転職を考えているあなたへ/ }).boundingBox())!;
  expect(career.y).toBeGreaterThan(boxArea.y + boxArea.height);

  await expect(box.getByRole("link", { name: full.name, exact: true })).toHaveAttribute("href", `/authors/${full.id}`);
  await expect(box.getByText(full.role ?? "", { exact: true })).toBeVisible();
  // The bio is text as written: & and <…> are shown, not read as markup.
  for (const paragraph of full.bio) await expect(box.getByText(paragraph, { exact: true })).toBeVisible();

  // The portrait stands beside the name, so it says nothing of its own to a screen reader.
  const portrait = box.locator("img");
  await expect(portrait).toHaveCount(1);
  await expect(portrait).toHaveAttribute("alt", "");
  // Below the fold it loads lazily: brought into view first.
  await portrait.scrollIntoViewIfNeeded();
  await expect.poll(() => portrait.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  // Named for whose account it is, so it is not taken for the site's own X.
  const x = box.getByRole("link", { name: new RegExp(`^${escapeRegExp(full.name)}\\s*の\\s*X`) });
  await expect(x).toHaveAttribute("href", full.x ?? "");
  await expect(x).toHaveAttribute("target", "_blank");
  await expect(box.getByRole("link", { name: new RegExp(`^${escapeRegExp(full.name)}\\s*の\\s*Webサイト`) })).toHaveAttribute("href", full.site ?? "");

  // The byline under the title leads to the same page.
  await expect(metaValue(page, "著者").getByRole("link", { name: full.name, exact: true })).toHaveAttribute("href", `/authors/${full.id}`);
});

test("a profile without portrait or site shows what it has", async ({ page }) => {
  await page.goto(AUTHORS.plainArticle.path);
  const box = authorBox(page);
  await expect(box.getByRole("link", { name: plain.name, exact: true })).toHaveAttribute("href", `/authors/${plain.id}`);
  await expect(box.getByText(plain.role ?? "", { exact: true })).toBeVisible();
  await expect(box.locator("img")).toHaveCount(0);
  // Written as a twitter.com address, linked as x.com.
  await expect(box.getByRole("link", { name: /X/ })).toHaveAttribute("href", plain.x ?? "");
  await expect(box.getByRole("link", { name: /Webサイト/ })).toHaveCount(0);
});

test("the author page shows the profile above their articles, with the bio as its description", async ({ page }) => {
  const response = await page.goto(`/authors/${full.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(full.name);
  const profile = profileSection(page);
  await expect(profile.getByText(full.name, { exact: true })).toBeVisible();
  await expect(profile.getByText(full.role ?? "", { exact: true })).toBeVisible();
  for (const paragraph of full.bio) await expect(profile.getByText(paragraph, { exact: true })).toBeVisible();
  await expect(profile.locator("img")).toHaveAttribute("alt", "");
  await expect(profile.getByRole("link", { name: /X/ })).toHaveAttribute("href", full.x ?? "");
  await expect(profile.getByRole("link", { name: /Webサイト/ })).toHaveAttribute("href", full.site ?? "");

  // Above the list, which holds every article by any spelling of the author.
  const firstCard = (await main(page).getByRole("article").first().boundingBox())!;
  const profileArea = (await profile.boundingBox())!;
  expect(firstCard.y).toBeGreaterThan(profileArea.y + profileArea.height);
  expect((await cardTitles(page)).sort()).toEqual(titlesBy(full));

  expect(await metaTagValue(page, 'meta[name="description"]')).toBe(full.bio[0]);
  expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href")) ?? "").pathname).toBe(`/authors/${full.id}`);
});

test("the author's name, an alias or another case of the id lead permanently to the id's address", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  for (const spelling of [full.name, ...full.aliases, full.id.toUpperCase()]) {
    const address = `/authors/${encodeURIComponent(spelling)}`;
    const redirect = await page.request.get(address, { maxRedirects: 0 });
    expect([301, 308], `${address} redirects`).toContain(redirect.status());
    expect(new URL(redirect.headers()["location"] ?? "", "http://localhost").pathname, address).toBe(`/authors/${full.id}`);

    await page.goto(address);
    await expect(page).toHaveURL(new RegExp(`/authors/${full.id}$`));
    await expect(profileSection(page)).toBeVisible();
  }
});

test("JSON-LD names the author as a Person with their page and the links that say who they are", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  const news = (await jsonLdBlocks(page, AUTHORS.fullArticle.path)).find((block) => block["@type"] === "NewsArticle");
  const author = news?.author as Record<string, unknown> | undefined;
  expect(author?.["@type"]).toBe("Person");
  expect(author?.name).toBe(full.name);
  expect(new URL(String(author?.url)).pathname).toBe(`/authors/${full.id}`);
  expect(author?.sameAs).toEqual([full.x, full.site]);
  expect(author?.jobTitle).toBe(full.role);
  expect(new URL(String(author?.image)).pathname).toBe(full.portrait);

  // Only the links a profile has; no image without a portrait.
  const plainNews = (await jsonLdBlocks(page, AUTHORS.plainArticle.path)).find((block) => block["@type"] === "NewsArticle");
  const plainAuthor = plainNews?.author as Record<string, unknown> | undefined;
  expect(plainAuthor?.sameAs).toEqual([plain.x]);
  expect(plainAuthor && "image" in plainAuthor).toBe(false);

  // The author page is a ProfilePage about the same Person.
  const profilePage = (await jsonLdBlocks(page, `/authors/${full.id}`)).find((block) => block["@type"] === "ProfilePage");
  const person = profilePage?.mainEntity as Record<string, unknown> | undefined;
  expect(person?.["@type"]).toBe("Person");
  expect(new URL(String(person?.url)).pathname).toBe(`/authors/${full.id}`);
  expect(person?.sameAs).toEqual([full.x, full.site]);
});

test("an author page announces its feed at the id's address; the feed under the name keeps answering", async ({ page }, testInfo) => {
  onceOnly(testInfo.project.name);
  await page.goto(`/authors/${full.id}`);
  const feeds = await page
    .locator('head link[rel="alternate"][type="application/rss+xml"]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
  expect(feeds).toContain(`/feeds/authors/${full.id}`);
  const byId = await page.request.get(`/feeds/authors/${full.id}`);
  const byName = await page.request.get(`/feeds/authors/${encodeURIComponent(full.name)}`);
  expect(byId.status()).toBe(200);
  expect(byName.status()).toBe(200);
  const itemTitles = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<title>([\s\S]*?)<\/title>/g)].map((m) => m[1]);
  const titles = itemTitles(await byId.text());
  expect(titles).toHaveLength(titlesBy(full).length);
  expect(itemTitles(await byName.text())).toEqual(titles);
});

test("a free-text author keeps the byline and the page by name, without an author box", async ({ page }) => {
  const article = articleByFile(AUTHORS.freeTextArticle.file);
  const author = article.author ?? "";
  await page.goto(AUTHORS.freeTextArticle.path);
  await expect(metaValue(page, "著者")).toHaveText(author);
  await expect(authorBox(page)).toHaveCount(0);

  const link = metaValue(page, "著者").getByRole("link", { name: author, exact: true });
  await expect(link).toHaveAttribute("href", `/authors/${encodeURIComponent(author)}`);
  expect(authorPath(author)).toBe(`/authors/${encodeURIComponent(author)}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/authors/${encodeURIComponent(author)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(author);
  await expect(profileSection(page)).toHaveCount(0);
  await expect(main(page).getByRole("article").first()).toBeVisible();

  const news = (await jsonLdBlocks(page, AUTHORS.freeTextArticle.path)).find((block) => block["@type"] === "NewsArticle");
  const person = news?.author as Record<string, unknown> | undefined;
  expect(person?.["@type"]).toBe("Person");
  expect(person?.name).toBe(author);
  expect(new URL(String(person?.url)).pathname).toBe(`/authors/${encodeURIComponent(author)}`);
  expect(person && "sameAs" in person).toBe(false);
});

test("a profile with no published article yet has its page: the profile, and no articles", async ({ page }) => {
  expect(titlesBy(newcomer), "fixture: no published article by the newcomer").toEqual([]);
  const response = await page.goto(`/authors/${newcomer.id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(newcomer.name);
  await expect(profileSection(page).getByText(newcomer.bio[0] ?? "", { exact: true })).toBeVisible();
  await expect(main(page).getByText("まだ記事がありません。")).toBeVisible();
  await expect(main(page).getByRole("article")).toHaveCount(0);

  // Nothing to read yet: left out of the sitemap, which lists the authors with articles.
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).not.toContain(`/authors/${newcomer.id}<`);
  expect(sitemap).toContain(`/authors/${full.id}<`);
});
