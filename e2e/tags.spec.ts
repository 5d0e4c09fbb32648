// Tag and category pages: the indexes, every way a reader can spell a term, pagination.
import { expect, test, type Page } from "@playwright/test";
import { articleCards, cardTitles, escapeRegExp, main, tagIndexLink, termLinkCount } from "./helpers";
import { CONTENT } from "./fixtures/cases";

const TAGS = ["C#", "AI/ML", "Web3.0", "machine learning", "最新ニュース"] as const;

/** Raw spellings a browser can put in the address bar (C# cannot: # starts a fragment). */
const RAW_TAG_URLS: Record<string, string> = {
  "Web3.0": "/tags/Web3.0",
  "machine learning": "/tags/machine learning",
  最新ニュース: "/tags/最新ニュース",
  "AI/ML": "/tags/AI/ML",
};

async function expectTagPage(page: Page, tag: string): Promise<string[]> {
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tag);
  const titles = await cardTitles(page);
  expect(titles.length, `articles listed for ${tag}`).toBeGreaterThan(0);
  // Every listed article carries the tag.
  for (const card of await articleCards(page).all()) {
    await expect(card.getByRole("list", { name: "タグ", exact: true }).getByRole("link", { name: `#${tag}`, exact: true })).toBeVisible();
  }
  return titles;
}

test.describe("indexes", () => {
  test("/tags lists tags with their article counts", async ({ page }) => {
    const response = await page.goto("/tags");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("タグ一覧");
    const links = main(page).getByRole("link");
    expect(await links.count()).toBeGreaterThan(5);
    for (const tag of TAGS) {
      const link = tagIndexLink(page, tag);
      await expect(link, `#${tag} on /tags`).toBeVisible();
      expect(await termLinkCount(link)).toBeGreaterThan(0);
    }
    // Most used first.
    const counts: number[] = [];
    for (const link of await links.all()) counts.push(await termLinkCount(link));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  test("/categories lists categories with their article counts", async ({ page }) => {
    const response = await page.goto("/categories");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("カテゴリー一覧");
    const links = main(page).getByRole("link");
    expect(await links.count()).toBeGreaterThan(1);
    const invest = main(page).getByRole("link", { name: /^投資分析\s*\d+\s*件$/ });
    await expect(invest).toBeVisible();
    expect(await termLinkCount(invest)).toBeGreaterThan(0);
  });
});

test.describe("tag pages", () => {
  for (const tag of TAGS) {
    test(`#${tag}: link from /tags, encoded URL${RAW_TAG_URLS[tag] ? " and raw URL" : ""}`, async ({ page, request }) => {
      await page.goto("/tags");
      const link = tagIndexLink(page, tag);
      const count = await termLinkCount(link);
      await link.click();
      await expect(page).not.toHaveURL(/\/tags$/);
      const viaLink = await expectTagPage(page, tag);
      expect((await request.get(page.url())).status()).toBe(200);
      // The count on /tags is the number of articles the tag page lists.
      if (count <= 10) expect(viaLink.length).toBe(count);

      const encoded = await page.goto(`/tags/${encodeURIComponent(tag)}`);
      expect(encoded?.status()).toBe(200);
      expect(await expectTagPage(page, tag)).toEqual(viaLink);

      const raw = RAW_TAG_URLS[tag];
      if (raw) {
        const response = await page.goto(raw);
        expect(response?.status(), `raw ${raw}`).toBe(200);
        expect(await expectTagPage(page, tag)).toEqual(viaLink);
      }
    });
  }

  test("/tags/ai and /tags/ＡＩ lead to the AI tag page, which lists the article tagged \"ai\"", async ({ page, request }) => {
    for (const spelling of ["ai", "ＡＩ"]) {
      const redirect = await request.get(`/tags/${encodeURIComponent(spelling)}`, { maxRedirects: 0 });
      expect([301, 308], `/tags/${spelling} redirects`).toContain(redirect.status());

      const response = await page.goto(`/tags/${spelling}`);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveURL(/\/tags\/AI$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("#AI");
      await expect(main(page).getByRole("link", { name: CONTENT.lowercaseAiArticle, exact: true })).toBeVisible();
    }
  });

  test("/tags/AI/page/1 and /page/1 lead to the listing's own address", async ({ page }) => {
    await page.goto("/tags/AI/page/1");
    await expect(page).toHaveURL(/\/tags\/AI$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("#AI");
    await page.goto("/page/1");
    await expect(page).toHaveURL(/\/$/);
  });

  test("the article tagged \"ai\" links to #AI", async ({ page }) => {
    await page.goto(CONTENT.lowercaseAiPath);
    const tagLink = main(page).locator("article > header").getByRole("link", { name: "#AI", exact: true });
    await tagLink.click();
    await expect(page).toHaveURL(/\/tags\/AI$/);
    await expect(main(page).getByRole("link", { name: CONTENT.lowercaseAiArticle, exact: true })).toBeVisible();
  });

  test("tag pages with more than 10 articles paginate", async ({ page }) => {
    await page.goto("/tags");
    let bigTag: { name: string; count: number } | null = null;
    for (const link of await main(page).getByRole("link").all()) {
      const count = await termLinkCount(link);
      if (count > 10) {
        const name = (await link.locator("span").first().innerText()).trim().replace(/^#/, "");
        bigTag = { name, count };
        break;
      }
    }
    test.skip(bigTag === null, "no tag has more than 10 articles");
    if (!bigTag) return;
    await page.goto(`/tags/${encodeURIComponent(bigTag.name)}`);
    const firstPage = await cardTitles(page);
    expect(firstPage).toHaveLength(10);
    await page.getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "次へ" }).click();
    await expect(page).toHaveURL(new RegExp(`/page/2$`));
    const secondPage = await cardTitles(page);
    expect(secondPage.length).toBe(Math.min(10, bigTag.count - 10));
    for (const title of secondPage) expect(firstPage).not.toContain(title);
  });
});

test.describe("category pages", () => {
  for (const [label, path] of [
    ["raw", "/categories/投資分析"],
    ["percent-encoded", `/categories/${encodeURIComponent("投資分析")}`],
  ] as const) {
    test(`/categories/投資分析 (${label})`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("投資分析");
      const titles = await cardTitles(page);
      expect(titles.length).toBeGreaterThan(0);
      // The Jekyll post spells its category in a `categories:` list.
      expect(titles).toContain(CONTENT.jekyllPost.title);
      for (const card of await articleCards(page).all()) {
        await expect(card.getByRole("link", { name: "投資分析", exact: true })).toBeVisible();
      }
    });
  }

  test("every category on /categories opens with as many articles as its count", async ({ page }) => {
    await page.goto("/categories");
    const entries: { name: string; count: number; href: string }[] = [];
    for (const link of await main(page).getByRole("link").all()) {
      entries.push({
        name: (await link.locator("span").first().innerText()).trim(),
        count: await termLinkCount(link),
        href: (await link.getAttribute("href")) ?? "",
      });
    }
    for (const entry of entries) {
      const response = await page.goto(entry.href);
      expect(response?.status(), entry.href).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(new RegExp(escapeRegExp(entry.name)));
      if (entry.count <= 10) expect(await cardTitles(page), entry.name).toHaveLength(entry.count);
    }
  });
});
