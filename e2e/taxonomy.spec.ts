// What editors set in content/: the categories' order, slugs and descriptions (categories.yml),
// tag descriptions and aliases (tags.yml), and the old addresses articles keep (redirect_from).
import { expect, test } from "@playwright/test";
import { articleByFile, listedCategories, listedTags, publishedArticles, termKey, termPagePath } from "./content";
import { main, metaTagValue } from "./helpers";

const withArticles = () =>
  listedCategories().filter((category) => publishedArticles().some((article) => article.categories.some((name) => termKey(name) === termKey(category.name))));

test("the header menu lists the categories in the order of categories.yml, each to its page", async ({ page }) => {
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "メインメニュー" });
  const expected = withArticles();
  expect(expected.length).toBeGreaterThan(2);
  const names = (await menu.getByRole("link").allTextContents()).map((text) => text.trim());
  expect(names.filter((name) => expected.some((category) => category.name === name))).toEqual(expected.map((category) => category.name));
  for (const category of expected) {
    await expect(menu.getByRole("link", { name: category.name, exact: true })).toHaveAttribute("href", termPagePath("categories", category.name));
  }
});

test("a category page shows its description, also as the meta description", async ({ page }) => {
  const described = withArticles().find((category) => category.description);
  if (!described?.description) throw new Error("the fixture categories.yml describes no category with articles");
  await page.goto(termPagePath("categories", described.name));
  await expect(main(page).getByText(described.description)).toBeVisible();
  expect(await metaTagValue(page, 'meta[name="description"]')).toBe(described.description);
});

test("a category with a slug lives at the slug's address; its name's address redirects there", async ({ page, request }) => {
  const slugged = withArticles().find((category) => category.slug);
  if (!slugged?.slug) throw new Error("the fixture categories.yml gives no category with articles a slug");
  const old = await request.get(`/categories/${encodeURIComponent(slugged.name)}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  // Next.js repeats the header on a redirect's first, on-demand render; both copies agree.
  expect(new Set(old.headers().location?.split(", "))).toEqual(new Set([`/categories/${slugged.slug}`]));
  await page.goto(`/categories/${encodeURIComponent(slugged.name)}`);
  await expect(page).toHaveURL(new RegExp(`/categories/${slugged.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(slugged.name);
  // Its feed answers at both addresses: readers may have subscribed to the old one.
  for (const segment of [slugged.slug, encodeURIComponent(slugged.name)]) expect((await request.get(`/feeds/categories/${segment}`)).status()).toBe(200);
});

test("a tag alias files its articles under the tag, whose page has the description; the alias's address redirects", async ({ page }) => {
  const tag = listedTags().find((entry) => (entry.aliases ?? []).length > 0 && entry.description);
  if (!tag?.description || !tag.aliases?.[0]) throw new Error("the fixture tags.yml has no described tag with an alias");
  const alias = tag.aliases[0];
  const filed = publishedArticles().filter((article) => article.tags.includes(tag.name));
  expect(filed.length, "articles written with the alias count too").toBeGreaterThan(1);

  await page.goto(`/tags/${encodeURIComponent(alias)}`);
  await expect(page).toHaveURL(new RegExp(`/tags/${encodeURIComponent(tag.name)}$`));
  await expect(main(page).getByText(tag.description)).toBeVisible();
  const titles = (await main(page).getByRole("article").getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.trim());
  expect(titles.sort()).toEqual(filed.map((article) => article.title).sort());
});

test.describe("old addresses (redirect_from)", () => {
  const article = articleByFile("2025-10-08-genai-startup-funding-trends.md");
  const target = `/articles/${encodeURIComponent(article.slug)}`;

  test("each old address, as the old site served it, answers 308 to the article", async ({ request }) => {
    const pretty = "/investment/2025/10/08/genai-startup-funding-trends";
    for (const old of [pretty, `${pretty}/index.html`, `/blog/${encodeURIComponent("生成AI資金調達")}.html`]) {
      const response = await request.get(old, { maxRedirects: 0 });
      expect(response.status(), old).toBe(308);
      expect(response.headers().location, old).toBe(target);
    }
    // With its trailing slash the address first loses the slash, then redirects: both permanent.
    const slashed = await request.get(`${pretty}/`, { maxRedirects: 0 });
    expect(slashed.status()).toBe(308);
    expect(slashed.headers().location).toBe(pretty);
  });

  test("a reader following an old link lands on the article", async ({ page }) => {
    await page.goto("/investment/2025/10/08/genai-startup-funding-trends/");
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  });

  test("any other path is still the site's 404 page", async ({ page }) => {
    for (const unknown of ["/investment/2025/10/08/no-such-post/", "/blog/unknown.html", "/2025/10/08"]) {
      const response = await page.goto(unknown);
      expect(response?.status(), unknown).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
  });
});
